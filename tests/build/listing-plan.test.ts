import { isDeepStrictEqual as isEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  listingLayout,
  listingSizeFromEnvironment,
  planListings as planWith,
  type ListingLayout,
} from '../../src/build/listing-plan.ts';
import type { ArchiveEntry } from '../../src/site/archive-entry.ts';
import { LISTING_FAMILIES, listingKeys } from '../../src/site/listing-scope.ts';
import { itemId, listingsOf } from '../../src/site/listings.ts';
import { entry } from '../site/fixtures.ts';

/** Listings cut into pages of five reports. */
const PAGE_SIZE = 5;
const planListings = (entries: readonly ArchiveEntry[], maxRecords: number, last: ListingLayout | null = null) =>
  planWith(entries, maxRecords, last, PAGE_SIZE);

/** 120 reports of twelve units over six years; each unit has a roster of three people, and a province leader visits some. */
const archive = Array.from({ length: 120 }, (_, index) => {
  const unit = index % 12;
  const year = 2015 + (index % 6);
  return entry(`r-${String(index).padStart(3, '0')}`, {
    unit: { name: `Quận ủy Quận ${unit + 1}`, level: 'district', slug: `quan-uy-quan-${unit + 1}` },
    meetingDate: `${year}-0${1 + (index % 9)}-10`,
    published: null,
    term: index % 5 === 0 ? null : { start: year - (year % 5), end: year - (year % 5) + 5 },
    chair: { name: `Bí Thư Số ${unit + 1}`, role: 'Bí thư' },
    participants: [
      { name: `Phó Bí Thư Số ${unit + 1}`, role: 'Phó Bí thư' },
      { name: `Ủy Viên Số ${unit + 1}`, role: 'Ủy viên' },
      ...(index % 10 === 0 ? [{ name: 'Lãnh Đạo Tỉnh', role: 'Bí thư Tỉnh ủy' }] : []),
    ],
  });
});

