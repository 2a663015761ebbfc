import { describe, expect, it } from 'vitest';
import { compareNewestFirst, newestFirst, reportDate, reportYear } from '../../src/site/archive-entry.ts';
import { citationLine } from '../../src/site/citation.ts';
import { formatLongDate, formatMonth, formatShortDate } from '../../src/site/format.ts';
import { strings } from '../../src/site/strings.ts';
import { anchorId, joinBase, paths, termKey } from '../../src/site/urls.ts';
import { UNIT_LEVELS } from '../../src/report/schema.ts';
import { entry, report } from './fixtures.ts';

describe('format', () => {
  it('writes the weekday and date in Vietnamese, capitalised', () => {
    expect(formatLongDate('2021-01-08')).toBe('Thứ Sáu, 08/01/2021');
    expect(formatLongDate('2020-04-05')).toBe('Chủ Nhật, 05/04/2020');
    expect(formatShortDate('2023-06-02')).toBe('02/06/2023');
    expect(formatMonth('2020-02')).toBe('02/2020');
  });
});

describe('report dates', () => {
  it('places a report by its meeting, else its publication, else nowhere', () => {
    expect(reportDate(report())).toBe('2021-01-08');
    expect(reportYear(report({ meetingDate: null }))).toBe('2021');
    expect(reportYear(report({ meetingDate: null, published: '2019-12-31' }))).toBe('2019');
    expect(reportYear(report({ meetingDate: null, published: null }))).toBeNull();
  });

  it('sorts newest first, undated last, ties by slug', () => {
    const list = [
      entry('b', { meetingDate: '2020-01-01' }),
      entry('undated', { meetingDate: null, published: null }),
      entry('a', { meetingDate: '2020-01-01' }),
      entry('new', { meetingDate: '2022-01-01' }),
    ];
    expect(newestFirst(list).map((e) => e.id)).toEqual(['new', 'a', 'b', 'undated']);
    expect(compareNewestFirst(list[0]!, list[0]!)).toBe(0);
  });
});

describe('urls', () => {
  it('joins a base with or without its slashes', () => {
    expect(joinBase('/', 'bao-cao/x/')).toBe('/bao-cao/x/');
    expect(joinBase('/archive', 'bao-cao/x/')).toBe('/archive/bao-cao/x/');
    expect(joinBase('/archive/', '/don-vi/')).toBe('/archive/don-vi/');
    expect(joinBase('/archive/', '')).toBe('/archive/');
  });

  it('builds every route with ASCII segments and a trailing slash', () => {
    expect(paths.report('abc')).toBe('bao-cao/abc/');
    expect(paths.unit('quan-uy-quan-4')).toBe('don-vi/quan-uy-quan-4/');
    expect(paths.term({ start: 2020, end: 2025 })).toBe('nhiem-ky/2020-2025/');
    expect(paths.person('Thái Thị Bích Liên')).toBe('nhan-vat/thai-thi-bich-lien/');
    expect(paths.person('Ngô Mạnh Điềm')).toBe('nhan-vat/ngo-manh-diem/');
    expect(paths.year('2021')).toBe('nam/2021/');
    expect(paths.unitFeed('thanh-uy')).toBe('don-vi/thanh-uy/rss.xml');
    expect(termKey({ start: 2015, end: 2020 })).toBe('2015-2020');
    expect(anchorId('co-quan', 'Ban Thường vụ')).toBe('co-quan-ban-thuong-vu');
  });

  it('encodes raw file names holding spaces or Vietnamese letters', () => {
    expect(paths.rawSource('000_3cc.txt')).toBe('nguon/000_3cc.txt');
    expect(paths.rawSource('báo cáo #1.txt')).toBe('nguon/b%C3%A1o%20c%C3%A1o%20%231.txt');
  });
});

describe('strings', () => {
  it('names every unit level in Vietnamese', () => {
    for (const level of UNIT_LEVELS) expect(strings.levels[level]).toMatch(/\S/);
    expect(strings.levels.district).toBe('Quận, huyện, thị xã');
  });
});

describe('citation', () => {
  it('gives author, quoted title, unit, date, site and URL on one line', () => {
    expect(citationLine(report(), 'https://example.org/bao-cao/x/')).toBe(
      'Mỹ Duyên, "Hội nghị chuyên đề (mở rộng) Ban Chấp hành Đảng bộ Quận 4 nhiệm kỳ 2020 – 2025", Quận ủy Quận 4, 08/01/2021. Biên Niên, https://example.org/bao-cao/x/',
    );
  });

  it('leaves the author out when unknown and says when the date is', () => {
    const line = citationLine(report({ author: null, meetingDate: null, published: null, title: 'T' }), 'u');
    expect(line).toBe('"T", Quận ủy Quận 4, không rõ. Biên Niên, u');
  });
});
