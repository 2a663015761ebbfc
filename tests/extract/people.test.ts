import { describe, expect, it } from 'vitest';
import { canonicalRole, collectParticipants, findChair, findPersonMentions } from '../../src/extract/people.ts';
import { nameStartInRun } from '../../src/extract/names.ts';

describe('nameStartInRun', () => {
  it('finds where a name starts after a place', () => {
    expect(nameStartInRun(['Nhà', 'Bè', 'Phạm', 'Minh', 'Huấn'])).toBe(2);
    expect(nameStartInRun(['Bình', 'Dương', 'Nguyễn', 'Văn', 'Lợi'])).toBe(2);
    expect(nameStartInRun(['Thái', 'Thị', 'Bích', 'Liên'])).toBe(0);
    expect(nameStartInRun(['Nhà', 'Bè'])).toBe(-1);
  });
});

describe('findPersonMentions', () => {
  it.each([
    ['đồng chí Lâm Đình Thắng, Bí thư Quận ủy; đồng chí Trần Văn Bảy', 'Lâm Đình Thắng', 'Bí thư Quận ủy'],
    ['Bí thư Quận ủy Quận 4 Thái Thị Bích Liên phát biểu', 'Thái Thị Bích Liên', 'Bí thư Quận ủy Quận 4'],
    ['Phó Bí thư Huyện ủy huyện Nhà Bè Phạm Minh Huấn cho biết', 'Phạm Minh Huấn', 'Phó Bí thư Huyện ủy huyện Nhà Bè'],
    [
      'Đồng chí Lê Anh Xuân – Tỉnh ủy viên, Bí Thư Thành ủy, Chủ tịch UBND thành phố chủ trì',
      'Lê Anh Xuân',
      'Tỉnh ủy viên, Bí thư Thành ủy, Chủ tịch UBND thành phố',
    ],
    [
      'Đồng chí Ngô Mạnh Điềm - Phó Bí thư thường trực Quận ủy chủ trì',
      'Ngô Mạnh Điềm',
      'Phó Bí thư thường trực Quận ủy',
    ],
  ])('%s', (text, name, role) => {
    expect(findPersonMentions(text)[0]).toMatchObject({ name, role });
  });

  it('does not take a two-syllable place after "xã" for a person, but takes a person after a role ending in "tỉnh"', () => {
    expect(findPersonMentions('Tổ trưởng Tổ công tác chỉ đạo Đại hội điểm xã Quảng Tâm báo cáo.')).toEqual([]);
    expect(
      findPersonMentions('Bí thư Đảng ủy Khối các cơ quan tỉnh Nguyễn Thị Thu Trang chủ trì hội nghị.').map(
        (mention) => mention.name,
      ),
    ).toEqual(['Nguyễn Thị Thu Trang']);
  });

  it('does not take a place for a person', () => {
    expect(findPersonMentions('Bí thư Thành ủy Hà Nội cho biết')).toEqual([]);
  });
});

describe('canonicalRole', () => {
  it('lower-cases an over-capitalised title and keeps the rest as written', () => {
    expect(canonicalRole('Bí Thư Thành ủy')).toBe('Bí thư Thành ủy');
    expect(canonicalRole('Phó Bí thư thường trực Quận ủy')).toBe('Phó Bí thư thường trực Quận ủy');
  });
});

describe('findChair', () => {
  it('prefers who presided over who concluded', () => {
    expect(
      findChair([
        'Phát biểu kết luận, đồng chí Trần Văn Bảy, Phó Bí thư Quận ủy đề nghị các đơn vị tập trung.',
        'Tham dự và chủ trì hội nghị có đồng chí Lâm Đình Thắng, Bí thư Quận ủy.',
      ]),
    ).toEqual({ name: 'Lâm Đình Thắng', role: 'Bí thư Quận ủy' });
  });

  it('takes the head of a visiting delegation', () => {
    expect(
      findChair([
        'Chiều 4/4, Đoàn khảo sát do đồng chí Nguyễn Xuân Liết, Vụ trưởng Vụ Địa phương 3, Ban Tổ chức Trung ương làm trưởng đoàn khảo sát.',
      ]),
    ).toEqual({ name: 'Nguyễn Xuân Liết', role: 'Vụ trưởng Vụ Địa phương 3, Ban Tổ chức Trung ương' });
  });

  it('takes the first of several co-chairs', () => {
    expect(
      findChair([
        'Các đồng chí: Trần Quốc Hưng, Bí thư Thành ủy; Đỗ Mạnh Cường, Phó Bí thư Thường trực Thành ủy chủ trì hội nghị.',
      ])?.name,
    ).toBe('Trần Quốc Hưng');
  });

  it('is null when no one is named', () => {
    expect(findChair(['Lãnh đạo Huyện ủy chủ trì hội nghị.'])).toBeNull();
  });
});

describe('collectParticipants', () => {
  it('lists each named person once, with a role', () => {
    const people = collectParticipants([
      'Dự có đồng chí Lâm Đình Thắng, Bí thư Quận ủy; đồng chí Trần Văn Bảy, Phó Bí thư, Chủ tịch Ủy ban nhân dân quận.',
      'Đồng chí Lâm Đình Thắng, Bí thư Quận ủy phát biểu.',
    ]);
    expect(people).toEqual([
      { name: 'Lâm Đình Thắng', role: 'Bí thư Quận ủy' },
      { name: 'Trần Văn Bảy', role: 'Phó Bí thư, Chủ tịch Ủy ban nhân dân quận' },
    ]);
  });
});
