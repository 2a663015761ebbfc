import { describe, expect, it } from 'vitest';
import { heapLimitMb } from '../../src/build/site-build.ts';

const pagesOf = (count: number) => ({
  from: 'reports',
  ids: Array.from({ length: count }, (_, index) => `r${index}`),
  folder: 'pages',
  keys: {},
});

describe('the heap an Astro build is given', () => {
  it('grows with the pages and records the build holds', () => {
    const part = heapLimitMb({ kind: 'pages', records: 0, pages: pagesOf(2_500) });
    const largerPart = heapLimitMb({ kind: 'pages', records: 0, pages: pagesOf(10_000) });
    expect(part).toBeGreaterThanOrEqual(512);
    expect(largerPart).toBeGreaterThan(part);
    expect(heapLimitMb({ kind: 'listings', records: 35_000 })).toBeGreaterThan(
      heapLimitMb({ kind: 'listings', records: 10_000 }),
    );
  });

  it('gives a build of the whole site room for its report pages and its listings', () => {
    expect(heapLimitMb({ kind: 'whole', records: 2_000 })).toBe(heapLimitMb({ kind: 'listings', records: 4_000 }));
  });

  it('is a whole number of megabytes, as Node takes it', () => {
    expect(Number.isInteger(heapLimitMb({ kind: 'listings', records: 12_345 }))).toBe(true);
  });
});
