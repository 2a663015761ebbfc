import { describe, expect, it } from 'vitest';
import {
  firstPages,
  listingPageSize,
  pageFolder,
  pageOf,
  pagerNumbers,
  paginate,
  runsOf,
} from '../../src/site/pagination.ts';
import { paths } from '../../src/site/urls.ts';
import { collectYears, groupByMonth, monthFirstPages } from '../../src/site/years.ts';
import { indexLetter } from '../../src/vietnamese/letters.ts';
import { entry } from './fixtures.ts';

describe('a listing cut into pages', () => {
  it('puts each item on one page, in order, at most a page size to a page', () => {
    const items = Array.from({ length: 11 }, (_, index) => index);
    const pages = paginate(items, 4);
    expect(pages.map((page) => [page.number, page.count, page.offset, page.items])).toEqual([
      [1, 3, 0, [0, 1, 2, 3]],
      [2, 3, 4, [4, 5, 6, 7]],
      [3, 3, 8, [8, 9, 10]],
    ]);
    expect(paginate(items.slice(0, 8), 4)).toHaveLength(2);
    expect(pageOf(7, 4)).toBe(2);
    expect(pageOf(8, 4)).toBe(3);
  });

  it('numbers the pages of a part of a long listing from where the part begins', () => {
    const pages = paginate(['i', 'j', 'k', 'l', 'm'], 4, { first: 3, total: 18 });
    expect(pages.map((page) => [page.number, page.count, page.offset, page.items])).toEqual([
      [3, 5, 8, ['i', 'j', 'k', 'l']],
      [4, 5, 12, ['m']],
    ]);
  });

  it('gives an empty listing its one page, and refuses a page size that is no whole number', () => {
    expect(paginate([], 200)).toEqual([{ number: 1, count: 1, offset: 0, items: [] }]);
    expect(() => paginate([1], 0)).toThrow(/at least 1/);
    expect(() => paginate([1], 2.5)).toThrow(/whole number/);
  });

  it('keeps the listing’s address for the first page and puts the others under it', () => {
    expect(pageFolder(1)).toBeUndefined();
    expect(pageFolder(3)).toBe('trang-3');
    expect(paths.listingPage(paths.unit('quan-uy-quan-4'), 1)).toBe('don-vi/quan-uy-quan-4/');
    expect(paths.listingPage(paths.unit('quan-uy-quan-4'), 2)).toBe('don-vi/quan-uy-quan-4/trang-2/');
    expect(paths.listingPage(paths.termless(), 12)).toBe('nhiem-ky/khong-ro/trang-12/');
  });

  it('reads its page size from the environment, and names the setting when it is wrong', () => {
    expect(listingPageSize({})).toBe(200);
    expect(listingPageSize({ BIEN_NIEN_LISTING_PAGE_SIZE: '25' })).toBe(25);
    expect(() => listingPageSize({ BIEN_NIEN_LISTING_PAGE_SIZE: 'nhiều' })).toThrow(
      /BIEN_NIEN_LISTING_PAGE_SIZE must be a whole number/,
    );
  });
});

describe('the pager', () => {
  it('shows every page of a short listing', () => {
    expect(pagerNumbers(2, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerNumbers(1, 1)).toEqual([1]);
  });

  it('shows the first, the last and two either side of the current page of a long one, with gaps between', () => {
    expect(pagerNumbers(1, 200)).toEqual([1, 2, 3, null, 200]);
    expect(pagerNumbers(100, 200)).toEqual([1, null, 98, 99, 100, 101, 102, null, 200]);
    expect(pagerNumbers(4, 200)).toEqual([1, 2, 3, 4, 5, 6, null, 200]);
    expect(pagerNumbers(200, 200)).toEqual([1, null, 198, 199, 200]);
  });
});

describe('a year cut into pages', () => {
  // January first; newest first within a month (see years.ts).
  const reports = [
    entry('jan-1', { meetingDate: '2021-01-05' }),
    entry('jan-2', { meetingDate: '2021-01-20' }),
    entry('jan-3', { meetingDate: '2021-01-28' }),
    entry('mar-1', { meetingDate: '2021-03-02' }),
    entry('jun-1', { meetingDate: '2021-06-11' }),
  ];
  const [year] = collectYears(reports).years;
  const months = year!.months.map(({ month, entries }) => ({ month, count: entries.length }));

  it('links each month to the page its reports begin on', () => {
    expect(monthFirstPages(months, 2)).toEqual([
      [1, 1],
      [3, 2],
      [6, 3],
    ]);
    expect(monthFirstPages(months, 200)).toEqual([
      [1, 1],
      [3, 1],
      [6, 1],
    ]);
  });

  it('groups one page’s reports by month again, a month cut by the page break on both pages', () => {
    const pages = paginate(
      year!.months.flatMap((month) => month.entries),
      2,
    );
    expect(pages.map((page) => groupByMonth(page.items).map((m) => [m.month, m.entries.map((e) => e.id)]))).toEqual([
      [[1, ['jan-3', 'jan-2']]],
      [
        [1, ['jan-1']],
        [3, ['mar-1']],
      ],
      [[6, ['jun-1']]],
    ]);
  });
});

describe('an index cut into pages', () => {
  it('files a name under its first letter, tone mark off and the letter whole', () => {
    expect(
      ['Nguyễn Văn A', 'Đặng Thị B', 'Ứng Văn C', 'Ông Ích D', 'ấn', 'lê văn e', '3 Tháng 2'].map(indexLetter),
    ).toEqual(['N', 'Đ', 'Ư', 'Ô', 'Â', 'L', '#']);
  });

  it('links each initial to the page and place its names begin at, from any page', () => {
    const initials = ['A', 'A', 'A', 'B', 'Đ', 'Đ', 'Đ', 'Đ', 'H'];
    expect(runsOf(initials)).toEqual([
      { key: 'A', count: 3 },
      { key: 'B', count: 1 },
      { key: 'Đ', count: 4 },
      { key: 'H', count: 1 },
    ]);
    expect(firstPages(runsOf(initials), 4)).toEqual([
      ['A', 1, 0],
      ['B', 1, 3],
      ['Đ', 2, 4],
      ['H', 3, 8],
    ]);
  });
});
