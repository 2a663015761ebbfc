/**
 * The links index (src/site/neighbours.ts) against a plain reading of its
 * rules, on random small archives. The index only looks at the 40 reports
 * nearest in time for each person and the 20 newest for each trait; in an
 * archive of at most 20 reports those are all of them, so there it must
 * give exactly what scoring every other report gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNewestFirst, type ArchiveEntry } from '../../src/site/archive-entry.ts';
import { reportLinks } from '../../src/site/neighbours.ts';
import { personSlug } from '../../src/site/urls.ts';
import { entry, quan9, thanhUy } from './fixtures.ts';

const quan4 = { name: 'Quận ủy Quận 4', level: 'district', slug: 'quan-uy-quan-4' } as const;
const names = ['Thái Thị Bích Liên', 'Lê Văn Minh', 'Lâm Đình Thắng', 'Trần Văn Bảy', 'Nguyễn Thị Hoà'];

const archives = fc
  .array(
    fc.record({
      unit: fc.constantFrom(quan4, quan9, thanhUy),
      meetingDate: fc.option(fc.constantFrom('2019-05-02', '2020-08-01', '2020-08-21', '2021-01-08'), {
        nil: null,
      }),
      published: fc.option(fc.constantFrom('2020-08-02', '2021-03-05'), { nil: null }),
      term: fc.option(fc.constantFrom({ start: 2015, end: 2020 }, { start: 2020, end: 2025 }), { nil: null }),
      meetingType: fc.option(fc.constantFrom('Hội nghị chuyên đề', 'Hội nghị tổng kết'), { nil: null }),
      chair: fc.option(fc.record({ name: fc.constantFrom(...names), role: fc.constant('Bí thư') }), { nil: null }),
      participants: fc.array(fc.record({ name: fc.constantFrom(...names), role: fc.constant('') }), {
        maxLength: 3,
      }),
    }),
    { maxLength: 20 },
  )
  .map((records) => records.map((record, index) => entry(`bao-cao-${String(index).padStart(2, '0')}`, record)));

function peopleOf(report: ArchiveEntry): Set<string> {
  const all = [...report.data.participants.map((p) => p.name), ...(report.data.chair ? [report.data.chair.name] : [])];
  return new Set(all.map(personSlug));
}

/** The rules as the page states them: shared people 3 each, the term, the kind of meeting and the level 1 each, the same unit -1. */
function score(a: ArchiveEntry, b: ArchiveEntry): number {
  const people = peopleOf(a);
  let total = 0;
  for (const slug of peopleOf(b)) if (people.has(slug)) total += 3;
  const { term, meetingType, unit } = a.data;
  if (term && b.data.term?.start === term.start && b.data.term.end === term.end) total += 1;
  if (meetingType && b.data.meetingType === meetingType) total += 1;
  if (b.data.unit.level === unit.level) total += 1;
  if (b.data.unit.slug === unit.slug) total -= 1;
  return total;
}

describe('the links index', () => {
  it('gives every report the same neighbours and related reports as scoring every other report', () => {
    fc.assert(
      fc.property(archives, (archive) => {
        const links = reportLinks(archive);
        const byTime = [...archive].sort(compareNewestFirst);
        for (const report of archive) {
          const sameUnit = byTime.filter((other) => other.data.unit.slug === report.data.unit.slug);
          const at = sameUnit.indexOf(report);
          const related = archive
            .filter((other) => other !== report)
            .map((other) => ({ other, score: score(report, other) }))
            .filter(({ score }) => score > 0)
            .sort((a, b) => b.score - a.score || compareNewestFirst(a.other, b.other))
            .slice(0, 3)
            .map(({ other }) => other.id);
          const found = links.get(report.id)!;
          expect(found.previous?.id ?? null).toBe(sameUnit[at + 1]?.id ?? null);
          expect(found.next?.id ?? null).toBe(sameUnit[at - 1]?.id ?? null);
          expect(found.related.map((other) => other.id)).toEqual(related);
        }
      }),
      { numRuns: 300 },
    );
  });
});
