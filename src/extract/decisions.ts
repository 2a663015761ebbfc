/**
 * Decisions: what the meeting adopted (thông qua, quyết nghị) and what it
 * directed or assigned (đề nghị, yêu cầu, giao), one item each. A petition
 * (kiến nghị) is what delegates ask for, not a decision.
 * A numbered list of directives gives one item per entry; an agenda
 * ("Hội nghị đã nghe và cho ý kiến các nội dung: 1. …") gives none.
 */

import { LIST_ITEM } from './layout.ts';

/**
 * Trigger verbs, with the noun senses they must not be confused with:
 * "đạt yêu cầu" (met the requirement), "theo đề nghị của" (at the request
 * of), "giao ban" (a briefing), "thông qua việc" (by means of).
 */
const TRIGGERS: RegExp[] = [
  /(?<![\p{L}])(?<!(?:ý\s+kiến|theo|có|những|các|hồ\s+sơ|văn\s+bản|tờ\s+trình|danh\s+sách)\s)đề\s+nghị(?!\s+(?:của|này|đó))(?![\p{L}])/iu,
  /(?<![\p{L}])(?<!(?:đạt|ứng|với|theo|những|các|đúng|mọi|nhiều|là|cầu|hợp|có|về|ra|đặt|cao|trước)\s)yêu\s+cầu(?!\s+(?:đề\s+ra|nhiệm\s+vụ|của|cao|đặt\s+ra|mới|ngày\s+càng|thực\s+tiễn|công\s+tác|đã|trên|này|đó|chung|phát\s+triển|và))(?![\p{L}])/iu,
  /(?<![\p{L}])(?<!(?:được|bàn|phân|đã\s+được)\s)[Gg]iao\s*:?\s+(?:cho\s+|nhiệm\s+vụ\s+cho\s+)?(?=\p{Lu}|các\s|UBND|đồng\s+chí|cho\s)/u,
  /(?<![\p{L}])quyết\s+nghị(?![\p{L}])/iu,
  // Disciplinary rulings: "đã quyết định thi hành kỷ luật bằng hình thức khiển trách".
  /(?<![\p{L}])quyết\s+định\s+(?:thi\s+hành\s+kỷ\s+luật|kỷ\s+luật|khai\s+trừ|cảnh\s+cáo|khiển\s+trách|cách\s+chức)/iu,
  // "Chi bộ thống nhất vận động …", "Hội nghị cũng thống nhất chủ trương …";
  // not "thống nhất cao với báo cáo" (agreed with), nor "sự thống nhất".
  /(?<![\p{L}])(?<!(?:sự|tính|đoàn\s+kết|ý\s+kiến|cơ\s+bản)\s)thống\s+nhất\s+(?!cao|với|trong|của|và|ý\s+chí|thông\s+qua|về|giữa|như|đánh\s+giá|nhận\s+định|cho\s+rằng|chỉ\s+ra)(?=\p{Ll})/u,
  /(?<![\p{L}])(?:đã|đồng\s+ý|nhất\s+trí|biểu\s+quyết|thống\s+nhất|Hội\s+nghị|Đại\s+hội)\s+(?:\S+\s+){0,2}?thông\s+qua(?!\s+(?:việc|các\s+hoạt\s+động|đó|hình\s+thức|mạng|kênh))(?![\p{L}])/iu,
  /(?<![\p{L}])chỉ\s+đạo\s*:/iu,
  /(?:đoàn|đại\s+biểu|hội\s+nghị)\s+(?:\S+\s+){0,3}?(?:cho\s+rằng|nhấn\s+mạnh|lưu\s+ý)\s.{0,120}?(?<![\p{L}])(?:cần|phải)\s/iu,
];

/** Sentences that report what delegates said, not what was decided. */
const OPINION =
  /(?<!(?:nghe|tiếp\s+thu|trên\s+cơ\s+sở)\s)(?:có\s+(?:\d+\s+)?ý\s+kiến|các\s+ý\s+kiến|nhiều\s+ý\s+kiến|ý\s+kiến\s+(?:đề\s+nghị|cho\s+rằng|đề\s+xuất))/iu;

const DIRECTIVE_INTRO =
  /đề\s+nghị|yêu\s+cầu|giao|chỉ\s+đạo|nhiệm\s+vụ|giải\s+pháp|tập\s+trung|quyết\s+nghị|thông\s+qua|kết\s+luận|lưu\s+ý|nhấn\s+mạnh/iu;
const AGENDA_INTRO =
  /(?:nghe|thảo\s+luận|xem\s+xét|cho\s+ý\s+kiến|chương\s+trình\s+hội\s+nghị|nội\s+dung\s+hội\s+nghị\s+gồm|kết\s+quả\s+đạt\s+được)/iu;

/**
 * A request sent up to a higher level ("đề nghị tỉnh sớm có hướng dẫn") is
 * what delegates ask for, not what the meeting decided: the meeting
 * directs the bodies below it.
 */
const UPWARD_REQUEST =
  /(?<![\p{L}])đề\s+nghị\s+(?:với\s+)?(?:tỉnh|thành\s+phố|Trung\s+ương|cấp\s+trên|Tỉnh\s+ủy|Thành\s+ủy|Đảng\s+ủy\s+Khối|các\s+bộ)(?![\p{L}])/u;

/**
 * Words one of the triggers above needs (ignoring case, which some of them
 * do not): most sentences have none, and are settled by this one search.
 */
const ANY_TRIGGER_WORD =
  /đề\s+nghị|yêu\s+cầu|giao|quyết\s+(?:nghị|định)|thống\s+nhất|thông\s+qua|chỉ\s+đạo|cho\s+rằng|nhấn\s+mạnh|lưu\s+ý/iu;

