import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../src/vietnamese/fold.ts';
import { modernToneMarks, normalizeLabel, normalizeText } from '../../src/vietnamese/normalize.ts';
import { slugify } from '../../src/vietnamese/slug.ts';

describe('modernToneMarks', () => {
  it.each([
    ['Quận uỷ', 'Quận ủy'],
    ['QUẬN UỶ', 'QUẬN ỦY'],
    ['Uỷ ban', 'Ủy ban'],
    ['hoà bình', 'hòa bình'],
    ['thuỷ lợi', 'thủy lợi'],
    ['khoẻ mạnh', 'khỏe mạnh'],
    ['khoá XII', 'khóa XII'],
    ['tuỳ', 'tùy'],
  ])('moves the mark of an open "oa/oe/uy" to the first vowel: %s', (input, expected) => {
    expect(modernToneMarks(input)).toBe(expected);
  });

  it.each(['Hoàng', 'hoàn thành', 'quý', 'Quỳnh', 'ngoài', 'khuya', 'huỳnh'])('leaves %s alone', (word) => {
    expect(modernToneMarks(word)).toBe(word);
  });

  it('treats a decomposed (NFD) source like a composed one', () => {
    expect(modernToneMarks('Quận uỷ'.normalize('NFD'))).toBe('Quận ủy');
  });
});

describe('normalizeText', () => {
  it('removes the BOM, CRLF, non-breaking and zero-width spaces, and repeated blanks', () => {
    expect(normalizeText('\uFEFFHội\u00A0nghị\u200B  Tỉnh uỷ\r\n\r\n\r\n\r\nDòng  hai \r\n')).toBe(
      'Hội nghị Tỉnh ủy\n\nDòng hai',
    );
  });

  it('composes to NFC', () => {
    expect(normalizeText('Đảng bộ'.normalize('NFD'))).toBe('Đảng bộ'.normalize('NFC'));
  });

  it('makes a label one line', () => {
    expect(normalizeLabel(' Thái Thị\nBích Liên ')).toBe('Thái Thị Bích Liên');
  });
});

describe('foldForSearch', () => {
  it('drops marks, folds đ to d and lower-cases', () => {
    expect(foldForSearch('Lâm Đình Thắng, Quận ỦY')).toBe('lam dinh thang, quan uy');
  });
});

describe('slugify', () => {
  it('makes ASCII slugs with đ as d', () => {
    expect(slugify('Quận ủy Quận 4')).toBe('quan-uy-quan-4');
    expect(slugify('Đảng ủy phường Bến Thành')).toBe('dang-uy-phuong-ben-thanh');
  });

  it('gives the same slug for either tone placement', () => {
    expect(slugify('Quận uỷ')).toBe(slugify('Quận ủy'));
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify(
      'Hội nghị chuyên đề (mở rộng) Ban Chấp hành Đảng bộ Quận 4 nhiệm kỳ 2020 – 2025 về công tác cán bộ',
    );
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).not.toMatch(/-$/);
    expect(slug.startsWith('hoi-nghi-chuyen-de-mo-rong')).toBe(true);
  });
});
