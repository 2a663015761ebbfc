/**
 * Deterministic synthetic meeting reports in every format the extractor
 * reads, for benchmarks and for fuzzing at scale. Pure: a seed and an
 * index in, the file name and text out.
 */
import {
  ACTIONS,
  CENTRAL_CITIES,
  CHROME_TAILS,
  DOCUMENTS,
  FAMILY_NAMES,
  FIGURES,
  GIVEN_NAMES,
  MIDDLE_NAMES,
  PLACES,
  PROVINCES,
  TOPICS,
} from './vocabulary.ts';

/** mulberry32: small, fast and the same on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function personName(random: Random): string {
  const middle = random() < 0.7 ? ` ${pick(random, MIDDLE_NAMES)}` : '';
  return `${pick(random, FAMILY_NAMES)}${middle} ${pick(random, GIVEN_NAMES)}`;
}

interface Unit {
  committee: string;
  short: string;
  secretaryRole: string;
}

function randomUnit(random: Random): Unit {
  const province = pick(random, PROVINCES);
  const place = pick(random, PLACES);
  const roll = random();
  if (roll < 0.15) return { committee: `Tỉnh ủy ${province}`, short: 'Tỉnh ủy', secretaryRole: 'Bí thư Tỉnh ủy' };
  if (roll < 0.22) {
    const city = pick(random, CENTRAL_CITIES);
    return { committee: `Thành ủy ${city}`, short: 'Thành ủy', secretaryRole: 'Bí thư Thành ủy' };
  }
  if (roll < 0.5) return { committee: `Huyện ủy ${place}`, short: 'Huyện ủy', secretaryRole: 'Bí thư Huyện ủy' };
  if (roll < 0.6)
    return { committee: `Quận ủy Quận ${between(random, 1, 12)}`, short: 'Quận ủy', secretaryRole: 'Bí thư Quận ủy' };
  if (roll < 0.67) return { committee: `Thị ủy ${place}`, short: 'Thị ủy', secretaryRole: 'Bí thư Thị ủy' };
  if (roll < 0.82) {
    const kind = pick(random, ['phường', 'xã', 'thị trấn']);
    return { committee: `Đảng ủy ${kind} ${place}`, short: 'Đảng ủy', secretaryRole: `Bí thư Đảng ủy ${kind}` };
  }
  if (roll < 0.9) {
    return {
      committee: `Đảng ủy Quân sự tỉnh ${province}`,
      short: 'Đảng ủy Quân sự tỉnh',
      secretaryRole: 'Bí thư Đảng ủy, Chính ủy Bộ Chỉ huy Quân sự tỉnh',
    };
  }
  if (roll < 0.96) {
    return {
      committee: `Đảng ủy Khối Doanh nghiệp tỉnh ${province}`,
      short: 'Đảng ủy Khối',
      secretaryRole: 'Bí thư Đảng ủy Khối',
    };
  }
  return { committee: `Chi bộ Khu phố ${between(random, 1, 12)}`, short: 'Chi bộ', secretaryRole: 'Bí thư Chi bộ' };
}

const pad = (value: number) => String(value).padStart(2, '0');
const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

function dateLine(random: Random, date: Date): string | null {
  const [day, month, year] = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
  const time = `${pad(between(random, 6, 22))}:${pad(between(random, 0, 59))}`;
  const weekday = WEEKDAYS[date.getUTCDay()]!;
  const forms = [
    `${weekday}, ngày ${day} tháng ${month} năm ${year}`,
    `Ngày đăng ${pad(day)}/${pad(month)}/${year} | ${time}  | Lượt xem: ${between(random, 20, 4000)}`,
    `${time} !! ${pad(day)}/${pad(month)}/${year}`,
    `Cập nhật: ${pad(day)}-${pad(month)}-${year} | ${time}:${pad(between(random, 0, 59))}`,
    `${weekday}, ${pad(day)}/${pad(month)}/${year}, ${time} (GMT+7)`,
    `${pad(day)}/${pad(month)}/${year} - ${time}`,
    `Publish date ${pad(day)}/${pad(month)}/${year} | ${time}`,
    `${pad(day)}-${pad(month)}-${year} ${time}`,
  ];
  return random() < 0.08 ? null : pick(random, forms);
}

function meetingPhrase(random: Random, date: Date, withYear: boolean): string {
  const [day, month, year] = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
  if (withYear) return `${pick(random, ['Sáng', 'Chiều', 'Ngày'])} ${pad(day)}/${month}/${year}`;
  return pick(random, [
    `Ngày ${day}/${month}`,
    `Sáng ngày ${day}/${month}`,
    `Chiều ${day}/${month}`,
    `Sáng ${day}-${month}`,
    `Chiều ${day}.${month}`,
    `Ngày ${day}-${month}`,
  ]);
}

function paragraphOfFacts(random: Random, unit: Unit, year: number, staff: readonly string[]): string {
  const sentences = Array.from({ length: between(random, 3, 6) }, () => {
    const figure = pick(random, FIGURES);
    const value = `${between(random, 1, 99)},${between(random, 0, 99)}%`;
    return pick(random, [
      `Năm ${year}, ${figure} trên địa bàn ước đạt ${value}, ${pick(random, ['vượt', 'đạt', 'gần đạt'])} chỉ tiêu nghị quyết đề ra.`,
      `Công tác ${pick(random, TOPICS)} được ${unit.short} quan tâm chỉ đạo, đạt nhiều kết quả tích cực tại ${pick(random, PLACES)} và ${pick(random, PLACES)}.`,
      `Toàn Đảng bộ đã kết nạp ${between(random, 5, 300)} đảng viên mới, kiểm tra ${between(random, 3, 90)} tổ chức đảng và ${between(random, 10, 400)} đảng viên.`,
      `Bên cạnh đó, việc ${pick(random, ACTIONS)} ở một số cơ sở còn chậm, chưa đáp ứng yêu cầu nhiệm vụ.`,
      `Đồng chí ${pick(random, staff)}, Trưởng Ban ${pick(random, ['Tổ chức', 'Tuyên giáo', 'Dân vận', 'Kiểm tra'])} trình bày báo cáo về ${pick(random, TOPICS)}.`,
    ]);
  });
  return sentences.join(' ');
}

export interface SyntheticReport {
  fileName: string;
  text: string;
}

/**
 * An archive covers a set of committees whose officials recur from report
 * to report, as in life: the number of units grows with the archive (about
 * one per 30 reports, between 100 and 3,000), and each unit has a roster
 * of eight people, a secretary and a deputy first.
 */