/** A trigger verb not governed by an earlier "có ý kiến …" (a delegate's view). */
export function hasDecisionTrigger(sentence: string): boolean {
  if (!ANY_TRIGGER_WORD.test(sentence)) return false;
  // Looked for only once a trigger is found: most sentences with a trigger word have no trigger.
  let context: { opinion: RegExpExecArray | null; upward: RegExpExecArray | null } | null = null;
  return TRIGGERS.some((trigger) => {
    const match = trigger.exec(sentence);
    if (match === null) return false;
    context ??= { opinion: OPINION.exec(sentence), upward: UPWARD_REQUEST.exec(sentence) };
    const { opinion, upward } = context;
    if (opinion !== null && opinion.index <= match.index) return false;
    return upward === null || upward.index !== match.index;
  });
}

/** Splits a paragraph into sentences, not breaking "TP. Hồ Chí Minh". */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<!(?:^|\s)(?:TP|Tp|ThS|TS|PGS|GS|Đ\/c|St)\.)(?<=[.!?…])\s+(?=[\p{Lu}\d"“])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function cleanItem(text: string): string {
  return text
    .replace(LIST_ITEM, (match) => match.slice(-1))
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '')
    .replace(/[.;]+$/u, '')
    .trim();
}

/**
 * Where one sentence holds several items: clauses split by ";", a second
 * directive joined by ", đồng thời yêu cầu …", and documents adopted
 * together ("thông qua Nghị quyết … và [thông qua] Báo cáo …").
 */
const ITEM_BOUNDARY =
  /;\s*|,\s*(?=đồng\s+thời\s+(?:đề\s+nghị|yêu\s+cầu|giao)\s)|\s+và\s+(?=(?:thông\s+qua\s+)?(?:Báo\s+cáo|Nghị\s+quyết|Tờ\s+trình|Đề\s+án|Kế\s+hoạch|Chương\s+trình|Quy\s+chế|Dự\s+thảo|Quy\s+định)\s)/u;

/** One trigger sentence, split into its items. */
function itemsOfSentence(sentence: string): string[] {
  const split = sentence
    .split(ITEM_BOUNDARY)
    .map(cleanItem)
    .filter((clause) => clause.length > 0);
  // "Phát biểu chỉ đạo, đồng chí … biểu dương …; đề nghị …": what comes
  // before the first directing clause is its preamble, not an item.
  const first = split.findIndex(hasDecisionTrigger);
  const clauses = first > 0 ? split.slice(first) : split;
  const items: string[] = [];
  for (const clause of clauses) {
    const wordCount = clause.split(/\s+/).length;
    if (items.length > 0 && wordCount < 4) items[items.length - 1] += `; ${clause}`;
    else items.push(clause);
  }
  return items;
}

function isDirectiveIntro(intro: string): boolean {
  return DIRECTIVE_INTRO.test(intro) && (hasDecisionTrigger(intro) || !AGENDA_INTRO.test(intro));
}

function listLength(paragraphs: readonly string[], start: number): number {
  let end = start;
  while (end < paragraphs.length && LIST_ITEM.test(paragraphs[end]!)) end++;
  return end - start;
}

/**
 * Once a paragraph has directed something, its later sentences that say
 * what a body "cần" (needs to) or "phải" (must) do carry the same weight:
 * "Đồng chí đề nghị Huyện ủy …. Các xã cần xây dựng …".
 */
const FOLLOW_UP =
  /(?<![\p{L}])(?:cần|phải)\s|^(?:Đồng\s+thời|Bên\s+cạnh\s+đó|Ngoài\s+ra|Cùng\s+với\s+đó),\s|^(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*[,:]|^Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*[,:]/u;

function decisionsInProse(paragraph: string, announcesList: boolean): string[] {
  const sentences = splitSentences(paragraph);
  let directing = false;
  return sentences.flatMap((sentence, index) => {
    // The sentence that announces a list ("… tập trung các nội dung sau:")
    // is not an item of its own: the list's entries are.
    if (announcesList && index === sentences.length - 1) return [];
    if (hasDecisionTrigger(sentence)) {
      directing = true;
      return itemsOfSentence(sentence);
    }
    return directing && FOLLOW_UP.test(sentence) && !/^(?:\S+\s+){0,6}?(?:có|các|nhiều)\s+ý\s+kiến/iu.test(sentence)
      ? itemsOfSentence(sentence)
      : [];
  });
}

/**
 * Decisions from the article paragraphs (captions excluded), in order,
 * each as written, trimmed.
 */
export function findDecisions(paragraphs: readonly string[]): string[] {
  const decisions: string[] = [];
  let index = 0;
  while (index < paragraphs.length) {
    const paragraph = paragraphs[index]!;
    const length = listLength(paragraphs, index);
    if (length > 0) {
      const items = paragraphs.slice(index, index + length);
      const intro = paragraphs[index - 1] ?? '';
      if (length >= 2 && isDirectiveIntro(intro)) decisions.push(...items.map(cleanItem));
      else decisions.push(...items.flatMap((item) => decisionsInProse(item, false)));
      index += length;
      continue;
    }
    const announcesList =
      listLength(paragraphs, index + 1) >= 2 && /:\s*$/u.test(paragraph) && isDirectiveIntro(paragraph);
    decisions.push(...decisionsInProse(paragraph, announcesList));
    index++;
  }
  return [...new Set(decisions.filter((decision) => decision.split(/\s+/).length >= 3))];
}
