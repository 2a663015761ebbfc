import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isChromeLine, stripChrome } from '../../src/extract/chrome.ts';
import { extractReport } from '../../src/extract/index.ts';
import { isCaptionLine, readLayout } from '../../src/extract/layout.ts';

describe('site chrome', () => {
  it.each([
    'Ý kiến bạn đọc',
    'refresh',
    'Tổng lượt bình luận',
    'Lượt xem: 545',
    'Một số hình ảnh tại hội nghị:',
    'Đảng đoàn thể',
    'Hoạt động chính Đại hội Đảng các cấp Điểm báo',
    'Thời sự  >  Chính trị',
    'Print      Email      Back      Top',
    'Chia sẻ    Bình luận    Lượt xem: 389',
    'Tags:  Thành ủy Hải Phòng   Hội nghị Thành ủy',
    'intNumViewTotal=318',
  ])('%s is chrome', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each(['Toàn cảnh hội nghị', 'Hội nghị Ban Thường vụ Tỉnh ủy', 'Mỹ Duyên'])('%s is not chrome', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });

  it('drops the list of other articles after "Tin khác"', () => {
    const lines = ['Tiêu đề', 'Đoạn một.', 'Đoạn hai.', 'Đoạn ba.', 'Tin khác', 'Bài khác số một', 'Bài khác số hai'];
    expect(stripChrome(lines)).toEqual(['Tiêu đề', 'Đoạn một.', 'Đoạn hai.', 'Đoạn ba.']);
  });
});

describe('layout', () => {
  it('tells a caption from a paragraph', () => {
    expect(isCaptionLine('Toàn cảnh hội nghị')).toBe(true);
    expect(isCaptionLine('Đồng chí Nguyễn Văn An phát biểu tại hội nghị. (Ảnh: Minh Thư)')).toBe(true);
    expect(isCaptionLine('Hội nghị đã thông qua nghị quyết.')).toBe(false);
    expect(isCaptionLine('1. Chủ động thực hiện nhiệm vụ')).toBe(false);
  });

  it('finds the title under a breadcrumb and a byline at the top', () => {
    const result = readLayout(
      'Tin tức\nHội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15\nTin, ảnh: Cao Khánh\nSáng 5/3, Tỉnh ủy tổ chức hội nghị.',
    );
    expect(result.ok && result.layout).toMatchObject({
      title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15',
      author: 'Cao Khánh',
    });
  });

  it('finds the headline beside the date line, under the site name and section', () => {
    const result = readLayout(
      'Báo Phú Thọ điện tử\nQuốc phòng - An ninh\nThứ Ba, 05/12/2023 | 07:42\n' +
        'Đảng ủy Quân sự tỉnh Phú Thọ ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2024\nNgày 4-12, Đảng ủy Quân sự tỉnh tổ chức hội nghị.',
    );
    expect(result.ok && result.layout.title).toBe(
      'Đảng ủy Quân sự tỉnh Phú Thọ ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2024',
    );
  });

  it("takes the article's date line, not the date a site header prints above its menus", () => {
    const result = readLayout(
      'Báo Hà Tĩnh điện tử\nThứ Sáu, 12/04/2024\nChính trị > Xây dựng Đảng\nBan Thường vụ Huyện ủy Can Lộc họp phiên thường kỳ\n' +
        'Thứ Tư, 10/04/2024 - 16:25\n' +
        'Sáng 10/4, Ban Thường vụ Huyện ủy Can Lộc họp phiên thường kỳ tháng 4 để cho ý kiến vào nhiều nội dung quan trọng về phát triển kinh tế, xã hội và xây dựng Đảng của huyện.',
    );
    expect(result.ok && result.layout).toMatchObject({
      dateLine: 'Thứ Tư, 10/04/2024 - 16:25',
      title: 'Ban Thường vụ Huyện ủy Can Lộc họp phiên thường kỳ',
    });
  });

  it('passes over a banner in capitals, a menu and a breadcrumb to find the headline', () => {
    const beside = readLayout(
      'BÁO ĐỒNG NAI ĐIỆN TỬ\nThứ Hai, 10/03/2025 08:00\nThời sự | Chính trị | Kinh tế | Đồng Nai 24h\nChính trị\n' +
        'Chi bộ khu phố 5 tổ chức đại hội điểm nhiệm kỳ 2025 - 2027\n(ĐN)- Sáng 9-3, Chi bộ khu phố 5 tổ chức đại hội.',
    );
    expect(beside.ok && beside.layout.title).toBe('Chi bộ khu phố 5 tổ chức đại hội điểm nhiệm kỳ 2025 - 2027');
    const noDateLine = readLayout(
      'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÌNH LIÊU\nTrang chủ > Tin tức sự kiện > Hoạt động của Huyện ủy\n' +
        'Ban Thường vụ Huyện ủy cho ý kiến vào dự thảo văn kiện\nSáng 25/9, Ban Thường vụ Huyện ủy họp.',
    );
    expect(noDateLine.ok && noDateLine.layout.title).toBe('Ban Thường vụ Huyện ủy cho ý kiến vào dự thảo văn kiện');
  });

  it('takes a bare name beside the date line as the byline', () => {
    const result = readLayout(
      'Ban Thường vụ Thành ủy Cần Thơ giao ban công tác quý I\nHữu Tâm\nMarch 12, 2024 4:48 pm\nChiều ngày 12-3, Ban Thường vụ Thành ủy tổ chức giao ban.',
    );
    expect(result.ok && result.layout).toMatchObject({ author: 'Hữu Tâm', dateLine: 'March 12, 2024 4:48 pm' });
  });

  it('rejects a text whose first line is a long paragraph', () => {
    const paragraph = Array.from({ length: 80 }, (_, index) => `từ${index}`).join(' ');
    expect(readLayout(`${paragraph}.`)).toEqual({
      ok: false,
      reason: 'no title line found: the first line is a paragraph of 80 words (390 characters)',
    });
  });
});

