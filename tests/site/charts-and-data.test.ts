import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import { layoutBars, monthlySeries, yearlyCounts } from '../../src/site/chart.ts';
import { CSV_COLUMNS, csvCell, exportRecord, jsonChunks, toCsv } from '../../src/site/open-data.ts';
import { entry } from './fixtures.ts';

describe('chart series', () => {
  it('lays counts by month out with the empty months in between', () => {
    const series = monthlySeries(
      new Map([
        ['2021-02', 1],
        ['2020-11', 2],
      ]),
      (m) => m,
    );
    expect(series.map((d) => [d.key, d.value])).toEqual([
      ['2020-11', 2],
      ['2020-12', 0],
      ['2021-01', 0],
      ['2021-02', 1],
    ]);
    expect(monthlySeries(new Map(), (m) => m)).toEqual([]);
  });

  it('counts per year with the empty years in between', () => {
    expect(yearlyCounts(['2023', '2020', '2020']).map((d) => [d.key, d.value])).toEqual([
      ['2020', 2],
      ['2021', 0],
      ['2022', 0],
      ['2023', 1],
    ]);
  });

  it('scales bars to the tallest and keeps them inside the plot', () => {
    const { bars, max, plot } = layoutBars(
      [
        { key: 'a', label: 'a', value: 2 },
        { key: 'b', label: 'b', value: 0 },
        { key: 'c', label: 'c', value: 1 },
      ],
      { width: 300, height: 100 },
    );
    expect(max).toBe(2);
    expect(bars[0]!.height).toBe(plot.height);
    expect(bars[1]!.height).toBe(0);
    expect(bars[2]!.height).toBeCloseTo(plot.height / 2, 1);
    for (const bar of bars) {
      expect(bar.x).toBeGreaterThanOrEqual(plot.x);
      expect(bar.x + bar.width).toBeLessThanOrEqual(plot.x + plot.width + 0.01);
      expect(bar.y + bar.height).toBeCloseTo(plot.y + plot.height, 1);
    }
  });
});

it('keeps a lone bar narrow', () => {
  const { bars } = layoutBars([{ key: '2021', label: '2021', value: 1 }], { width: 360, height: 120 });
  expect(bars[0]!.width).toBeLessThanOrEqual(48);
});

describe('open data', () => {
  it('keeps every record field and adds slug and URL', () => {
    const record = exportRecord(entry('x'), 'https://example.org/bao-cao/x/');
    expect(record.slug).toBe('x');
    expect(record.url).toBe('https://example.org/bao-cao/x/');
    expect(record.chair).toEqual({ name: 'Thái Thị Bích Liên', role: 'Bí thư Quận ủy Quận 4' });
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvCell('Tỉnh ủy viên, Bí thư')).toBe('"Tỉnh ủy viên, Bí thư"');
    expect(csvCell('Sổ tay "điện tử"')).toBe('"Sổ tay ""điện tử"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(2020)).toBe('2020');
    expect(csvCell(true)).toBe('true');
  });

  it('writes a BOM, a header and one CRLF row per record', () => {
    const csv = toCsv([
      exportRecord(entry('a', { decisions: ['Một', 'Hai'] }), 'u/a'),
      exportRecord(entry('b', { chair: null, term: null }), 'u/b'),
    ]);
    expect(csv.startsWith('\uFEFFslug,url,title,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]!.split(',')).toEqual([...CSV_COLUMNS]);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"Một\nHai"');
    expect(lines[2]).toMatch(/^b,u\/b,/);
  });

  it('writes the JSON a record at a time, as JSON.stringify would write the whole', () => {
    const records = [
      exportRecord(entry('a', { decisions: ['Một\ndòng hai', 'Hai'] }), 'u/a'),
      exportRecord(entry('b', { chair: null, term: null }), 'u/b'),
    ];
    for (const list of [[], records.slice(0, 1), records]) {
      const text = [...jsonChunks(list)].join('');
      expect(text).toBe(`${JSON.stringify(list, null, 2)}\n`);
      expect(JSON.parse(text)).toEqual(list);
    }
  });
});

describe('link check', () => {
  function site(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'bien-nien-links-'));
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    return dir;
  }

  it('resolves directory links, encoded names, relative links and ignores external ones', async () => {
    const dir = site({
      'index.html':
        '<a href="/archive/a/">a</a><a href="a/#x">a</a><img src="/archive/nguon/b%C3%A1o%20c%C3%A1o.txt"><a href="https://example.org/">x</a><a href="#top">t</a>',
      'a/index.html': '<a href="../">home</a><link rel="stylesheet" href="/archive/s.css">',
      's.css': '',
      'nguon/báo cáo.txt': 'x',
    });
    expect((await checkLinks(dir, '/archive/')).broken).toEqual([]);
  });

  it('reports missing files and links outside the base path', async () => {
    const dir = site({ 'index.html': '<a href="/archive/missing/">m</a><a href="/don-vi/">d</a>' });
    const { broken } = await checkLinks(dir, '/archive');
    expect(broken.map((b) => [b.link, b.reason])).toEqual([
      ['/archive/missing/', 'no such file'],
      ['/don-vi/', 'outside the base path /archive/'],
    ]);
  });
});
