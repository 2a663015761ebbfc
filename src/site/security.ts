/**
 * The Content-Security-Policy, one definition for both places it is sent:
 * public/_headers (Netlify, Cloudflare Pages; a test keeps that file equal
 * to headersFile()) and a <meta> tag in every page for hosts that cannot
 * set headers.
 * No inline script or style is allowed anywhere; Pagefind needs
 * 'wasm-unsafe-eval' to compile its WebAssembly and a worker of its own.
 */
const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['font-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

/** For the <meta http-equiv> tag (frame-ancestors is ignored there). */
export const contentSecurityPolicy = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** For an HTTP header, where frame-ancestors does apply. */
export const contentSecurityPolicyHeader = `${contentSecurityPolicy}; frame-ancestors 'none'`;

/** The _headers file of Netlify and Cloudflare Pages, written into the built site. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicyHeader}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Frame-Options: DENY',
    '',
  ].join('\n');
}