function unitCount(total: number): number {
  return Math.min(3000, Math.max(100, Math.round(total / 30)));
}

interface Roster {
  unit: Unit;
  people: string[];
}

function roster(seed: number, unitNumber: number): Roster {
  const random = createRandom(seed * 7_919 + unitNumber * 104_729 + 1);
  return { unit: randomUnit(random), people: Array.from({ length: 8 }, () => personName(random)) };
}

/** Report number `index` of a corpus of `total` reports with this seed. */
export function generateReport(seed: number, index: number, total = 10_000): SyntheticReport {
  const random = createRandom(seed * 1_000_003 + index);
  const { unit, people } = roster(seed, Math.floor(random() * unitCount(total)));
  const year = between(random, 2005, 2025);
  const meeting = new Date(Date.UTC(year, between(random, 0, 11), between(random, 1, 28)));
  const published = new Date(meeting.getTime() + between(random, 0, 3) * 86_400_000);
  const termStart = year - ((year - 2000) % 5);
  const chair = people[random() < 0.8 ? 0 : 1]!;
  const deputy = people[chair === people[0] ? 1 : 0]!;
  const topic = pick(random, TOPICS);
  const type = pick(random, [
    'Hội nghị chuyên đề',
    'Hội nghị sơ kết',
    'Hội nghị tổng kết',
    'Giao ban',
    'Phiên họp thường kỳ',
    'Hội nghị',
  ]);
  const organ = pick(random, ['Ban Thường vụ', 'Ban Chấp hành', 'Thường trực']);

  const lines: string[] = [];
  if (random() < 0.3)
    lines.push(pick(random, ['Tin tức - Sự kiện', 'Xây dựng Đảng', 'Thời sự  >  Chính trị', 'Đảng đoàn thể']));
  const title = `${type} ${organ} ${unit.committee} về ${topic} ${random() < 0.6 ? `nhiệm kỳ ${termStart} – ${termStart + 5}` : `năm ${year}`}`;
  const line = dateLine(random, published);
  if (line && random() < 0.5) lines.push(line, title);
  else lines.push(title, ...(line ? [line] : []));
  if (random() < 0.3) lines.push(`Tin, ảnh: ${personName(random)}`);

  const site = random() < 0.3 ? `(${pick(random, ['Thanhuytphcm.vn', 'CTO', 'BNA', 'QNO', 'Baodaklak.vn'])})- ` : '';
  lines.push(
    `${site}${meetingPhrase(random, meeting, !line)}, ${organ} ${unit.committee} tổ chức ${type.toLocaleLowerCase('vi')} về ${topic}. Đồng chí ${chair}, ${unit.secretaryRole} chủ trì hội nghị. Dự hội nghị có đồng chí ${deputy}, Phó ${unit.secretaryRole}.`,
  );
  lines.push(`Toàn cảnh ${type.toLocaleLowerCase('vi')}`);
  for (let paragraph = 0; paragraph < between(random, 3, 6); paragraph++)
    lines.push(paragraphOfFacts(random, unit, year, people.slice(2)));
  if (random() < 0.5) {
    lines.push(`Hội nghị đã thống nhất thông qua ${pick(random, DOCUMENTS)}; ${pick(random, DOCUMENTS)}.`);
  }
  lines.push(`Đồng chí ${chair} phát biểu kết luận hội nghị`);
  if (random() < 0.5) {
    lines.push(`Kết luận hội nghị, đồng chí ${chair} yêu cầu các cấp ủy, tổ chức đảng tập trung các nội dung sau:`);
    const count = between(random, 2, 7);
    for (let item = 1; item <= count; item++) lines.push(`${item}. ${pick(random, ACTIONS)} trong năm ${year + 1};`);
  } else {
    lines.push(
      `Kết luận hội nghị, đồng chí ${chair} đề nghị ${pick(random, ACTIONS)}; ${pick(random, ACTIONS)}. Đồng chí giao Văn phòng ${unit.short} theo dõi, đôn đốc việc thực hiện.`,
    );
  }
  if (random() < 0.8)
    lines.push(
      random() < 0.8
        ? personName(random).split(' ').slice(-2).join(' ')
        : `Thực hiện: ${personName(random)} - ${personName(random)}`,
    );
  lines.push(...pick(random, CHROME_TAILS));
  return { fileName: `${String(index).padStart(6, '0')}-${seed}.txt`, text: `${lines.join('\n\n')}\n` };
}