describe('extractReport on hostile text', () => {
  const text = readFileSync(new URL('../fixtures/reports/hostile-markup.txt', import.meta.url), 'utf8');

  it('keeps markup as text in the record', () => {
    const result = extractReport(text, { file: 'hostile-markup.txt', sha256: '0'.repeat(64) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.record.title).toContain('<script>');
    expect(result.report.record.unit.name).toBe('Huyện ủy Hòa Vang');
  });

  it('rejects an empty text and a text of white space', () => {
    expect(extractReport('', { file: 'e.txt', sha256: '0'.repeat(64) })).toMatchObject({ ok: false });
    expect(extractReport(' \n\u00A0\t\n', { file: 'w.txt', sha256: '0'.repeat(64) })).toEqual({
      ok: false,
      reason: 'empty file: it holds no text, only white space',
    });
  });

  it('warns, and never guesses, when there is no date at all', () => {
    const result = extractReport('Hội nghị Huyện ủy Nhà Bè về công tác cán bộ\n\nHuyện ủy Nhà Bè tổ chức hội nghị.', {
      file: 'n.txt',
      sha256: '0'.repeat(64),
    });
    expect(result.ok && result.report.record).toMatchObject({ published: null, meetingDate: null });
    expect(result.ok && result.report.record.warnings).toEqual(
      expect.arrayContaining(['no publication date line found', 'no meeting date found in the lead']),
    );
  });

  it('warns about a meeting date after the publication date', () => {
    const result = extractReport(
      'Thứ Hai, ngày 6 tháng 5 năm 2024\n\nHội nghị Huyện ủy Nhà Bè tháng Năm\n\nSáng 8/6/2024, Huyện ủy Nhà Bè tổ chức hội nghị.',
      { file: 'late.txt', sha256: '0'.repeat(64) },
    );
    expect(result.ok && result.report.record.warnings).toContain(
      'the meeting date 2024-06-08 is after the publication date 2024-05-06',
    );
  });
});
