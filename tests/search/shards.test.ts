import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARD_SIZE,
  loadedRuns,
  nextBatch,
  pageSortDate,
  planShards,
  shardHoldsYear,
  shardPath,
  shardSizeFromEnv,
} from '../../src/search/shards.ts';

const page = (url: string, date: string | null) => ({ url, date });

describe('planShards', () => {
  const pages = [
    page('/b/2019/', '2019-05-01'),
    page('/b/undated/', null),
    page('/b/2021b/', '2021-02-01'),
    page('/b/2021a/', '2021-02-01'),
    page('/b/2020/', '2020-12-31'),
    page('/b/2023/', '2023-07-09'),
  ];

  it('cuts the pages into shards, newest first, undated last', () => {
    // A size of 4 cuts at every page past the minimum of 2.
    const { manifest, members } = planShards(pages, 4);
    expect(members.map((group) => group.map((item) => item.url))).toEqual([
      ['/b/2023/', '/b/2021a/'],
      ['/b/2021b/', '/b/2020/'],
      ['/b/2019/', '/b/undated/'],
    ]);
    expect(manifest).toEqual({
      total: 6,
      shards: [
        { path: 'pagefind/', pages: 2, from: '2021-02-01', to: '2023-07-09', undated: false },
        { path: 'pagefind-2/', pages: 2, from: '2020-12-31', to: '2021-02-01', undated: false },
        { path: 'pagefind-3/', pages: 2, from: '2019-05-01', to: '2019-05-01', undated: true },
      ],
    });
  });

  it('gives the same shards whatever order the pages come in', () => {
    const reversed = planShards([...pages].reverse(), 4);
    expect(reversed).toEqual(planShards(pages, 4));
    expect(reversed.manifest.shards.map((shard) => shard.pages)).toEqual([2, 2, 2]);
  });

  describe('on a large archive', () => {
    // 6,000 reports over ten years, a few a day; the size is 200 a shard.
    const archive = Array.from({ length: 6000 }, (_, index) =>
      page(
        `/bao-cao/bao-cao-so-${index}/`,
        new Date(Date.UTC(2015, 0, 1 + Math.floor(index * 0.6))).toISOString().slice(0, 10),
      ),
    );
    const size = 200;
    const before = planShards(archive, size).members;
    const urls = (group: readonly { url: string }[]) => group.map((item) => item.url).join(' ');
    /** How many shards of the plan with `added` are not shards of the plan before. */
    const changedBy = (added: { url: string; date: string | null }) => {
      const known = new Set(before.map(urls));
      return planShards([...archive, added], size).members.filter((group) => !known.has(urls(group))).length;
    };

    it('holds between half the size and the size in every shard but the oldest', () => {
      const sizes = before.map((group) => group.length);
      expect(sizes.slice(0, -1).every((pages) => pages >= size / 2 && pages <= size)).toBe(true);
      expect(sizes.reduce((sum, pages) => sum + pages)).toBe(archive.length);
      expect(sizes.length).toBeGreaterThan(archive.length / size);
    });

    it('changes only the newest shard when a new report comes in', () => {
      for (let day = 1; day <= 20; day++) {
        expect(changedBy(page(`/bao-cao/moi-${day}/`, `2025-01-${String(day).padStart(2, '0')}`))).toBe(1);
      }
    });

    it('changes one or two shards when an old report is filled in, wherever it falls', () => {
      const changed = Array.from({ length: 40 }, (_, index) => {
        const date = new Date(Date.UTC(2015, 0, 1 + index * 90)).toISOString().slice(0, 10);
        return changedBy(page(`/bao-cao/bo-sung-${index}/`, date));
      });
      expect(Math.max(...changed)).toBeLessThanOrEqual(2);
      expect(changed.filter((count) => count === 1).length).toBeGreaterThan(30);
    });
  });

  it('keeps a small site in one shard at the usual Pagefind path', () => {
    const { manifest } = planShards(pages);
    expect(manifest.shards).toHaveLength(1);
    expect(manifest.shards[0]!.path).toBe('pagefind/');
  });

  it('still plans one empty index for a site with no reports', () => {
    expect(planShards([], 10).manifest).toEqual({
      total: 0,
      shards: [{ path: 'pagefind/', pages: 0, from: null, to: null, undated: false }],
    });
  });

  it('refuses a shard size that is not a whole number of at least 1', () => {
    expect(() => planShards(pages, 0)).toThrow(/at least 1/);
    expect(() => planShards(pages, 2.5)).toThrow(/at least 1/);
  });
});

describe('shard helpers', () => {
  it('names shard folders', () => {
    expect([0, 1, 9].map(shardPath)).toEqual(['pagefind/', 'pagefind-2/', 'pagefind-10/']);
  });

  it('reads the shard size from the environment', () => {
    expect(shardSizeFromEnv(undefined)).toBe(DEFAULT_SHARD_SIZE);
    expect(shardSizeFromEnv(' ')).toBe(DEFAULT_SHARD_SIZE);
    expect(shardSizeFromEnv('250')).toBe(250);
    expect(() => shardSizeFromEnv('many')).toThrow(/BIEN_NIEN_SEARCH_SHARD_SIZE.*"many"/);
  });

  it('finds the runs of loaded shards', () => {
    expect(loadedRuns(6, new Set([0]))).toEqual([[0, 0]]);
    expect(loadedRuns(6, new Set([0, 1, 2, 4, 5]))).toEqual([
      [0, 2],
      [4, 5],
    ]);
    expect(loadedRuns(3, new Set())).toEqual([]);
  });

  it('loads older shards in batches that double what is searched', () => {
    const shards = Array.from({ length: 10 }, (_unused, index) => ({
      path: shardPath(index),
      pages: index === 9 ? 1 : 10,
      from: null,
      to: null,
      undated: false,
    }));
    const loaded = new Set([0]);
    const steps: number[][] = [];
    for (let batch = nextBatch(shards, loaded); batch.length > 0; batch = nextBatch(shards, loaded)) {
      steps.push(batch);
      for (const index of batch) loaded.add(index);
    }
    expect(steps).toEqual([[1], [2, 3], [4, 5, 6, 7], [8, 9]]);
  });

  it('fills a gap left by a year filter before going on', () => {
    const shards = Array.from({ length: 5 }, (_unused, index) => ({
      path: shardPath(index),
      pages: 10,
      from: null,
      to: null,
      undated: false,
    }));
    expect(nextBatch(shards, new Set([0, 2]))).toEqual([1]);
    expect(nextBatch(shards, new Set([0, 1, 2, 3, 4]))).toEqual([]);
  });

  it('tells which shards hold a year', () => {
    const shard = { path: 'pagefind-2/', pages: 2, from: '2019-11-03', to: '2021-01-05', undated: false };
    expect(['2018', '2019', '2020', '2021', '2022'].map((year) => shardHoldsYear(shard, year))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(shardHoldsYear({ ...shard, from: null, to: null, undated: true }, '2020')).toBe(false);
  });

  it('reads the sort date a report page declares', () => {
    expect(pageSortDate('<data data-pagefind-sort="date[value]" value="2021-03-05">')).toBe('2021-03-05');
    expect(pageSortDate('<data data-pagefind-sort="published[value]" value="2021-03-05">')).toBeNull();
    expect(pageSortDate('<article data-pagefind-body>')).toBeNull();
  });
});
