/** Records for the site helpers' tests: real-looking, built from one default. */
import type { Report } from '../../src/report/schema.ts';
import type { ReportEntry } from '../../src/site/archive-entry.ts';

export function report(overrides: Partial<Report> = {}): Report {
  return {
    title: 'Hội nghị chuyên đề (mở rộng) Ban Chấp hành Đảng bộ Quận 4 nhiệm kỳ 2020 – 2025',
    published: '2021-03-05',
    publishedTime: null,
    meetingDate: '2021-01-08',
    meetingDateInferred: true,
    unit: { name: 'Quận ủy Quận 4', level: 'district', slug: 'quan-uy-quan-4' },
    organ: 'Ban Chấp hành',
    meetingType: 'Hội nghị chuyên đề',
    chair: { name: 'Thái Thị Bích Liên', role: 'Bí thư Quận ủy Quận 4' },
    term: { start: 2020, end: 2025 },
    session: 'khóa XII',
    decisions: ['Thông qua Tờ trình Chương trình hành động'],
    participants: [{ name: 'Thái Thị Bích Liên', role: 'Bí thư Quận ủy Quận 4' }],
    author: 'Mỹ Duyên',
    captions: [],
    source: { file: '000_3cc35aac2edb11df.txt', sha256: 'c'.repeat(64) },
    warnings: [],
    ...overrides,
  };
}

export function entry(id: string, overrides: Partial<Report> = {}): ReportEntry {
  return { id, data: report(overrides) };
}

export const quan9 = { name: 'Quận ủy Quận 9', level: 'district', slug: 'quan-uy-quan-9' } as const;
export const thanhUy = { name: 'Thành ủy', level: 'city', slug: 'thanh-uy' } as const;

/** Four reports of three units: one undated and with no term, one person named in three of them in other spellings. */
export const archive = [
  entry('quan-4-2021', {}),
  entry('quan-4-2020', {
    meetingDate: '2020-08-01',
    published: '2020-08-02',
    organ: 'Ban Thường vụ',
    chair: { name: 'Lê Văn Minh', role: 'Phó Bí thư Quận ủy' },
    participants: [{ name: 'Thái Thị Bích Liên', role: 'Phó Bí thư thường trực' }],
    term: { start: 2015, end: 2020 },
  }),
  entry('quan-9', {
    unit: quan9,
    meetingDate: '2020-08-21',
    chair: { name: 'Lâm Đình Thắng', role: 'Bí thư Quận ủy' },
    participants: [
      { name: 'Lâm Đình Thắng', role: '' },
      { name: 'Trần Văn Bảy', role: '' },
    ],
    meetingType: 'Hội nghị tổng kết',
  }),
  entry('thanh-uy-undated', {
    unit: thanhUy,
    meetingDate: null,
    published: null,
    chair: null,
    participants: [{ name: 'THÁI THỊ BÍCH LIÊN', role: 'Bí thư Quận ủy Quận 4' }],
    term: null,
  }),
];
