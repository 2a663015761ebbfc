import { describe, expect, it } from 'vitest';
import { findMeetingDate, isDateLine, namedYears, parseDateLine, resolveMeetingDate } from '../../src/extract/dates.ts';

describe('publication date lines', () => {
  it.each([
    ['Thứ Sáu, ngày 5 tháng 3 năm 2021', '2021-03-05', null],
    ['Ngày đăng 02/06/2023 | 17:12 | Lượt xem: 545', '2023-06-02', '17:12'],
    ['20:49 !! 13/02/2020', '2020-02-13', '20:49'],
    ['Cập nhật: 08-05-2020 | 13:40:46', '2020-05-08', '13:40'],
    ['Thứ Bảy, 17/10/2020, 14:34 (GMT+7)', '2020-10-17', '14:34'],
    ['25/06/2015 - 07:33', '2015-06-25', '07:33'],
    ['Publish date 03/03/2020 | 14:00', '2020-03-03', '14:00'],
    ['02-03-2020 10:50', '2020-03-02', '10:50'],
    ['Đăng lúc 9h05 ngày 4/1/2022', '2022-01-04', '09:05'],
    ['March 12, 2024 4:48 pm', '2024-03-12', '16:48'],
    ['Posted on 5 Dec 2023', '2023-12-05', null],
    ['Ngày xuất bản: 15/06/2023', '2023-06-15', null],
    ['Đăng lúc: 28/03/2024 09:02 | Người viết: Trần Thị Mai Hương | Lượt xem: 96', '2024-03-28', '09:02'],
  ])('%s', (line, date, time) => {
    expect(isDateLine(line)).toBe(true);
    expect(parseDateLine(line)).toEqual({ published: { date, time }, warning: null });
  });

  it.each([
    'Ngày 13/02/2020, Thường trực Thành ủy tổ chức Hội nghị Ban Thường vụ.',
    'Hội nghị tổng kết năm 2020 của Quận ủy Quận 4',
    'Theo Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018',
  ])('a sentence with a date is not a date line: %s', (line) => {
    expect(isDateLine(line)).toBe(false);
  });

  it('reports a day that does not exist instead of moving it', () => {
    const result = parseDateLine('Cập nhật: 30-02-2021 | 10:00');
    expect(result.published).toBeNull();
    expect(result.warning).toMatch(/does not exist/);
  });
});

describe('meeting dates in the lead', () => {
  it.each([
    ['(Thanhuytphcm.vn)- Ngày 8/1, Quận ủy Quận 4 tổ chức hội nghị.', 8, 1, null],
    ['Sáng ngày 21/8, Quận ủy Quận 9 đã tổ chức Hội nghị.', 21, 8, null],
    ['Chiều 02/6/2023, Thường trực Quận ủy tổ chức hội nghị.', 2, 6, 2023],
    ['Sáng 24-3, Thị ủy Bến Cát tổ chức hội nghị.', 24, 3, null],
    ['TTXVN - chiều 28.9, Thị ủy Sơn Tây tổ chức lễ trao Huy hiệu Đảng.', 28, 9, null],
    ['Sáng nay 18/12, Thành ủy Hải Phòng tổ chức hội nghị.', 18, 12, null],
    ['Chiều nay (5/8), Huyện ủy Nghi Lộc tổ chức hội nghị.', 5, 8, null],
    ['Ngày 3-12, Chi bộ Khu phố 5 sinh hoạt định kỳ.', 3, 12, null],
    ['Sáng thứ Hai (12/6), Tỉnh ủy họp phiên thường kỳ.', 12, 6, null],
    ['Thực hiện Hướng dẫn số 12 ngày 06/7/2018, vào lúc 14 giờ ngày 27/3/2024, Chi bộ tổ chức.', 27, 3, 2024],
    ['Trong 2 ngày 7 và 8-5, Đảng bộ xã Định Mỹ tổ chức Đại hội.', 7, 5, null],
    ['Từ ngày 17 đến 19/12, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị.', 17, 12, null],
  ])('%s', (lead, day, month, year) => {
    expect(findMeetingDate([lead])).toEqual({ day, month, year });
  });

  it('ignores a document date in the middle of a sentence and a percentage', () => {
    expect(findMeetingDate(['Thực hiện Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018, nữ đạt 46.15%.'])).toBeNull();
  });

  it('looks at the next lead paragraph when the first has no date', () => {
    expect(findMeetingDate(['Không có ngày ở đây.', 'Chiều 4/4, Đoàn khảo sát làm việc.'])).toEqual({
      day: 4,
      month: 4,
      year: null,
    });
  });
});

describe('resolveMeetingDate', () => {
  const none = { published: null, namedYears: [], termStart: null };

  it('takes the latest such day not after publication', () => {
    expect(resolveMeetingDate({ day: 8, month: 1, year: null }, { ...none, published: '2021-03-05' })).toEqual({
      ok: true,
      value: { date: '2021-01-08', inferred: true },
    });
  });

  it('goes back a year for a December meeting published in January', () => {
    expect(resolveMeetingDate({ day: 29, month: 12, year: null }, { ...none, published: '2024-01-03' })).toEqual({
      ok: true,
      value: { date: '2023-12-29', inferred: true },
    });
  });

  it('falls back to the year the text names most, then to the term', () => {
    expect(resolveMeetingDate({ day: 21, month: 8, year: null }, { ...none, namedYears: [2020] })).toEqual({
      ok: true,
      value: { date: '2020-08-21', inferred: true },
    });
    expect(resolveMeetingDate({ day: 21, month: 8, year: null }, { ...none, termStart: 2025 })).toEqual({
      ok: true,
      value: { date: '2025-08-21', inferred: true },
    });
  });

  it('never guesses without a basis', () => {
    const result = resolveMeetingDate({ day: 21, month: 8, year: null }, none);
    expect(result.ok).toBe(false);
  });

  it('keeps a written year as it is', () => {
    expect(resolveMeetingDate({ day: 2, month: 6, year: 2023 }, none)).toEqual({
      ok: true,
      value: { date: '2023-06-02', inferred: false },
    });
  });

  it('rejects 29 February of a common year', () => {
    expect(resolveMeetingDate({ day: 29, month: 2, year: 2023 }, none).ok).toBe(false);
  });
});

describe('namedYears', () => {
  it('counts "năm 2020" and "tháng 12/2024", most named first', () => {
    expect(namedYears('cuối năm 2020; trong năm 2020; năm 2019; tháng 12/2024')).toEqual([2020, 2024, 2019]);
  });
});
