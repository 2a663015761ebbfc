/**
 * The front matter must read back as the record it was written from, by
 * both YAML readers that read it: js-yaml 4 (Astro's content loader and the
 * build's catalogue) and gray-matter's js-yaml 3 (YAML 1.1).
 */
import fc from 'fast-check';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_PIECES } from '../../src/corpus/adversarial.ts';
import { frontMatterYaml } from '../../src/report/front-matter.ts';

function readBack(record: Record<string, unknown>) {
  const text = frontMatterYaml(record as Parameters<typeof frontMatterYaml>[0]);
  return { text, yaml4: yaml.load(text), yaml3: matter(`---\n${text}---\nthân bài\n`, {}).data };
}

/** Strings a reader could take for something else, or that break a plain scalar. */
const TRICKY = [
  '2021-02-30',
  '2023-06-02 17:12',
  '17:12',
  'yes',
  'No',
  'off',
  'NULL',
  'y',
  '~',
  '',
  ' ',
  '123',
  '1e3',
  '0x1F',
  '.inf',
  '-',
  '- mục',
  'a: b',
  'kết luận:',
  'a #b',
  '#x',
  "'trích'",
  '"trích"',
  'đầu ',
  ' cuối',
  'dòng\nmới',
  'tab\tở giữa',
  '\u0085\u007f\u009f\ufffe',
  '\u2028',
  '[a]',
  '{a}',
  '&neo',
  '*bí danh',
  '!thẻ',
  '|',
  '>',
  '%',
  '@',
  '`',
  'Đ/c Nguyễn Văn A – Bí thư Quận ủy',
  'Quận uỷ Quận 4 (nhiệm kỳ 2020 – 2025); 100% chi bộ',
  'Yêu cầu “Sổ tay đảng viên”… được không?',
];

describe('frontMatterYaml', () => {
  it('reads back as the record, nested lists and maps included', () => {
    const record = {
      title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh',
      published: '2021-02-30',
      publishedTime: '08:05',
      meetingDateInferred: false,
      corrections: undefined,
      unit: { name: 'Quận ủy Quận 4', level: 'district', slug: 'quan-uy-quan-4' },
      chair: null,
      term: { start: 2020, end: 2025 },
      decisions: ['Thứ nhất, tập trung lãnh đạo', 'kết luận: thống nhất'],
      participants: [
        { name: 'Nguyễn Văn A', role: 'Bí thư' },
        { name: 'Trần Thị B', role: '' },
      ],
      captions: [],
      empty: {},
      nested: [[], [1, [true, null]], { only: undefined }],
      warnings: TRICKY,
    };
    const { yaml4, yaml3 } = readBack(record);
    const expected = JSON.parse(JSON.stringify(record));
    expect(yaml4).toEqual(expected);
    expect(yaml3).toEqual(expected);
  });

  it('quotes dates and times, so YAML never turns 2021-02-30 into another day', () => {
    const { text } = readBack({ published: '2021-02-30', publishedTime: '17:12' });
    expect(text).toBe('published: "2021-02-30"\npublishedTime: "17:12"\n');
  });

  it('writes plain Vietnamese text plain, one line per value', () => {
    const { text } = readBack({
      unit: { name: 'Quận ủy Quận 4', slug: 'quan-uy-quan-4' },
      participants: [{ name: 'Nguyễn Văn A', role: 'Phó Bí thư thường trực' }],
    });
    expect(text).toBe(
      [
        'unit:',
        '  name: Quận ủy Quận 4',
        '  slug: quan-uy-quan-4',
        'participants:',
        '  - name: Nguyễn Văn A',
        '    role: Phó Bí thư thường trực',
        '',
      ].join('\n'),
    );
  });

  it('reads back any string, by both readers', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.array(fc.constantFrom(...TRICKY, ...ADVERSARIAL_PIECES), { maxLength: 6 }).map((pieces) => pieces.join(' ')),
    );
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 4 }), (value, list) => {
        const record = { value, list, map: { value } };
        const { yaml4, yaml3 } = readBack(record);
        expect(yaml4).toEqual(record);
        expect(yaml3).toEqual(record);
      }),
      { numRuns: 2000 },
    );
  });
});
