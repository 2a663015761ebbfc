/**
 * The search page's state lives in its URL, so a search can be shared and
 * Back and Forward work: /tim-kiem/?q=…&don-vi=…&nam=…&sap-xep=moi-nhat
 * Parameter names are Vietnamese (readers see them); filter keys are the
 * Pagefind filter names the report pages declare.
 */
import { modernToneMarks } from '../vietnamese/tone-marks.ts';

/** Queries and filter values as the sources were normalised: NFC, modern tone marks, single spaces. */
function normalizeLabel(text: string): string {
  return modernToneMarks(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

export const FACETS = [
  { key: 'unit', param: 'don-vi' },
  { key: 'level', param: 'cap' },
  { key: 'term', param: 'nhiem-ky' },
  { key: 'year', param: 'nam' },
  { key: 'meetingType', param: 'loai' },
  { key: 'organ', param: 'co-quan' },
  { key: 'chair', param: 'chu-tri' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];
export type SortOrder = 'relevance' | 'newest' | 'oldest';

const SORT_PARAMS: Record<string, SortOrder> = { 'lien-quan': 'relevance', 'moi-nhat': 'newest', 'cu-nhat': 'oldest' };

export interface SearchState {
  query: string;
  filters: Partial<Record<FacetKey, string>>;
  sort: SortOrder;
}

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<FacetKey, string>> = {};
  for (const { key, param } of FACETS) {
    const value = params.get(param);
    if (value) filters[key] = normalizeLabel(value);
  }
  return {
    // A reader's query is normalised like the sources: "Quận uỷ" is "Quận ủy".
    query: normalizeLabel(params.get('q') ?? ''),
    filters,
    sort: SORT_PARAMS[params.get('sap-xep') ?? ''] ?? 'relevance',
  };
}

export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const { key, param } of FACETS) {
    const value = state.filters[key];
    if (value) params.set(param, value);
  }
  const sortParam = Object.entries(SORT_PARAMS).find(([, order]) => order === state.sort)?.[0];
  if (state.sort !== 'relevance' && sortParam) params.set('sap-xep', sortParam);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasCriteria(state: SearchState): boolean {
  return state.query.length > 0 || Object.values(state.filters).some(Boolean);
}
