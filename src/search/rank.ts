/**
 * Re-ranking Pagefind's first results for Vietnamese.
 *
 * Vietnamese words are several syllables, and an unmarked syllable is
 * ambiguous ("thang" is tháng, thắng, thẳng…). Pagefind scores syllables
 * one by one, so "ban thuong vu" may rank a report that merely contains
 * bản, thường and vụ somewhere above one about the Ban Thường vụ. Among the
 * results Pagefind returns, this puts first the reports where the query
 * stands as written (marks and all), then those where its syllables stand
 * together in order, then the rest, keeping Pagefind's order within each.
 */
import { foldForSearch } from '../vietnamese/fold.ts';

export const MatchStrength = { Scattered: 0, Phrase: 1, ExactPhrase: 2 } as const;
export type MatchStrength = (typeof MatchStrength)[keyof typeof MatchStrength];

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) {
      if (haystack[start + offset] !== needle[offset]) continue outer;
    }
    return true;
  }
  return false;
}

/** How well a text matches a query: as written, as a folded phrase, or not as a phrase. */
export function matchStrength(query: string, text: string): MatchStrength {
  const queryWords = words(query.normalize('NFC'));
  const textWords = words(text.normalize('NFC'));
  if (containsSequence(textWords, queryWords)) return MatchStrength.ExactPhrase;
  if (containsSequence(textWords.map(foldForSearch), queryWords.map(foldForSearch))) return MatchStrength.Phrase;
  return MatchStrength.Scattered;
}

export interface RankedCandidate<T> {
  item: T;
  text: string;
}

/** Stable: Pagefind's order is kept within each strength. */
export function rerank<T>(query: string, candidates: readonly RankedCandidate<T>[]): T[] {
  return candidates
    .map((candidate, index) => ({ candidate, index, strength: matchStrength(query, candidate.text) }))
    .sort((a, b) => b.strength - a.strength || a.index - b.index)
    .map(({ candidate }) => candidate.item);
}
