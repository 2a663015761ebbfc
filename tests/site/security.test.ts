import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile } from '../../src/site/security.ts';

describe('the Content-Security-Policy', () => {
  it('allows no inline script or style, and lets Pagefind compile WebAssembly', () => {
    expect(contentSecurityPolicy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(contentSecurityPolicy).toContain("style-src 'self'");
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy).toContain("object-src 'none'");
  });

  it('is the same in public/_headers as in the pages (regenerate the file with headersFile() when it changes)', () => {
    const file = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
    expect(file).toBe(headersFile());
    expect(file).toContain(`Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`);
  });
});
