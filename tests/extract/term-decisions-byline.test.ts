import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/extract/byline.ts';
import { findDecisions, hasDecisionTrigger, splitSentences } from '../../src/extract/decisions.ts';
import { findSession, findTerm } from '../../src/extract/term.ts';

describe('findTerm', () => {
  it('prefers the title, then the most named term', () => {
    expect(findTerm('Đại hội nhiệm kỳ 2020 – 2025', 'nhiệm kỳ 2015-2020; nhiệm kỳ 2015-2020')).toEqual({
      start: 2020,
      end: 2025,
    });
    expect(findTerm('Khảo sát', 'Trong nhiệm kỳ 2015-2020, Huyện ủy …')).toEqual({ start: 2015, end: 2020 });
  });

  it('on a tie, takes the term running when the page was published', () => {
    expect(findTerm('Hội nghị', 'chuẩn bị Đại hội nhiệm kỳ 2020-2025; kết quả nhiệm kỳ 2015-2020', 2020)).toEqual({
      start: 2015,
      end: 2020,
    });
  });

  it('is null without a term, and reads the session', () => {
    expect(findTerm('Hội nghị', 'Ban Chấp hành khóa XX')).toBeNull();
    expect(findSession('Hội nghị', 'Ban Chấp hành Đảng bộ quận khóa XII, nhiệm kỳ 2020 – 2025')).toBe('khóa XII');
  });
});

describe('decisions', () => {
  it('splits adopted items listed with semicolons', () => {
    const decisions = findDecisions([
      'Hội nghị đã thông qua Tờ trình A về công tác; Tờ trình B về cán bộ; Báo cáo C về kinh tế.',
    ]);
    expect(decisions).toHaveLength(3);
  });

  it('takes the directing clauses of a sentence, not its preamble', () => {
    const decisions = findDecisions([
      'Phát biểu chỉ đạo, đồng chí Lâm Văn Tài biểu dương kết quả đạt được; đề nghị Ban Chấp hành khóa mới khẩn trương xây dựng chương trình hành động.',
      'Hội nghị thống nhất thông qua Nghị quyết về kinh tế ban đêm và thông qua Quy chế làm việc của Ban Chấp hành.',
      'Đồng chí Bí thư giao: UBND huyện đẩy mạnh thu ngân sách năm 2022; Ban Tuyên giáo Huyện ủy tuyên truyền về lễ hội.',
    ]);
    expect(decisions).toEqual([
      'đề nghị Ban Chấp hành khóa mới khẩn trương xây dựng chương trình hành động',
      'Hội nghị thống nhất thông qua Nghị quyết về kinh tế ban đêm',
      'thông qua Quy chế làm việc của Ban Chấp hành',
      'Đồng chí Bí thư giao: UBND huyện đẩy mạnh thu ngân sách năm 2022',
      'Ban Tuyên giáo Huyện ủy tuyên truyền về lễ hội',
    ]);
  });

  it("does not take delegates' petitions and requests to higher levels for decisions", () => {
    const decisions = findDecisions([
      'Các đại biểu đã kiến nghị thành phố sớm phê duyệt quy hoạch chi tiết khu trung tâm xã.',
      'Một số ý kiến đề nghị tỉnh sớm có hướng dẫn về số lượng cấp ủy viên.',
      'Đại diện các phường đề nghị tỉnh bố trí kinh phí; 3 xã đã hoàn thiện hồ sơ đề nghị thẩm định.',
      'Kết luận hội nghị, đồng chí Bí thư đề nghị các xã hoàn thành giải phóng mặt bằng trong quý II.',
    ]);
    expect(decisions).toEqual([
      'Kết luận hội nghị, đồng chí Bí thư đề nghị các xã hoàn thành giải phóng mặt bằng trong quý II',
    ]);
  });

  it('takes "Thứ nhất, …" entries after a directive as items', () => {
    const decisions = findDecisions([
      'Đồng chí yêu cầu các cấp ủy tập trung:',
      'Thứ nhất, đẩy nhanh tiến độ giải ngân vốn đầu tư công.',
      'Thứ hai, chuẩn bị tốt các điều kiện tổ chức đại hội chi bộ.',
    ]);
    expect(decisions).toHaveLength(2);
  });

  it('takes each item of a numbered list of directives, not the sentence that announces it', () => {
    const decisions = findDecisions([
      'Đồng chí Bí thư yêu cầu các chi bộ tập trung các nội dung sau:',
      '1. Chủ động thực hiện các nhiệm vụ đã đề ra;',
      '2. Tiếp tục đổi mới phương thức lãnh đạo;',
      '3. Nâng cao chất lượng sinh hoạt chi bộ.',
    ]);
    expect(decisions).toEqual([
      'Chủ động thực hiện các nhiệm vụ đã đề ra',
      'Tiếp tục đổi mới phương thức lãnh đạo',
      'Nâng cao chất lượng sinh hoạt chi bộ',
    ]);
  });

  it('does not take an agenda for decisions', () => {
    expect(
      findDecisions([
        'Hội nghị đã nghe và cho ý kiến các nội dung:',
        '1. Báo cáo tình hình kinh tế - xã hội quý I;',
        '2. Dự thảo kế hoạch kiểm tra năm 2024.',
      ]),
    ).toEqual([]);
  });

  it('tells the verb from the noun', () => {
    expect(hasDecisionTrigger('Công tác tổ chức đảm bảo đạt yêu cầu đề ra.')).toBe(false);
    expect(hasDecisionTrigger('Theo đề nghị của Ban Tổ chức, hội nghị họp.')).toBe(false);
    expect(hasDecisionTrigger('Hội nghị giao ban quý I diễn ra sáng nay.')).toBe(false);
    expect(hasDecisionTrigger('Huyện phát huy vai trò thông qua việc ban hành nghị quyết.')).toBe(false);
    expect(hasDecisionTrigger('Có ý kiến đề nghị xem lại chỉ tiêu kết nạp đảng viên.')).toBe(false);
    expect(hasDecisionTrigger('Đồng chí yêu cầu các cơ quan duy trì nghiêm chế độ trực.')).toBe(true);
    expect(hasDecisionTrigger('Giao Ban Tuyên giáo Quận ủy chủ trì tuyên truyền.')).toBe(true);
    expect(hasDecisionTrigger('Chi bộ thống nhất vận động 100% hộ gia đình ký cam kết.')).toBe(true);
  });

  it('finds none in a ceremony report', () => {
    expect(findDecisions(['Sáng 2/9, Thị ủy tổ chức lễ trao Huy hiệu 50 năm tuổi Đảng cho 12 đảng viên.'])).toEqual([]);
  });

  it('does not split "TP. Hồ Chí Minh" into two sentences', () => {
    expect(splitSentences('Đoàn đến TP. Hồ Chí Minh làm việc. Sau đó về Hà Nội.')).toHaveLength(2);
  });
});

