/**
 * The unit: the party committee whose meeting a report is about, in one
 * canonical spelling, so that "Quận uỷ Quận 4", "Ban Thường vụ Quận ủy Quận
 * 4" and "Đảng bộ Quận 4" all land on "Quận ủy Quận 4".
 */
import type { Unit, UnitLevel } from '../report/schema.ts';
import { foldForSearch } from '../vietnamese/fold.ts';
import { slugify } from '../vietnamese/slug.ts';
import { isCapitalisedWord, nameStartInRun } from './names.ts';

type CommitteeKind = 'Tỉnh ủy' | 'Thành ủy' | 'Quận ủy' | 'Huyện ủy' | 'Thị ủy' | 'Đảng ủy' | 'Chi bộ';

interface UnitCandidate {
  name: string;
  level: UnitLevel;
  /** The committee without its place ("Quận ủy", "Đảng ủy phường"): bare mentions join a named one of the same kind. */
  kind: string;
  /** The place, or null for a bare "Quận ủy". */
  place: string | null;
}

/** Cities under the central government: their Thành ủy is at province level. */
const CENTRAL_CITIES = new Set(['ha noi', 'thanh pho ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue']);

const PLACE_ALIASES = new Map([
  ['tphcm', 'Thành phố Hồ Chí Minh'],
  ['tp.hcm', 'Thành phố Hồ Chí Minh'],
  ['tp hcm', 'Thành phố Hồ Chí Minh'],
  ['hcm', 'Thành phố Hồ Chí Minh'],
  ['ho chi minh', 'Thành phố Hồ Chí Minh'],
  ['thanh pho ho chi minh', 'Thành phố Hồ Chí Minh'],
]);

/** Capitalised words that start an organ or another body, never a place. */
const NOT_A_PLACE = new Set(
  'Ban Thường Văn Ủy Đảng Hội Đoàn UBND HĐND MTTQ Mặt Công Khóa Nhiệm Lần Về Tổ Và Trong Tại Cùng Với Đã'.split(' '),
);

const LEVEL_WORD = /^(?:tỉnh|thành\s+phố|tp\.?|quận|huyện|thị\s+xã|phường|xã|thị\s+trấn)\s+/iu;

/**
 * Reads the place written after a committee word: "Quận 4", "huyện Nhà
 * Bè", "Cần Thơ", "TP.HCM". Stops before a person's name that follows
 * ("Quận ủy Quận 4 Thái Thị Bích Liên").
 */
