import { describe, expect, it } from 'vitest';
import { relatedReports, unitNeighbours } from '../../src/site/neighbours.ts';
import { collectPeople } from '../../src/site/people.ts';
import { collectTerms } from '../../src/site/terms.ts';
import { collectUnits, groupUnitsByLevel } from '../../src/site/units.ts';
import { collectYears } from '../../src/site/years.ts';
import { archive, entry } from './fixtures.ts';

describe('units', () => {
  it('gathers each unit with its reports, chairs, terms and organs', () => {
    const units = collectUnits(archive);
    expect(units.map((u) => u.unit.slug)).toEqual(['quan-uy-quan-4', 'quan-uy-quan-9', 'thanh-uy']);
    const quan4 = units[0]!;
    expect(quan4.entries.map((e) => e.id)).toEqual(['quan-4-2021', 'quan-4-2020']);
    expect(quan4.chairs.map((c) => [c.name, c.count])).toEqual([
      ['Lê Văn Minh', 1],
      ['Thái Thị Bích Liên', 1],
    ]);
    expect(quan4.terms).toEqual([
      { start: 2020, end: 2025 },
      { start: 2015, end: 2020 },
    ]);
    expect(quan4.organs).toEqual(['Ban Chấp hành', 'Ban Thường vụ']);
  });

  it('groups units by level in the schema order and drops empty levels', () => {
    const groups = groupUnitsByLevel(collectUnits(archive));
    expect(groups.map((g) => [g.level, g.units.length])).toEqual([
      ['city', 1],
      ['district', 2],
    ]);
  });
});

describe('people', () => {
  const people = collectPeople(archive);
  const lien = people.find((p) => p.slug === 'thai-thi-bich-lien')!;

  it('merges spellings of one name and counts a chair who also attends once', () => {
    expect(people.map((p) => p.slug)).toEqual(['lam-dinh-thang', 'le-van-minh', 'thai-thi-bich-lien', 'tran-van-bay']);
    expect(lien.appearances.map((a) => [a.entry.id, a.asChair])).toEqual([
      ['quan-4-2020', false],
      ['quan-4-2021', true],
      ['thanh-uy-undated', false],
    ]);
    expect(people.find((p) => p.slug === 'lam-dinh-thang')!.appearances).toHaveLength(1);
  });

  it('lists the roles held, in the order first held, with their dates', () => {
    expect(lien.roles).toEqual([
      { role: 'Phó Bí thư thường trực', first: '2020-08-01', last: '2020-08-01', count: 1 },
      { role: 'Bí thư Quận ủy Quận 4', first: '2021-01-08', last: '2021-01-08', count: 2 },
    ]);
    expect(people.find((p) => p.slug === 'tran-van-bay')!.roles).toEqual([]);
  });
});

describe('terms', () => {
  it('groups by term, newest first, and keeps reports with no term', () => {
    const { terms, unknown } = collectTerms(archive);
    expect(terms.map((t) => [t.key, t.entries.length])).toEqual([
      ['2020-2025', 2],
      ['2015-2020', 1],
    ]);
    expect(unknown.map((e) => e.id)).toEqual(['thanh-uy-undated']);
  });
});

describe('years', () => {
  it('files reports by meeting year and month, and keeps the undated', () => {
    const { years, undated } = collectYears([
      ...archive,
      entry('published-only', { meetingDate: null, published: '2019-11-30' }),
    ]);
    expect(years.map((y) => [y.year, y.count])).toEqual([
      ['2021', 1],
      ['2020', 2],
      ['2019', 1],
    ]);
    expect(years[1]!.months.map((m) => [m.month, m.entries.map((e) => e.id)])).toEqual([
      [8, ['quan-9', 'quan-4-2020']],
    ]);
    expect(undated.map((e) => e.id)).toEqual(['thanh-uy-undated']);
  });
});

describe('neighbours', () => {
  it('links the previous and next report of the same unit', () => {
    expect(unitNeighbours(archive, archive[0]!)).toEqual({ previous: archive[1], next: null });
    expect(unitNeighbours(archive, archive[1]!)).toEqual({ previous: null, next: archive[0] });
    expect(unitNeighbours(archive, archive[2]!)).toEqual({ previous: null, next: null });
  });

  it('finds related reports by shared people first, ties newest first', () => {
    // Both share Thái Thị Bích Liên and the meeting type; the dated one wins the tie.
    expect(relatedReports(archive, archive[0]!).map((e) => e.id)).toEqual([
      'quan-4-2020',
      'thanh-uy-undated',
      'quan-9',
    ]);
    expect(relatedReports(archive, archive[0]!, 1)).toHaveLength(1);
  });
});
