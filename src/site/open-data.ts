/**
 * The open-data export: every record with all its fields, plus its slug
 * and URL. JSON keeps the record's shape; CSV flattens it to one row per
 * report for spreadsheets.
 */
import type { Report } from '../report/schema.ts';
import type { ReportEntry } from './archive-entry.ts';

export type ExportRecord = { slug: string; url: string } & Report;

export function exportRecord(entry: ReportEntry, url: string): ExportRecord {
  return { slug: entry.id, url, ...entry.data };
}

/** Lists inside one cell are one item per line; a cell may hold line breaks (it is quoted). */
const LIST_SEPARATOR = '\n';

export const CSV_COLUMNS = [
  'slug',
  'url',
  'title',
  'published',
  'publishedTime',
  'meetingDate',
  'meetingDateInferred',
  'unit.name',
  'unit.level',
  'unit.slug',
  'organ',
  'meetingType',
  'chair.name',
  'chair.role',
  'term.start',
  'term.end',
  'session',
  'decisions',
  'participants',
  'author',
  'captions',
  'source.file',
  'source.sha256',
  'source.site',
  'warnings',
  'corrections',
] as const;

type Cell = string | number | boolean | null | undefined;

function csvRow(record: ExportRecord): Record<(typeof CSV_COLUMNS)[number], Cell> {
  return {
    slug: record.slug,
    url: record.url,
    title: record.title,
    published: record.published,
    publishedTime: record.publishedTime,
    meetingDate: record.meetingDate,
    meetingDateInferred: record.meetingDateInferred,
    'unit.name': record.unit.name,
    'unit.level': record.unit.level,
    'unit.slug': record.unit.slug,
    organ: record.organ,
    meetingType: record.meetingType,
    'chair.name': record.chair?.name,
    'chair.role': record.chair?.role,
    'term.start': record.term?.start,
    'term.end': record.term?.end,
    session: record.session,
    decisions: record.decisions.join(LIST_SEPARATOR),
    participants: record.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(LIST_SEPARATOR),
    author: record.author,
    captions: record.captions.join(LIST_SEPARATOR),
    'source.file': record.source.file,
    'source.sha256': record.source.sha256,
    'source.site': record.source.site,
    warnings: record.warnings.join(LIST_SEPARATOR),
    corrections: record.corrections?.join(LIST_SEPARATOR),
  };
}

/**
 * RFC 4180 quoting. A text cell that a spreadsheet would run as a formula
 * (leading =, +, @, tab or CR) gets a leading apostrophe: the export is
 * opened by people, in Excel, from untrusted source text.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark so Excel reads Vietnamese letters; CRLF line ends. */
export function toCsv(records: readonly ExportRecord[]): string {
  return [...csvChunks(records)].join('');
}

/**
 * The CSV file in pieces, a row at a time: 100,000 records make a file of
 * a few hundred megabytes, which is written as it is made, never held whole.
 */
export function* csvChunks(records: Iterable<ExportRecord>): Generator<string> {
  yield `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;
  for (const record of records) {
    const row = csvRow(record);
    yield `${CSV_COLUMNS.map((column) => csvCell(row[column])).join(',')}\r\n`;
  }
}

/** The JSON file in pieces, a record at a time; the same text as `JSON.stringify(records, null, 2)` and a newline. */
export function* jsonChunks(records: Iterable<ExportRecord>): Generator<string> {
  let first = true;
  for (const record of records) {
    yield `${first ? '[\n' : ',\n'}  ${JSON.stringify(record, null, 2).replace(/\n/g, '\n  ')}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}
