import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';
import { findMeetingType, findOrgan, findUnit } from '../../src/extract/unit.ts';

function unitOf(title: string, lead: string, body = '') {
  return findUnit({ title, lead, body });
}

describe('findUnit', () => {
  it.each([
    [
      'Hội nghị Ban Chấp hành Đảng bộ Quận 4',
      'Ngày 8/1, Quận ủy Quận 4 tổ chức hội nghị.',
      'Quận ủy Quận 4',
      'district',
    ],
    [
      'Hội nghị Tỉnh ủy lần thứ 15',
      'Sáng 5/3, Tỉnh ủy Quảng Nam tổ chức Hội nghị lần thứ 15.',
      'Tỉnh ủy Quảng Nam',
      'province',
    ],
    ['Hội nghị sơ kết', 'Chiều 4/4, Thành ủy Cần Thơ tổ chức hội nghị.', 'Thành ủy Cần Thơ', 'province'],
    ['Hội nghị sơ kết', 'Chiều 4/4, Thành ủy Sầm Sơn tổ chức hội nghị.', 'Thành ủy Sầm Sơn', 'city'],
    ['Khảo sát', 'Đoàn làm việc với Huyện ủy huyện Nhà Bè Phạm Minh Huấn.', 'Huyện ủy Nhà Bè', 'district'],
    ['Hội nghị', 'Sáng 2/3, Thị ủy Sơn Tây tổ chức hội nghị.', 'Thị ủy Sơn Tây', 'district'],
    ['Hội nghị', 'Ban Thường vụ Đảng ủy phường Bến Thành tổ chức hội nghị.', 'Đảng ủy phường Bến Thành', 'commune'],
    ['Hội nghị', 'Đảng ủy Quân sự tỉnh Phú Thọ họp phiên thường kỳ.', 'Đảng ủy Quân sự tỉnh Phú Thọ', 'military'],
    ['Làm việc', 'Đoàn công tác làm việc với Ban Thường vụ Huyện ủy Cư M’gar.', 'Huyện ủy Cư M’gar', 'district'],
    [
      'Sinh hoạt chuyên đề',
      'Chi bộ Trường THCS Lê Lợi tổ chức sinh hoạt chuyên đề.',
      'Chi bộ Trường THCS Lê Lợi',
      'cell',
    ],
    [
      'Hội nghị',
      'Ngày 6/7, Đảng ủy BĐBP tỉnh Hà Giang tổ chức hội nghị.',
      'Đảng ủy Bộ đội Biên phòng tỉnh Hà Giang',
      'military',
    ],
    [
      'Hội nghị',
      'Ngày 13-12-2023, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Ninh Bình tổ chức hội nghị.',
      'Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Ninh Bình',
      'bloc',
    ],
    [
      'Hội nghị',
      'Đảng ủy Khối Doanh nghiệp tỉnh Đồng Nai tổ chức hội nghị.',
      'Đảng ủy Khối Doanh nghiệp tỉnh Đồng Nai',
      'bloc',
    ],
    [
      'Chi bộ Khu phố 5 sinh hoạt định kỳ',
      'Ngày 3-12, Chi bộ Khu phố 5 (Đảng bộ phường Linh Tây) tổ chức sinh hoạt.',
      'Chi bộ Khu phố 5',
      'cell',
    ],
  ])('%s / %s -> %s', (title, lead, name, level) => {
    expect(unitOf(title, lead)).toMatchObject({ name, level });
  });

  it('reads the old tone placement as the same unit, once the text is normalised', () => {
    const result = extractReport('Hội nghị Quận uỷ Quận 4 tháng 3\n\nNgày 8/3, Quận uỷ Quận 4 tổ chức hội nghị.', {
      file: 'old-tone.txt',
      sha256: '0'.repeat(64),
    });
    expect(result.ok && result.report.record.unit).toEqual({
      name: 'Quận ủy Quận 4',
      level: 'district',
      slug: 'quan-uy-quan-4',
    });
  });

  it('joins a bare "Quận ủy" to the one named Quận ủy', () => {
    expect(
      unitOf('Giao ban', 'Quận ủy Quận 9 tổ chức giao ban.', 'Văn phòng Quận ủy; Quận ủy; Quận ủy.'),
    ).toMatchObject({
      name: 'Quận ủy Quận 9',
      slug: 'quan-uy-quan-9',
    });
  });

  it('does not invent a place the text never names', () => {
    expect(unitOf('Giao ban trực thuộc Quận ủy', 'Chiều 2/6, Thường trực Quận ủy tổ chức hội nghị.')).toMatchObject({
      name: 'Quận ủy',
      slug: 'quan-uy',
    });
  });

  it('does not take the secretary for the city', () => {
    expect(
      unitOf('Hội nghị', 'Thường trực Thành ủy tổ chức. Đồng chí Bí thư Thành ủy Lê Anh Xuân chủ trì.')?.name,
    ).toBe('Thành ủy');
  });

  it('ignores "Tỉnh ủy viên", a member\'s title', () => {
    expect(unitOf('Hội nghị', 'Thường trực Huyện ủy Nhà Bè tổ chức; đồng chí A, Tỉnh ủy viên, dự.')?.name).toBe(
      'Huyện ủy Nhà Bè',
    );
  });

  it('returns null when no committee is named', () => {
    expect(unitOf('Tin văn hóa', 'Một lễ hội diễn ra tại địa phương.')).toBeNull();
  });
});

describe('findOrgan and findMeetingType', () => {
  it('names the organ first named in the title, else the lead', () => {
    expect(findOrgan('Hội nghị Ban Chấp hành Đảng bộ Quận 4', '')).toBe('Ban Chấp hành');
    expect(findOrgan('Giao ban', 'Thường trực Quận ủy tổ chức')).toBe('Thường trực');
    expect(findOrgan('Đại hội đại biểu Đảng bộ xã Phù Ninh', '')).toBe('Đại hội');
    expect(findOrgan('Tin tức', 'Một buổi gặp mặt.')).toBeNull();
  });

  it('takes the kind of meeting the lead says was organised', () => {
    expect(
      findMeetingType('Quận 9: Tổ chức Hội nghị Tổng kết công tác Đại hội', 'Quận ủy tổ chức Hội nghị Tổng kết.'),
    ).toBe('Hội nghị tổng kết');
    expect(findMeetingType('Giao ban chuyên đề', 'Thường trực tổ chức hội nghị giao ban chuyên đề')).toBe('Giao ban');
    expect(findMeetingType('Ban Thường vụ cho ý kiến về Đại hội', 'Thành ủy tổ chức Hội nghị Ban Thường vụ')).toBe(
      'Hội nghị',
    );
    expect(findMeetingType('Đại hội Đảng bộ xã', 'Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I')).toBe('Đại hội');
  });
});
