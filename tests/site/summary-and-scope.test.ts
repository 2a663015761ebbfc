import { describe, expect, it } from 'vitest';
import { LISTING_FAMILIES, listingKeys, pagesRendered } from '../../src/site/listing-scope.ts';
import { collectPeople } from '../../src/site/people.ts';
import { archiveSummarySchema, summarise } from '../../src/site/summary.ts';
import { collectTerms } from '../../src/site/terms.ts';
import { collectUnits } from '../../src/site/units.ts';
import { UNKNOWN_KEY } from '../../src/site/urls.ts';
import { collectYears } from '../../src/site/years.ts';
import { archive } from './fixtures.ts';

describe('the archive summary', () => {
  it('counts what the index pages show, and keeps the newest reports', () => {
    const summary = summarise(archive);
    expect(archiveSummarySchema.parse(summary)).toEqual(summary);
    expect(summary.reports).toBe(4);
    expect([summary.first, summary.last]).toEqual(['2020-08-01', '2021-01-08']);
    expect(summary.months).toEqual({ '2020-08': 2, '2021-01': 1 });
    expect(summary.latest.map((e) => e.id)).toEqual(['quan-4-2021', 'quan-9', 'quan-4-2020', 'thanh-uy-undated']);
    // Only the fields a list shows: not the decisions or the raw file.
    expect(Object.keys(summary.latest[0]!.data)).not.toContain('decisions');
    expect(summary.units.map((u) => [u.unit.slug, u.count])).toEqual([
      ['quan-uy-quan-4', 2],
      ['quan-uy-quan-9', 1],
      ['thanh-uy', 1],
    ]);
    expect(summary.people.map((p) => [p.name, p.role, p.count])).toEqual([
      ['Lâm Đình Thắng', 'Bí thư Quận ủy', 1],
      ['Lê Văn Minh', 'Phó Bí thư Quận ủy', 1],
      ['Thái Thị Bích Liên', 'Bí thư Quận ủy Quận 4', 3],
      ['Trần Văn Bảy', null, 1],
    ]);
    expect(summary.years).toEqual([
      { year: '2021', count: 1 },
      { year: '2020', count: 2 },
    ]);
    expect(summary.undated).toBe(1);
    expect(summary.terms.map((t) => [t.term.start, t.count])).toEqual([
      [2020, 2],
      [2015, 1],
    ]);
    expect(summary.termless).toBe(1);
  });

  it('of an empty archive is empty', () => {
    expect(summarise([])).toMatchObject({ reports: 0, first: null, last: null, latest: [], units: [], people: [] });
  });
});

describe('listing keys', () => {
  it('name the very pages the grouping helpers make, each report on its own pages', () => {
    const pagesOf = {
      units: collectUnits(archive).map((u) => [u.unit.slug, u.entries]),
      people: collectPeople(archive).map((p) => [p.slug, p.appearances.map((a) => a.entry)]),
      years: [
        ...collectYears(archive).years.map((y) => [y.year, y.months.flatMap((m) => m.entries)]),
        [UNKNOWN_KEY, collectYears(archive).undated],
      ],
      terms: [
        ...collectTerms(archive).terms.map((t) => [t.key, t.entries]),
        [UNKNOWN_KEY, collectTerms(archive).unknown],
      ],
    } as const;
    for (const family of LISTING_FAMILIES) {
      const fromKeys = new Map<string, string[]>();
      for (const report of archive) {
        for (const key of listingKeys(family, report)) fromKeys.set(key, [...(fromKeys.get(key) ?? []), report.id]);
      }
      const fromPages = new Map(
        (pagesOf[family] as readonly (readonly [string, readonly { id: string }[]])[]).map(([key, entries]) => [
          key,
          entries.map((e) => e.id).sort(),
        ]),
      );
      expect(new Map([...fromKeys].map(([key, ids]) => [key, ids.sort()]))).toEqual(fromPages);
    }
  });

  it('a scope renders only its own pages of a family; no scope renders all', () => {
    const scope = { pages: { units: ['thanh-uy'] }, years: [] };
    expect(pagesRendered(scope, 'units')('thanh-uy')).toBe(true);
    expect(pagesRendered(scope, 'units')('quan-uy-quan-4')).toBe(false);
    expect(pagesRendered(scope, 'people')('thanh-uy')).toBe(false);
    expect(pagesRendered(null, 'people')('anyone')).toBe(true);
  });
});
