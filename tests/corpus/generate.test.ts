import { describe, expect, it } from 'vitest';
import { generateReport } from '../../src/corpus/generate.ts';
import { extractReport } from '../../src/extract/index.ts';

describe('the synthetic corpus', () => {
  it('is deterministic', () => {
    expect(generateReport(5, 17, 1000)).toEqual(generateReport(5, 17, 1000));
    expect(generateReport(5, 17, 1000).text).not.toBe(generateReport(5, 18, 1000).text);
    expect(generateReport(6, 17, 1000).text).not.toBe(generateReport(5, 17, 1000).text);
  });

  it('writes reports the extractor reads: a unit, a chair, a term or a year', () => {
    const records = Array.from({ length: 60 }, (_, index) =>
      extractReport(generateReport(2, index, 600).text, { file: `${index}.txt`, sha256: '0'.repeat(64) }),
    );
    for (const result of records) {
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.report.record.unit.name).not.toBe('Chưa xác định đơn vị');
      expect(result.report.record.chair).not.toBeNull();
      expect(result.report.record.meetingDate).not.toBeNull();
    }
  });

  it('repeats officials across a unit’s reports, as real archives do', () => {
    const chairs = new Set(
      Array.from({ length: 300 }, (_, index) => {
        const result = extractReport(generateReport(2, index, 3000).text, { file: 'x.txt', sha256: '0'.repeat(64) });
        return result.ok ? result.report.record.chair?.name : undefined;
      }),
    );
    expect(chairs.size).toBeLessThan(300);
  });
});