describe('the listings plan', () => {
  it('is one build of every page and record while the archive is small enough', () => {
    const plan = planListings(archive, 120);
    expect(plan).toEqual([{ name: 'listings', renders: 'all', scope: null, ids: archive.map((e) => e.id) }]);
  });

  it('splits a larger archive into bounded builds that render every page once, with the records it lists', () => {
    const plan = planListings(archive, 25);
    const [index, ...families] = plan;
    // The index pages' build is given no record; the year pages' builds know every year, newest first.
    expect(index).toEqual({ name: 'listings', renders: 'index', scope: null, ids: [] });
    for (const build of families) {
      expect(build.scope!.years).toEqual(
        build.scope!.pages.years ? ['2020', '2019', '2018', '2017', '2016', '2015'] : [],
      );
    }
    for (const family of LISTING_FAMILIES) {
      const builds = families.filter((build) => build.scope!.pages[family]);
      expect(builds.length).toBeGreaterThan(1);
      const rendered = builds.flatMap((build) => build.scope!.pages[family]!);
      // The listings too long for one build are shared out by their pages (see below).
      const long = new Set(families.flatMap((build) => build.scope!.parts?.[family]?.map((part) => part.key) ?? []));
      const keys = new Set(archive.flatMap((e) => listingKeys(family, e)));
      // Every listing of the family, whole in one build only, or in parts.
      expect([...rendered, ...long].sort()).toEqual([...keys].sort());
      for (const build of builds) {
        expect(Object.keys(build.scope!.pages)).toEqual([family]);
        const pages = new Set(build.scope!.pages[family]);
        // Given exactly the records its pages list, and no more than 25 of them.
        const listed = archive.filter((e) => listingKeys(family, e).some((key) => pages.has(key))).map((e) => e.id);
        expect(build.ids).toEqual(listed);
        expect(build.ids.length).toBeLessThanOrEqual(25);
      }
    }
    expect(new Set(plan.map((build) => build.name)).size).toBe(plan.length);
  });

  it('gives each build its records in the order they came in', () => {
    // A person's page names them as the first record does: a build given
    // some records must see them in the order of the whole.
    const reversed = [...archive].reverse();
    const order = new Map(reversed.map((e, index) => [e.id, index]));
    for (const build of planListings(reversed, 25)) {
      const positions = build.ids.map((id) => order.get(id)!);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('keeps every build whose pages do not list a new report, where packing afresh would move them', () => {
    // Units of ten reports in builds of twenty: a report for unit 1 takes its build past the limit.
    const extra = { ...archive[0]!, id: 'r-999' };
    // (A listing in parts lists it too: the reports after it move down a place, over all its builds.)
    const listsExtra = (build: ReturnType<typeof planListings>[number]) =>
      LISTING_FAMILIES.some((family) => {
        const keys = [...(build.scope?.pages[family] ?? []), ...(build.scope?.parts?.[family] ?? []).map((p) => p.key)];
        return listingKeys(family, extra).some((key) => keys.includes(key));
      });
    const before = planListings(archive, 20);
    const kept = (after: ReturnType<typeof planListings>) =>
      before.filter((build) => !listsExtra(build)).every((build) => after.some((other) => isEqual(other, build)));

    const after = planListings([...archive, extra], 20, listingLayout(before, 20));
    expect(kept(after)).toBe(true);
    // The build past the limit is split; no build of several pages is given more than the limit.
    expect(after.length).toBeGreaterThan(before.length);
    for (const build of after) {
      const pages = Object.values(build.scope?.pages ?? {}).flat();
      if (pages.length > 1) expect(build.ids.length).toBeLessThanOrEqual(20);
    }
    // Packed afresh, the pages after it move down: builds that do not list the report change too.
    expect(kept(planListings([...archive, extra], 20))).toBe(false);
    // A layout made with another limit is not used.
    expect(planListings([...archive, extra], 20, listingLayout(before, 25))).toEqual(
      planListings([...archive, extra], 20),
    );
  });

  it('joins neighbouring builds that have shrunk to half the limit together', () => {
    const before = planListings(archive, 20);
    const fewer = archive.filter((e) => Number(e.id.slice(2)) % 4 === 0);
    const after = planListings(fewer, 20, listingLayout(before, 20));
    const units = (plan: ReturnType<typeof planListings>) => plan.filter((build) => build.scope?.pages.units);
    expect(units(after).length).toBeLessThan(units(before).length);
  });

  it('shares a listing longer than the limit out by whole pages, each build given its pages’ reports and the whole’s facts', () => {
    const plan = planListings(archive, 15);
    // The term 2015–2020 lists 80 reports: at most three pages of five to a build.
    const [term] = listingsOf('terms', archive).filter((listing) => listing.key === '2015-2020');
    expect(term!.items).toHaveLength(80);
    const parts = plan.filter((build) => build.scope?.parts?.terms?.[0]?.key === '2015-2020');
    expect(parts.map((build) => build.scope!.parts!.terms![0]!.first)).toEqual([1, 4, 7, 10, 13, 16]);
    const order = term!.items.map(itemId);
    const positions = new Map(archive.map((e, index) => [e.id, index]));
    for (const build of parts) {
      const { first, facts } = build.scope!.parts!.terms![0]!;
      expect(facts).toEqual(term!.facts);
      expect(build.scope!.pages).toEqual({});
      // Its pages' reports, in the order they came in.
      expect(new Set(build.ids)).toEqual(new Set(order.slice((first - 1) * PAGE_SIZE, (first + 2) * PAGE_SIZE)));
      const at = build.ids.map((id) => positions.get(id)!);
      expect(at).toEqual([...at].sort((a, b) => a - b));
    }
    // No build is given more than the limit, and no listing is whole in a build and in parts too.
    for (const build of plan) expect(build.ids.length).toBeLessThanOrEqual(15);
    expect(plan.some((build) => build.scope?.pages.terms?.includes('2015-2020'))).toBe(false);
  });

  it('works out the facts of a long listing of every family as the whole archive’s build would', () => {
    // Every unit (10 reports), person (10–12), year (20) and term lists more than nine.
    const plan = planListings(archive, 9);
    for (const family of LISTING_FAMILIES) {
      const whole = new Map(listingsOf(family, archive).map((listing) => [listing.key, listing]));
      const given = new Map<string, string[]>();
      for (const build of plan) {
        for (const { key, first, facts } of build.scope?.parts?.[family] ?? []) {
          expect(facts, `${family} ${key}`).toEqual(whole.get(key)!.facts);
          // A unit's first build holds a feed's worth (30 reports), the others at most nine.
          if (!(family === 'units' && first === 1)) expect(build.ids.length).toBeLessThanOrEqual(9);
          given.set(key, [...(given.get(key) ?? []), ...build.ids]);
        }
      }
      expect(given.size, family).toBeGreaterThan(0);
      for (const [key, ids] of given) expect(ids.sort()).toEqual(whole.get(key)!.items.map(itemId).sort());
    }
  });

  it('keeps people who share their reports together', () => {
    // Each unit's three officials list the same ten reports: grouped by unit,
    // a build of 25 records holds two units' people (plus the visitor's own).
    const people = planListings(archive, 25).filter((build) => build.scope?.pages.people);
    const pagesEach = people.map((build) => build.scope!.pages.people!.length);
    expect(Math.max(...pagesEach)).toBeGreaterThanOrEqual(6);
  });

  it('takes its limit from BIEN_NIEN_LISTING_SIZE', () => {
    expect(listingSizeFromEnvironment({ BIEN_NIEN_LISTING_SIZE: '12' })).toBe(12);
    expect(listingSizeFromEnvironment({})).toBeGreaterThan(10_000);
    expect(() => listingSizeFromEnvironment({ BIEN_NIEN_LISTING_SIZE: '0' })).toThrow(/BIEN_NIEN_LISTING_SIZE/);
    expect(() => planListings(archive, 0)).toThrow();
  });
});