describe('parseByline', () => {
  it.each([
    ['Mỹ Duyên', 'Mỹ Duyên'],
    ['Tin, ảnh: Cao Khánh', 'Cao Khánh'],
    ['Thực hiện: Hoàng Anh - Minh Thư', 'Hoàng Anh - Minh Thư'],
    ['THANH TÂM', 'Thanh Tâm'],
    ['Bài và ảnh: Lê Hà (CTV)', 'Lê Hà'],
    ['Quàng Hoa - Thành ủy Điện Biên Phủ', 'Quàng Hoa'],
    ['Y Thim Êban', 'Y Thim Êban'],
    ["H'Linh Niê - Văn phòng Đảng ủy xã", "H'Linh Niê"],
  ])('%s -> %s', (line, author) => {
    expect(parseByline(line)?.author).toBe(author);
  });

  it('reads "PV" as a byline that names no one', () => {
    expect(parseByline('PV')).toEqual({ author: null, labelled: false });
  });

  it.each([
    'Toàn cảnh hội nghị',
    'Một số hình ảnh tại hội nghị:',
    'Hội nghị Ban Thường vụ Tỉnh ủy',
    'A   A',
    'TRƯỜNG THPT PHAN ĐÌNH PHÙNG',
    'BÁO KON TUM ĐIỆN TỬ',
    'Thành phố Buôn Ma Thuột - Tỉnh Đắk Lắk',
  ])('is not fooled by %s', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});
