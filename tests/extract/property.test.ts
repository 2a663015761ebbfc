/**
 * The extractor must never throw, whatever text it is given: every input
 * ends as a record or a typed rejection, in bounded time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_PIECES } from '../../src/corpus/adversarial.ts';
import { extractReport } from '../../src/extract/index.ts';
import { reportSchema } from '../../src/report/schema.ts';

const VIETNAMESE_PIECES = ADVERSARIAL_PIECES;

const vietnameseText = fc
  .array(fc.oneof(fc.constantFrom(...VIETNAMESE_PIECES), fc.string({ maxLength: 12 })), { maxLength: 300 })
  .map((pieces) => pieces.join(' '));

const source = { file: 'fuzz.txt', sha256: '0'.repeat(64) };

describe('extractReport on arbitrary text', () => {
  it('never throws and returns a valid record or a reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 500 }), vietnameseText),
        (text) => {
          const result = extractReport(text, source);
          if (result.ok) expect(reportSchema.safeParse(result.report.record).success).toBe(true);
          else expect(result.reason.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('stays fast on deeply repeated patterns', () => {
    const nasty = [
      'Bí thư '.repeat(5000),
      'Quận ủy Quận '.repeat(5000),
      `${'1/'.repeat(20000)}2021`,
      `Sáng ${'ngày '.repeat(10000)}8/1`,
      `đồng chí ${'Nguyễn '.repeat(10000)}`,
      `Hội nghị\n${'a'.repeat(200_000)}`,
      `Hội nghị Quận ủy\n\n${'đề nghị; '.repeat(20000)}`,
    ];
    for (const text of nasty) {
      const started = performance.now();
      extractReport(text, source);
      // A bound against runaway backtracking, not a benchmark: ~100x the normal time.
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });
});
