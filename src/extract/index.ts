/**
 * extractReport: one raw report's text in, a typed record and its article
 * blocks out, or a rejection that says why. Pure: no file I/O, no clock.
 */
import type { Report } from '../report/schema.ts';
import { normalizeLabel, normalizeText } from '../vietnamese/normalize.ts';
import { slugify } from '../vietnamese/slug.ts';
import { findMeetingDate, namedYears, parseDateLine, resolveMeetingDate } from './dates.ts';
import { findDecisions } from './decisions.ts';
import { readLayout, type Block } from './layout.ts';
import { collectParticipants, findChair } from './people.ts';
import { findSession, findTerm } from './term.ts';
import { findMeetingType, findOrgan, findUnit } from './unit.ts';

export type { Block } from './layout.ts';

export interface SourceInfo {
  file: string;
  sha256: string;
}

export interface ExtractedReport {
  record: Report;
  blocks: Block[];
}

export type ExtractResult = { ok: true; report: ExtractedReport } | { ok: false; reason: string };

/** Bumped whenever extraction changes, so that cached results are redone. */
export const EXTRACTOR_VERSION = 2;

const UNKNOWN_UNIT = 'Chưa xác định đơn vị';
const DATELINE_PREFIX = /^\([^()]{2,40}\)\s*[-–—:]\s*/u;

export function extractReport(rawText: string, source: SourceInfo): ExtractResult {
  const text = normalizeText(rawText);
  if (text.length === 0) return { ok: false, reason: 'empty file: it holds no text, only white space' };
  const layoutResult = readLayout(text);
  if (!layoutResult.ok) return layoutResult;
  const { title, dateLine, author, site, blocks } = layoutResult.layout;
  const warnings: string[] = [];

  const dateResult = dateLine ? parseDateLine(dateLine) : { published: null, warning: null };
  if (dateResult.warning) warnings.push(dateResult.warning);
  const published = dateResult.published;
  if (!dateLine) warnings.push('no publication date line found');

  const prose = blocks.filter((block) => block.kind !== 'caption').map((block) => block.text);
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
  const leadParagraphs = paragraphs.slice(0, 3).map((paragraph) => paragraph.replace(DATELINE_PREFIX, ''));
  const lead = leadParagraphs[0] ?? '';
  const fullText = [title, ...blocks.map((block) => block.text)].join('\n');

  const term = findTerm(title, prose.join('\n'), published ? Number(published.date.slice(0, 4)) : null);

  let meetingDate: string | null = null;
  let meetingDateInferred = false;
  const rawMeeting = findMeetingDate(leadParagraphs);
  if (rawMeeting) {
    const resolved = resolveMeetingDate(rawMeeting, {
      published: published?.date ?? null,
      namedYears: namedYears(fullText),
      termStart: term?.start ?? null,
    });
    if (resolved.ok) {
      meetingDate = resolved.value.date;
      meetingDateInferred = resolved.value.inferred;
    } else {
      warnings.push(resolved.warning);
    }
  } else {
    warnings.push('no meeting date found in the lead');
  }
  if (meetingDate && published && meetingDate > published.date) {
    warnings.push(`the meeting date ${meetingDate} is after the publication date ${published.date}`);
  }

  const unit = findUnit({ title, lead, body: prose.slice(1).join('\n') });
  if (!unit) warnings.push('no party committee is named');

  const allParagraphs = blocks.map((block) => block.text);
  const participants = collectParticipants(allParagraphs);
  const chair = findChair(allParagraphs, participants);
  if (!chair) warnings.push('no chair is named');

  const record: Report = {
    title,
    published: published?.date ?? null,
    publishedTime: published?.time ?? null,
    meetingDate,
    meetingDateInferred,
    unit: unit ?? { name: UNKNOWN_UNIT, level: 'other', slug: slugify(UNKNOWN_UNIT) },
    organ: findOrgan(title, lead),
    meetingType: findMeetingType(title, lead),
    chair,
    term,
    session: findSession(title, lead),
    decisions: findDecisions(prose),
    participants,
    author: author ? normalizeLabel(author) : null,
    captions: blocks.filter((block) => block.kind === 'caption').map((block) => block.text),
    source: { file: source.file, sha256: source.sha256, ...(site ? { site } : {}) },
    warnings,
  };
  return { ok: true, report: { record, blocks } };
}
