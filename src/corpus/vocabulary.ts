/** Word lists for the synthetic corpus: real place names, plausible people, party vocabulary. */

export const PROVINCES = (
  'An Giang|Bà Rịa - Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|Bến Tre|Bình Định|Bình Dương|Bình Phước|' +
  'Bình Thuận|Cà Mau|Cao Bằng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Tĩnh|' +
  'Hải Dương|Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|' +
  'Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|' +
  'Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái'
).split('|');

export const CENTRAL_CITIES = ['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];

const PLACE_FIRST =
  'Tân|Phú|Bình|Long|Hòa|Vĩnh|Thạnh|An|Đức|Quảng|Hưng|Thuận|Mỹ|Phước|Cẩm|Yên|Thanh|Đông|Tây|Nam|Bắc|Kim|Hải|Xuân|Lạc|Hiệp|Trường|Gia|Ngọc|Sơn'.split(
    '|',
  );
const PLACE_SECOND =
  'Hòa|Phú|Lợi|Thành|Sơn|Bình|An|Hưng|Thuận|Xuyên|Lâm|Điền|Khánh|Tiến|Lộc|Phong|Trung|Hải|Định|Thịnh|Hà|Giang|Quang|Minh|Đông|Tây|Vinh|Mỹ|Châu|Linh'.split(
    '|',
  );

/** 900 two-syllable place names: districts, wards, communes. */
export const PLACES = PLACE_FIRST.flatMap((first) =>
  PLACE_SECOND.filter((second) => second !== first).map((second) => `${first} ${second}`),
);

export const FAMILY_NAMES =
  'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Lâm|Đoàn|Trịnh|Trương|Đinh|Lương|Tạ|Mai|Cao|Tô|Hà|Châu|Quách|Lưu'.split(
    '|',
  );
export const MIDDLE_NAMES =
  'Văn|Thị|Minh|Quốc|Hữu|Đức|Thanh|Ngọc|Xuân|Công|Hồng|Thu|Anh|Kim|Đình|Quang|Bảo|Hoài|Tấn|Trọng'.split('|');
export const GIVEN_NAMES = (
  'An|Bình|Cường|Dũng|Đạt|Giang|Hà|Hải|Hạnh|Hiếu|Hòa|Hùng|Hương|Huy|Khang|Khánh|Lan|Liên|Linh|Lộc|Long|Mai|' +
  'Minh|Nam|Nga|Nghĩa|Ngọc|Nhân|Phong|Phúc|Phương|Quân|Quang|Sơn|Tài|Tâm|Thắng|Thanh|Thảo|Thành|Thịnh|Thủy|' +
  'Tiến|Toàn|Trang|Trung|Tuấn|Tùng|Vân|Việt|Vinh|Xuân|Yến|Hậu|Kiên|Luân|Phát|Sang'
).split('|');

export const TOPICS = [
  'công tác xây dựng Đảng và hệ thống chính trị',
  'phát triển kinh tế - xã hội',
  'công tác kiểm tra, giám sát',
  'công tác dân vận',
  'công tác cán bộ',
  'chuyển đổi số',
  'xây dựng nông thôn mới',
  'cải cách hành chính',
  'quốc phòng, an ninh',
  'công tác tuyên giáo',
  'phòng, chống tham nhũng, tiêu cực',
  'thu ngân sách và giải ngân vốn đầu tư công',
  'bảo vệ môi trường',
  'an sinh xã hội',
  'phát triển đảng viên',
];

export const ACTIONS = [
  'tập trung lãnh đạo hoàn thành các chỉ tiêu',
  'đẩy nhanh tiến độ giải ngân vốn đầu tư công',
  'rà soát, bổ sung quy hoạch cán bộ',
  'nâng cao chất lượng sinh hoạt chi bộ',
  'tăng cường công tác kiểm tra, giám sát',
  'làm tốt công tác tuyên truyền, vận động Nhân dân',
  'chuẩn bị chu đáo các điều kiện tổ chức đại hội',
  'đẩy mạnh ứng dụng công nghệ thông tin',
  'giải quyết dứt điểm các vụ việc khiếu nại, tố cáo',
  'kiện toàn tổ chức bộ máy',
  'chăm lo đời sống người có công và hộ nghèo',
  'bảo đảm an ninh trật tự trên địa bàn',
  'phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể',
  'thực hiện nghiêm quy chế dân chủ ở cơ sở',
];

export const DOCUMENTS = [
  'Nghị quyết về phương hướng, nhiệm vụ năm tới',
  'Báo cáo kiểm điểm công tác lãnh đạo, chỉ đạo',
  'Kế hoạch kiểm tra, giám sát',
  'Chương trình làm việc toàn khóa',
  'Đề án phát triển đô thị',
  'Quy chế làm việc của Ban Chấp hành',
  'Tờ trình về công tác cán bộ',
  'Kế hoạch tổ chức đại hội',
];

export const FIGURES = [
  'tăng trưởng kinh tế',
  'thu ngân sách',
  'tỷ lệ hộ nghèo',
  'tỷ lệ kết nạp đảng viên',
  'giá trị sản xuất nông nghiệp',
  'tỷ lệ giải ngân',
];

export const CHROME_TAILS = [
  ['Ý kiến bạn đọc', 'refresh', 'Tổng lượt bình luận', 'Tin khác', 'Thông báo'],
  ['Chia sẻ bài viết', 'Tin liên quan'],
  ['Print      Email      Back      Top', 'Other news'],
  ['Bản in      Gửi bạn bè      Về đầu trang', 'Các tin đã đưa'],
  [],
];
