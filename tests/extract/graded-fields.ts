/**
 * Compares an extracted record with a hand-read answer, field by field,
 * as the extractor is graded: published date, meeting date, unit, chair,
 * term, author and the number of decisions.
 */
import type { Report } from '../../src/report/schema.ts';
import { normalizeLabel } from '../../src/vietnamese/normalize.ts';

/**
 * A person compares equal whatever spelling the source used: old or new
 * tone-mark placement ("Thuỳ", "Thùy"), a signature in capitals or not.
 */
function samePerson(got: string | null | undefined, want: string | null | undefined): boolean {
  const key = (name: string | null | undefined) => (name ? normalizeLabel(name).toLocaleLowerCase('vi') : null);
  return key(got) === key(want);
}

export interface Answer {
  published: string | null;
  meetingDate: string | null;
  unit: string;
  chair: { name: string; role: string } | null;
  term: { start: number; end: number } | null;
  author: string | null;
  decisions: number;
}

export type GradedField = keyof Answer;
export const GRADED_FIELDS: GradedField[] = [
  'published',
  'meetingDate',
  'unit',
  'chair',
  'term',
  'author',
  'decisions',
];

export function gradeField(field: GradedField, record: Report, answer: Answer): boolean {
  switch (field) {
    case 'published':
      return record.published === answer.published;
    case 'meetingDate':
      return record.meetingDate === answer.meetingDate;
    case 'unit':
      return record.unit.name === answer.unit;
    case 'chair':
      return samePerson(record.chair?.name, answer.chair?.name);
    case 'term':
      return JSON.stringify(record.term) === JSON.stringify(answer.term);
    case 'author':
      return samePerson(record.author, answer.author);
    case 'decisions':
      return record.decisions.length === answer.decisions;
  }
}

export function describeField(field: GradedField, record: Report): string {
  switch (field) {
    case 'unit':
      return record.unit.name;
    case 'chair':
      return JSON.stringify(record.chair);
    case 'decisions':
      return String(record.decisions.length);
    default:
      return JSON.stringify(record[field]);
  }
}