function readPlace(after: string, kind: CommitteeKind): string | null {
  let rest = after.replace(/^\s+/, '');
  const levelWord = LEVEL_WORD.exec(rest);
  const levelText = levelWord ? levelWord[0].trim() : '';
  if (levelWord) rest = rest.slice(levelWord[0].length);
  const alias = /^(TP\.?\s?HCM|TPHCM|HCM)(?![\p{L}])/u.exec(rest);
  if (alias) return 'Thành phố Hồ Chí Minh';
  const number = /^(\d{1,2})(?!\d|[/.,-]\d)/.exec(rest);
  if (number) {
    if (kind === 'Quận ủy') return `Quận ${number[1]}`;
    if (levelText) return `${levelText.charAt(0).toUpperCase()}${levelText.slice(1).toLowerCase()} ${number[1]}`;
    return null;
  }
  const run: string[] = [];
  for (const word of rest.split(/\s+/)) {
    const clean = word.replace(/[,.;:)!?"”]+$/u, '');
    if (!isCapitalisedWord(clean) || (run.length === 0 && NOT_A_PLACE.has(clean))) break;
    run.push(clean);
    if (clean !== word || run.length >= 6) break;
  }
  if (run.length === 0) return null;
  const nameStart = nameStartInRun(run);
  // "Bí thư Thành ủy Lê Anh Xuân": the run is the secretary, not the city.
  if (nameStart === 0 && run.length >= 3 && foldForSearch(run.join(' ')) !== 'ho chi minh') return null;
  const place = (nameStart >= 1 ? run.slice(0, nameStart) : run).slice(0, 4).join(' ');
  const placeKey = foldForSearch(levelText ? `${levelText} ${place}` : place);
  return PLACE_ALIASES.get(placeKey) ?? PLACE_ALIASES.get(foldForSearch(place)) ?? place;
}

function levelOf(kind: CommitteeKind, place: string | null): UnitLevel {
  switch (kind) {
    case 'Tỉnh ủy':
      return 'province';
    case 'Thành ủy':
      return place && CENTRAL_CITIES.has(foldForSearch(place)) ? 'province' : 'city';
    case 'Quận ủy':
    case 'Huyện ủy':
    case 'Thị ủy':
      return 'district';
    case 'Chi bộ':
      return 'cell';
    case 'Đảng ủy':
      return 'other';
  }
}

function candidate(kind: CommitteeKind, place: string | null): UnitCandidate {
  return { name: place ? `${kind} ${place}` : kind, level: levelOf(kind, place), kind, place };
}

/** "Đảng ủy phường Bến Thành", "Đảng ủy Quân sự tỉnh Phú Thọ": the kind carries the level word. */
function partyCommittee(kind: string, level: UnitLevel, place: string | null): UnitCandidate {
  return { name: place ? `${kind} ${place}` : kind, level, kind, place };
}

const WORDS_AFTER_BODY = new Set(
  (
    'tổ đã đang sẽ họp về và với tại nhằm nhiệm lần khóa trong để cho của theo được là có ' +
    'tiến khai thông triển ban sơ tổng quán học kỷ năm thực chỉ nghe đánh xem cùng do trên từ'
  ).split(' '),
);

/** Abbreviations of bodies' names, written out in the unit's name. */
const BODY_ABBREVIATIONS = new Map([
  ['BĐBP', 'Bộ đội Biên phòng'],
  ['CHQS', 'Chỉ huy Quân sự'],
  ['CA', 'Công an'],
]);

/** Up to ten words of a body's name, stopping at the verb that follows it. */
function readBodyName(after: string): string {
  const taken: string[] = [];
  const words = after.trim().split(/\s+/);
  for (const [index, word] of words.entries()) {
    const clean = word.replace(/[,.;:)!?"”]+$/u, '');
    // "Khối Cơ quan và Doanh nghiệp tỉnh": "và" joins two capitalised parts of one name.
    if (clean === 'và' && taken.length > 0 && /^\p{Lu}/u.test(words[index + 1] ?? '')) {
      taken.push(clean);
      continue;
    }
    // "Bộ đội Biên phòng (BĐBP) tỉnh Kiên Giang": skip the abbreviation.
    if (/^\([\p{Lu}\d]{2,}\)$/u.test(word)) continue;
    if (/^[(“"–—-]/u.test(word)) break;
    if (taken.length > 0 && WORDS_AFTER_BODY.has(clean.toLowerCase())) break;
    if (clean.length === 0) break;
    taken.push(clean);
    if (clean !== word || taken.length >= 10) break;
  }
  return taken.join(' ');
}

/** Lower-case words that belong inside a cell's name ("Khu phố 5", "trường THPT Lê Lợi"). */
const CELL_NAME_WORDS = new Set('phố dân cư xóm ấp thôn bản buôn trường phòng khối tổ cơ quan ủy ban nhân'.split(' '));

/** "Khu phố 5 sinh hoạt …" -> "Khu phố 5"; "ấp 3 tổ chức …" -> "ấp 3". */
function readCellName(after: string): string {
  const words = after.trim().split(/\s+/);
  const taken: string[] = [];
  for (const [index, word] of words.entries()) {
    const clean = word.replace(/[,.;:)!?"”]+$/u, '');
    if (clean.length === 0 || /^[(“"–—-]/u.test(word)) break;
    const fits = /^[\p{Lu}\d]/u.test(clean) || CELL_NAME_WORDS.has(clean.toLowerCase());
    // "Chi bộ Trường THCS Lê Lợi tổ chức …": the verb, not a "tổ" of the cell.
    const verb = clean.toLowerCase() === 'tổ' && /^chức(?![\p{L}])/u.test(words[index + 1] ?? '');
    if (!fits || verb) break;
    taken.push(clean);
    if (clean !== word || taken.length >= 8) break;
  }
  return taken.join(' ');
}

interface Mention {
  unit: UnitCandidate;
  index: number;
  /** "Đảng bộ" mentions name the membership; they weigh less than the committee. */
  weight: number;
}

const CELL_PLACE_WORDS =
  /^(?:ấp|thôn|xóm|bản|buôn|khu\s+phố|tổ\s+dân\s+phố|khu\s+dân\s+cư|trường|phòng|cơ\s+quan|khối)\s+\S/iu;

const COMMITTEE = /(?<![\p{L}])(Tỉnh|Thành|Quận|Huyện|Thị)\s+ủy(?!\s+viên)(?![\p{L}])/giu;
const PARTY_COMMITTEE = /(?<![\p{L}])Đảng\s+ủy(?!\s+viên)(?![\p{L}])/gu;
const CELL = /(?<![\p{L}])Chi\s+bộ(?![\p{L}])/gu;
const PARTY_ORGANISATION =
  /(?<![\p{L}])Đảng\s+bộ\s+(tỉnh|thành\s+phố|quận|huyện|thị\s+xã|phường|xã|thị\s+trấn|Quân\s+sự)(?![\p{L}])/giu;

/**
 * The text just after a match: a unit's name is a few words, and slicing
 * the whole rest of the text for each of thousands of mentions would make
 * a long report quadratic.
 */
function following(text: string, match: RegExpMatchArray): string {
  const start = match.index! + match[0].length;
  return text.slice(start, start + 200);
}

function capitalise(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`;
}

/** Every unit named in a stretch of text, in order. */
export function findUnitMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const match of text.matchAll(COMMITTEE)) {
    const kind = `${capitalise(match[1]!)} ủy` as CommitteeKind;
    const place = readPlace(following(text, match), kind);
    mentions.push({ unit: candidate(kind, place), index: match.index, weight: 1 });
  }
  for (const match of text.matchAll(PARTY_COMMITTEE)) {
    const after = following(text, match);
    const communal = /^\s+(phường|xã|thị\s+trấn)(?![\p{L}])\s*/iu.exec(after);
    if (communal) {
      const subKind = communal[1]!.toLowerCase().replace(/\s+/g, ' ');
      const place = readPlace(after.slice(communal[0].length), 'Đảng ủy');
      mentions.push({ unit: partyCommittee(`Đảng ủy ${subKind}`, 'commune', place), index: match.index, weight: 1 });
      continue;
    }
    const military =
      /^\s+(?:Bộ\s+Chỉ\s+huy\s+)?Quân\s+sự\s+(tỉnh|thành\s+phố|quận|huyện|thị\s+xã)(?![\p{L}])\s*/iu.exec(after);
    if (military) {
      const levelWord = military[1]!.toLowerCase().replace(/\s+/g, ' ');
      const place = readPlace(after.slice(military[0].length), 'Đảng ủy');
      mentions.push({
        unit: partyCommittee(`Đảng ủy Quân sự ${levelWord}`, 'military', place),
        index: match.index,
        weight: 1,
      });
      continue;
    }
    const bodyName = readBodyName(after)
      .split(' ')
      .map((word) => BODY_ABBREVIATIONS.get(word) ?? word)
      .join(' ');
    if (bodyName && /^\p{Lu}/u.test(bodyName)) {
      const level: UnitLevel = /^khối/iu.test(bodyName)
        ? 'bloc'
        : /quân\s+sự|biên\s+phòng/iu.test(bodyName)
          ? 'military'
          : 'other';
      // "Khối Doanh nghiệp tỉnh Đồng Nai": the place after the level word is
      // what a bare "Đảng ủy Khối Doanh nghiệp tỉnh" elsewhere refers to.
      const placed = /^(.*?(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã))\s+(\p{Lu}.*)$/u.exec(bodyName);
      const unit = placed
        ? partyCommittee(`Đảng ủy ${placed[1]}`, level, placed[2]!)
        : partyCommittee(`Đảng ủy ${bodyName}`, level, null);
      mentions.push({ unit, index: match.index, weight: 1 });
    }
  }
  for (const match of text.matchAll(CELL)) {
    const bodyName = readCellName(following(text, match));
    // "Chi bộ Khu phố 5", "Chi bộ ấp 3", "Chi bộ trường THPT Lê Lợi"; not "Chi bộ cũng thống nhất".
    if (bodyName && (/^\p{Lu}/u.test(bodyName) || CELL_PLACE_WORDS.test(bodyName))) {
      mentions.push({ unit: candidate('Chi bộ', bodyName), index: match.index, weight: 1 });
    }
  }
  for (const match of text.matchAll(PARTY_ORGANISATION)) {
    const levelWord = match[1]!.toLowerCase().replace(/\s+/g, ' ');
    const after = following(text, match);
    const kindByLevel: Record<string, CommitteeKind> = {
      tỉnh: 'Tỉnh ủy',
      'thành phố': 'Thành ủy',
      quận: 'Quận ủy',
      huyện: 'Huyện ủy',
      'thị xã': 'Thị ủy',
    };
    const kind = kindByLevel[levelWord];
    if (kind) {
      const number = kind === 'Quận ủy' ? /^\s*(\d{1,2})(?!\d)/.exec(after) : null;
      const place = number ? `Quận ${number[1]}` : /^\s+\p{Lu}/u.test(after) ? readPlace(after, kind) : null;
      mentions.push({ unit: candidate(kind, place), index: match.index, weight: 0.5 });
    } else if (levelWord === 'quân sự') {
      continue;
    } else {
      const place = /^\s+\p{Lu}/u.test(after) ? readPlace(after, 'Đảng ủy') : null;
      mentions.push({
        unit: partyCommittee(`Đảng ủy ${levelWord}`, 'commune', place),
        index: match.index,
        weight: 0.5,
      });
    }
  }
  // "Đảng bộ Quận 4": the district's party organisation, with its number.
  for (const match of text.matchAll(/(?<![\p{L}])Đảng\s+bộ\s+Quận\s+(\d{1,2})(?!\d)/gu)) {
    mentions.push({ unit: candidate('Quận ủy', `Quận ${match[1]}`), index: match.index, weight: 0.5 });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

const ORGANISED = /(?<!Ban)\s(?:tổ\s+chức|họp|tiến\s+hành|khai\s+mạc|triệu\s+tập)(?![\p{L}])/iu;

const VISITED =
  /(?:làm\s+việc\s+(?:với|tại)|kiểm\s+tra|khảo\s+sát|giám\s+sát|thăm|đối\s+với)\s+(?:(?:Ban\s+Thường\s+vụ|Ban\s+Chấp\s+hành|Thường\s+trực|tập\s+thể)\s+)?$/iu;

export interface UnitText {
  title: string;
  lead: string;
  body: string;
}

/**
 * The unit with the most weight: a mention in the title or the lead
 * weighs more, and the committee that "tổ chức" (organised) the meeting
 * weighs most. A bare "Quận ủy" joins the one named Quận ủy of the text;
 * with none named, the unit stays bare rather than invented.
 */
export function findUnit({ title, lead, body }: UnitText): Unit | null {
  const scored: { mention: Mention; score: number }[] = [];
  const add = (text: string, factor: number) => {
    for (const mention of findUnitMentions(text)) {
      const clause =
        text
          .slice(mention.index, mention.index + 160)
          .replace(/\([^)]*\)/g, '')
          .split(/[,.;:]/)[0] ?? '';
      // The committee that organised the meeting, named so in the lead, is
      // nearly always the report's own unit.
      const organiser = ORGANISED.test(clause) ? (factor >= 2 ? 10 : 1) : 0;
      // A delegation "làm việc với" or "kiểm tra" a committee: the visited
      // committee is the report's unit, as in a survey of Huyện ủy Nhà Bè.
      const before = text.slice(Math.max(0, mention.index - 40), mention.index);
      const visited = factor >= 2 && VISITED.test(before) ? 10 : 0;
      scored.push({ mention, score: mention.weight * factor + organiser + visited });
    }
  };
  add(title, 3);
  add(lead, 2);
  add(body, 1);
  if (scored.length === 0) return null;

  const named = new Map<string, UnitCandidate[]>();
  for (const { mention } of scored) {
    if (mention.unit.place) {
      const list = named.get(mention.unit.kind) ?? [];
      if (!list.some((unit) => unit.name === mention.unit.name)) list.push(mention.unit);
      named.set(mention.unit.kind, list);
    }
  }
  const totals = new Map<string, { unit: UnitCandidate; score: number; first: number }>();
  scored.forEach(({ mention, score }, order) => {
    let unit = mention.unit;
    const sameKind = named.get(unit.kind);
    if (!unit.place && sameKind?.length === 1) unit = sameKind[0]!;
    const entry = totals.get(unit.name) ?? { unit, score: 0, first: order };
    entry.score += score;
    totals.set(unit.name, entry);
  });
  const best = [...totals.values()].sort((a, b) => b.score - a.score || a.first - b.first)[0]!;
  const unit = best.unit.place ? best.unit : (placeNamedInText(best.unit, `${title}\n${lead}\n${body}`) ?? best.unit);
  return { name: unit.name, level: unit.level, slug: slugify(unit.name) };
}

const LEVEL_WORD_OF_KIND: Record<string, string> = {
  'Tỉnh ủy': 'tỉnh',
  'Huyện ủy': 'huyện',
  'Quận ủy': 'quận',
  'Thị ủy': 'thị xã',
  'Thành ủy': 'thành phố',
};

/**
 * A bare "Tỉnh ủy" whose province the text does name elsewhere, once
 * ("… tỉnh Hà Giang …"), takes that place. With no such place, or with
 * several, the unit stays bare: nothing is invented.
 */
function placeNamedInText(unit: UnitCandidate, text: string): UnitCandidate | null {
  const levelWord = LEVEL_WORD_OF_KIND[unit.kind] ?? /(tỉnh|huyện|quận|thị xã|thành phố)$/u.exec(unit.kind)?.[1];
  if (!levelWord) return null;
  const places = new Set<string>();
  const pattern = new RegExp(`(?<![\\p{L}])${levelWord.replace(' ', '\\s+')}\\s+(?=\\p{Lu})`, 'gu');
  for (const match of text.matchAll(pattern)) {
    const place = readPlace(following(text, match), 'Đảng ủy');
    if (place) places.add(place);
  }
  if (places.size !== 1) return null;
  const place = [...places][0]!;
  const kind = LEVEL_WORD_OF_KIND[unit.kind] ? (unit.kind as CommitteeKind) : null;
  return kind ? candidate(kind, place) : { ...unit, name: `${unit.kind} ${place}`, place };
}

const ORGANS: [RegExp, string][] = [
  [/Ban\s+Chấp\s+hành/iu, 'Ban Chấp hành'],
  [/Ban\s+Thường\s+vụ/iu, 'Ban Thường vụ'],
  [/Thường\s+trực\s+(?:Tỉnh|Thành|Quận|Huyện|Thị|Đảng)\s+ủy/iu, 'Thường trực'],
  [/Đại\s+hội\s+(?:đại\s+biểu\s+)?(?:Đảng\s+bộ|Chi\s+bộ|lần\s+thứ)/iu, 'Đại hội'],
  [/Ủy\s+ban\s+Kiểm\s+tra/iu, 'Ủy ban Kiểm tra'],
  [/Ban\s+Tổ\s+chức\s+(?:Tỉnh|Thành|Quận|Huyện|Thị|Đảng)\s+ủy/iu, 'Ban Tổ chức'],
  [/Ban\s+Tuyên\s+giáo(?:\s+và\s+Dân\s+vận)?\s+(?:Tỉnh|Thành|Quận|Huyện|Thị|Đảng)\s+ủy/iu, 'Ban Tuyên giáo'],
  [/Ban\s+Dân\s+vận\s+(?:Tỉnh|Thành|Quận|Huyện|Thị|Đảng)\s+ủy/iu, 'Ban Dân vận'],
  [/Ban\s+Nội\s+chính\s+(?:Tỉnh|Thành|Quận|Huyện|Thị|Đảng)\s+ủy/iu, 'Ban Nội chính'],
];

/** The organ that met, named first in the title, else in the lead. */
export function findOrgan(title: string, lead: string): string | null {
  for (const text of [title, lead]) {
    let best: { index: number; organ: string } | null = null;
    for (const [pattern, organ] of ORGANS) {
      const match = pattern.exec(text);
      if (match && (!best || match.index < best.index)) best = { index: match.index, organ };
    }
    if (best) return best.organ;
  }
  return null;
}

const MEETING_TYPES: [RegExp, string][] = [
  [/hội\s+nghị\s+tổng\s+kết/iu, 'Hội nghị tổng kết'],
  [/hội\s+nghị\s+sơ\s+kết/iu, 'Hội nghị sơ kết'],
  [/hội\s+nghị\s+chuyên\s+đề/iu, 'Hội nghị chuyên đề'],
  [/(?:hội\s+nghị\s+)?giao\s+ban/iu, 'Giao ban'],
  [/phiên\s+họp\s+thường\s+kỳ/iu, 'Phiên họp thường kỳ'],
  [/phiên\s+họp/iu, 'Phiên họp'],
  [/đại\s+hội/iu, 'Đại hội'],
  [/(?:buổi\s+|đoàn\s+)?khảo\s+sát/iu, 'Khảo sát'],
  [/(?:buổi\s+|đoàn\s+)?giám\s+sát/iu, 'Giám sát'],
  [/(?:đoàn\s+)?kiểm\s+tra/iu, 'Kiểm tra'],
  [/học\s+tập,?\s+quán\s+triệt/iu, 'Hội nghị học tập, quán triệt'],
  [/buổi\s+làm\s+việc|làm\s+việc\s+với/iu, 'Làm việc'],
  [/hội\s+nghị/iu, 'Hội nghị'],
  [/kỳ\s+họp/iu, 'Kỳ họp'],
];

function earliestType(text: string): string | null {
  let best: { index: number; length: number; type: string } | null = null;
  for (const [pattern, type] of MEETING_TYPES) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (!best || match.index < best.index || (match.index === best.index && match[0].length > best.length)) {
      best = { index: match.index, length: match[0].length, type };
    }
  }
  return best?.type ?? null;
}

/**
 * The kind of meeting: what the lead says was organised ("tổ chức hội
 * nghị chuyên đề"), else what the title names first, else the lead's.
 */
export function findMeetingType(title: string, lead: string): string | null {
  const organised = /(?:tổ\s+chức|tiến\s+hành|khai\s+mạc|họp)\s+(.{0,60})/iu.exec(lead);
  return (organised && earliestType(organised[1]!)) ?? earliestType(title) ?? earliestType(lead);
}
