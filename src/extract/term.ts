/** The term (nhiệm kỳ) and the session (khóa) a report belongs to. */
import type { Term } from '../report/schema.ts';

const TERM = /nhiệm\s+kỳ\s*(?:\(\s*)?(\d{4})\s*[-–—]\s*(\d{4})/giu;
const SESSION = /\bkhóa\s+([IVXLC]{1,8})(?![\p{L}])/u;

function termsIn(text: string): Term[] {
  return [...text.matchAll(TERM)]
    .map((match) => ({ start: Number(match[1]), end: Number(match[2]) }))
    .filter((term) => term.end > term.start && term.end - term.start <= 10);
}

/**
 * The term named in the title; else the one the text names most (on a tie, the
 * one running at publication, then the earlier-named); else null.
 */
export function findTerm(title: string, body: string, publishedYear: number | null = null): Term | null {
  const inTitle = termsIn(title);
  if (inTitle.length > 0) return inTitle[0]!;
  const counts = new Map<string, { term: Term; count: number; first: number }>();
  termsIn(body).forEach((term, index) => {
    const key = `${term.start}-${term.end}`;
    const entry = counts.get(key) ?? { term, count: 0, first: index };
    entry.count++;
    counts.set(key, entry);
  });
  // On a tie, the term that was running when the page was published: in
  // early 2020 a report names both the sitting 2015-2020 committee and the
  // coming 2020-2025 congress.
  const running = (term: Term) =>
    publishedYear !== null && term.start < publishedYear && publishedYear <= term.end ? 0 : 1;
  const best = [...counts.values()].sort(
    (a, b) => b.count - a.count || running(a.term) - running(b.term) || a.first - b.first,
  )[0];
  return best ? best.term : null;
}

/** "khóa XII" as written in the title or the lead, else null. */
export function findSession(title: string, lead: string): string | null {
  const match = SESSION.exec(title) ?? SESSION.exec(lead);
  return match ? `khóa ${match[1]}` : null;
}
