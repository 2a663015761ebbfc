/**
 * The five real sample reports (content/raw) against their hand-read
 * answer key (a copy of shared/seeds/expected.json), field by field.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';
import { blocksToMarkdown } from '../../src/report/markdown.ts';
import { normalizeLabel } from '../../src/vietnamese/normalize.ts';

interface SeedAnswer {
  title: string;
  published: string | null;
  publishedTime?: string;
  meetingDate: string | null;
  unit: string;
  chair: { name: string; role: string } | null;
  term: { start: number; end: number } | null;
  author: string | null;
  decisionsMin?: number;
  decisionsExact?: number;
  boilerplate?: string[];
  captions?: string[];
}

const key = JSON.parse(readFileSync(new URL('../fixtures/seeds-expected.json', import.meta.url), 'utf8')) as {
  reports: Record<string, SeedAnswer>;
};

describe.each(Object.entries(key.reports))('sample %s', (file, answer) => {
  const bytes = readFileSync(new URL(`../../content/raw/${file}`, import.meta.url));
  const result = extractReport(bytes.toString('utf8'), {
    file,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  });
  if (!result.ok) throw new Error(`${file} was rejected: ${result.reason}`);
  const { record, blocks } = result.report;
  const body = blocksToMarkdown(blocks);

  it('has the title, dates, unit, chair, term and author of the key', () => {
    // The key keeps the source's spelling ("Quận uỷ"); records are normalised at the edge.
    expect(record.title).toBe(normalizeLabel(answer.title));
    expect(record.published).toBe(answer.published);
    expect(record.publishedTime).toBe(answer.publishedTime ?? null);
    expect(record.meetingDate).toBe(answer.meetingDate);
    expect(record.unit.name).toBe(answer.unit);
    expect(record.chair).toEqual(answer.chair);
    expect(record.term).toEqual(answer.term);
    expect(record.author).toBe(answer.author);
  });

  it('finds the decisions', () => {
    if (answer.decisionsExact !== undefined) expect(record.decisions).toHaveLength(answer.decisionsExact);
    if (answer.decisionsMin !== undefined) expect(record.decisions.length).toBeGreaterThanOrEqual(answer.decisionsMin);
  });

  it('keeps the captions as captions and drops the site chrome', () => {
    for (const caption of answer.captions ?? []) expect(record.captions).toContain(caption);
    for (const chrome of answer.boilerplate ?? []) {
      const standalone = new RegExp(`^${chrome.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm');
      expect(body).not.toMatch(standalone);
      expect(body).not.toContain(chrome === 'Lượt xem: 545' ? chrome : `\n${chrome}\n`);
    }
  });

  it('uses one spelling of "ủy" everywhere', () => {
    expect(JSON.stringify(record)).not.toMatch(/uỷ/i);
    expect(body).not.toMatch(/uỷ/i);
  });
});
