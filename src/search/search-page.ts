/**
 * The search page's script: Pagefind in the browser, with Vietnamese
 * folding (see fold-d.ts), phrase-aware re-ranking (rank.ts), facets with
 * counts, sorting, and the state in the URL (query-state.ts).
 * Every string from the index reaches the page as text or as a <mark>
 * element built here; nothing from it is parsed as HTML into the page.
 */
import { queryWithoutStroke, restoreD, strokeD } from './fold-d.ts';
import { FACETS, hasCriteria, parseSearchState, serializeSearchState, type SearchState } from './query-state.ts';
import { rerank } from './rank.ts';
import { strings } from '../site/strings.ts';
import {
  MANIFEST_FILE,
  loadedRuns,
  nextBatch,
  pagesIn,
  shardsHoldingYear,
  type SearchShard,
  type ShardManifest,
} from './shards.ts';

const text = strings.search;

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    term: string | null,
    options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindResponse>;
}

/**
 * Results re-ranked by phrase: the first page's. Each costs one fragment
 * download, which the first page of results needs anyway; going deeper
 * made a first search on 10,000 reports cost a third more bytes.
 */
const RERANK_DEPTH = 10;
const PAGE_SIZE = 10;

/** "2024-03-02" -> "02/03/2024", as Vietnamese readers write dates. */
function shortDate(date: string): string {
  return date.split('-').reverse().join('/');
}

function shardRange(first: SearchShard, last: SearchShard): string {
  const to = first.to ? shortDate(first.to) : null;
  const from = last.from ? shortDate(last.from) : null;
  const dated = from && to ? (from === to ? from : `${from} – ${to}`) : (from ?? to);
  return [dated, last.undated ? text.undated : null].filter(Boolean).join(', ');
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt is escaped HTML with <mark>: rebuilt here from text and marks only. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const nodes: Node[] = [];
  for (const child of parsed.body.firstElementChild?.childNodes ?? []) {
    const value = restoreD(child.textContent ?? '');
    nodes.push(child.nodeName === 'MARK' ? element('mark', {}, [value]) : document.createTextNode(value));
  }
  return nodes;
}

class SearchPage {
  private readonly form: HTMLFormElement;
  private readonly input: HTMLInputElement;
  private readonly results: HTMLElement;
  private readonly facets: HTMLElement;
  private readonly base: string;
  private pagefind: Pagefind | null = null;
  /**
   * The index is cut into time shards, newest first (see shards.ts); only
   * the newest is loaded at first, and older ones as the reader asks.
   */
  private manifest: ShardManifest | null = null;
  private readonly loadedShards = new Set<number>([0]);
  private allFilters: Record<string, Record<string, number>> = {};
  /**
   * Facet counts are loaded only when the reader opens the filters or the
   * URL names one: once Pagefind has its filter lists, it counts every
   * match of every search by every filter, which made a first search on
   * 30,000 reports five times slower (9.6 s instead of 1.9 s) and its
   * start-up several hundred kilobytes heavier.
   */
  private facetsLoaded = false;

  private async loadFacets(): Promise<void> {
    if (this.facetsLoaded || !this.pagefind) return;
    this.allFilters = await this.pagefind.filters();
    this.facetsLoaded = true;
  }
  private state: SearchState = parseSearchState('');
  private run = 0;

  constructor(root: HTMLElement) {
    this.form = root.querySelector('form')!;
    this.input = this.form.querySelector('input[name="q"]')!;
    this.results = root.querySelector('#search-results')!;
    this.base = root.dataset.base ?? '/';
    this.facets = element('div', { class: 'search-facets' });
    this.form.after(this.facets);
  }

  async start(): Promise<void> {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.navigate({ ...this.readForm(), query: this.input.value.trim() });
    });
    window.addEventListener('popstate', () => void this.show(parseSearchState(location.search)));
    try {
      this.pagefind = (await import(/* @vite-ignore */ `${this.base}pagefind/pagefind.js`)) as Pagefind;
      await this.pagefind.options({ excerptLength: 24 });
      await this.pagefind.init();
      this.manifest = await this.loadManifest();
    } catch {
      this.results.replaceChildren(element('p', { class: 'notice' }, [text.unavailable]));
      return;
    }
    await this.show(parseSearchState(location.search));
  }

  /** A site without a manifest (or one that fails to load) is searched as one index. */
  private async loadManifest(): Promise<ShardManifest | null> {
    try {
      const response = await fetch(`${this.base}pagefind/${MANIFEST_FILE}`);
      return response.ok ? ((await response.json()) as ShardManifest) : null;
    } catch {
      return null;
    }
  }

  private async loadShards(indexes: number[]): Promise<void> {
    const pagefind = this.pagefind;
    const shards = this.manifest?.shards ?? [];
    const missing = indexes.filter((index) => !this.loadedShards.has(index) && shards[index]);
    if (!pagefind || missing.length === 0) return;
    for (const index of missing) {
      await pagefind.mergeIndex(`${this.base}${shards[index]!.path}`);
      this.loadedShards.add(index);
    }
    // The facet lists now hold the merged shards' values too.
    if (this.facetsLoaded) {
      this.facetsLoaded = false;
      await this.loadFacets();
    }
  }

  /** A year filter needs every shard that holds reports of that year. */
  private async loadShardsFor(state: SearchState): Promise<void> {
    const year = state.filters.year;
    if (!year || !this.manifest) return;
    await this.loadShards(shardsHoldingYear(this.manifest.shards, year));
  }

  /**
   * Which reports this search covered, and a button for the next older
   * shards; nothing when every shard is loaded, or when the year filter's
   * shards all are.
   */
  private coverageNodes(state: SearchState): Node[] {
    const manifest = this.manifest;
    if (!manifest || this.loadedShards.size >= manifest.shards.length) return [];
    const year = state.filters.year;
    if (year && shardsHoldingYear(manifest.shards, year).every((index) => this.loadedShards.has(index))) return [];
    const runs = loadedRuns(manifest.shards.length, this.loadedShards).map(([first, last]) =>
      shardRange(manifest.shards[first]!, manifest.shards[last]!),
    );
    const batch = nextBatch(manifest.shards, this.loadedShards);
    const button = element('button', { type: 'button', class: 'search-older' }, [
      text.searchOlder(
        pagesIn(manifest.shards, batch),
        shardRange(manifest.shards[batch[0]!]!, manifest.shards[batch.at(-1)!]!),
      ),
    ]);
    button.addEventListener('click', () => {
      button.disabled = true;
      button.textContent = text.loading;
      void this.loadShards(batch).then(() => this.show(this.state));
    });
    return [
      element('div', { class: 'search-coverage' }, [
        element('p', {}, [text.coverage(pagesIn(manifest.shards, this.loadedShards), manifest.total, runs)]),
        button,
      ]),
    ];
  }

  private readForm(): SearchState {
    // Before the facets are loaded, the filters are the URL's.
    const filters: SearchState['filters'] = this.facetsLoaded ? {} : { ...this.state.filters };
    for (const { key } of FACETS) {
      const select = this.facets.querySelector<HTMLSelectElement>(`select[data-facet="${key}"]`);
      if (select?.value) filters[key] = select.value;
    }
    const sort = this.facets.querySelector<HTMLSelectElement>('select[data-sort]')?.value as
      SearchState['sort'] | undefined;
    return { query: this.state.query, filters, sort: sort ?? 'relevance' };
  }

  private navigate(state: SearchState): void {
    history.pushState(null, '', `${location.pathname}${serializeSearchState(state)}`);
    void this.show(state);
  }

  private renderFacets(counts: Record<string, Record<string, number>>): void {
    const controls: HTMLElement[] = [];
    for (const { key } of FACETS) {
      const values = this.allFilters[key] ?? {};
      const names = Object.keys(values).sort((a, b) =>
        key === 'year' ? b.localeCompare(a) : restoreD(a).localeCompare(restoreD(b), 'vi'),
      );
      if (names.length === 0) continue;
      const id = `facet-${key}`;
      const select = element('select', { id, 'data-facet': key }, [element('option', { value: '' }, [text.all])]);
      for (const name of names) {
        const display = restoreD(name);
        const count = counts[key]?.[name] ?? 0;
        const option = element('option', { value: display }, [`${display} (${count})`]);
        if (this.state.filters[key] === display) option.selected = true;
        select.append(option);
      }
      select.addEventListener('change', () => this.navigate(this.readForm()));
      controls.push(element('div', { class: 'facet' }, [element('label', { for: id }, [text.facets[key]]), select]));
    }
    const sort = element('select', { id: 'search-sort', 'data-sort': '' });
    for (const [value, label] of Object.entries(text.sorts)) {
      const option = element('option', { value }, [label]);
      if (this.state.sort === value) option.selected = true;
      sort.append(option);
    }
    sort.addEventListener('change', () => this.navigate(this.readForm()));
    const sortControl = element('div', { class: 'facet search-sort' }, [
      element('label', { for: 'search-sort' }, [text.sortLabel]),
      sort,
    ]);
    // Folded away until the reader opens it (or a filter is set): see facetsLoaded.
    const box = element('details', this.facetsLoaded ? { open: '' } : {}, [
      element('summary', {}, [text.refine]),
      element('div', { class: 'facet-grid' }, this.facetsLoaded ? controls : [element('p', {}, [text.loading])]),
    ]);
    box.addEventListener('toggle', () => {
      if (box.open && !this.facetsLoaded) void this.loadFacets().then(() => this.show(this.state));
    });
    // Re-rendering must not throw a keyboard user's focus back to the page's start.
    const focused = document.activeElement;
    const focusedId = focused && this.facets.contains(focused) ? focused.id || focused.tagName : null;
    this.facets.replaceChildren(sortControl, box);
    if (focusedId) {
      const target =
        (focusedId === 'SUMMARY'
          ? box.querySelector('summary')
          : this.facets.querySelector<HTMLElement>(`#${focusedId}`)) ?? box.querySelector('summary');
      target?.focus();
    }
  }

  private async show(state: SearchState): Promise<void> {
    const pagefind = this.pagefind;
    if (!pagefind) return;
    this.state = state;
    this.input.value = state.query;
    const run = ++this.run;
    await this.loadShardsFor(state);
    if (Object.keys(state.filters).length > 0) await this.loadFacets();
    if (!hasCriteria(state)) {
      this.renderFacets(this.allFilters);
      this.results.replaceChildren(element('p', {}, [text.prompt]));
      return;
    }
    const filters = Object.fromEntries(Object.entries(state.filters).map(([key, value]) => [key, strokeD(value)]));
    const sort = state.sort === 'relevance' ? undefined : ({ date: state.sort === 'newest' ? 'desc' : 'asc' } as const);
    const response = await pagefind.search(state.query ? queryWithoutStroke(state.query) : null, {
      filters,
      ...(sort ? { sort } : state.query ? {} : { sort: { date: 'desc' } as const }),
    });
    if (run !== this.run) return;
    this.renderFacets(response.filters);

    let ordered = response.results;
    // The fragments loaded to re-rank are the ones shown first: kept, not asked of Pagefind again.
    const loaded = new Map<PagefindResult, PagefindResultData>();
    if (state.query && !sort) {
      const head = await Promise.all(
        ordered.slice(0, RERANK_DEPTH).map(async (result) => {
          const data = await result.data();
          loaded.set(result, data);
          return { item: result, text: restoreD(`${data.meta.title ?? ''} ${data.content}`) };
        }),
      );
      ordered = [...rerank(state.query, head), ...ordered.slice(RERANK_DEPTH)];
    }
    if (run !== this.run) return;
    await this.renderResults(state, ordered, PAGE_SIZE, loaded);
  }

  private async renderResults(
    state: SearchState,
    results: PagefindResult[],
    shown = PAGE_SIZE,
    loaded: ReadonlyMap<PagefindResult, PagefindResultData> = new Map(),
  ): Promise<void> {
    if (results.length === 0) {
      this.results.replaceChildren(
        element('p', { class: 'notice', role: 'status' }, [text.noResults(state.query)]),
        ...this.coverageNodes(state),
      );
      return;
    }
    const items = await Promise.all(results.slice(0, shown).map((result) => loaded.get(result) ?? result.data()));
    const list = element('ol', { class: 'search-results' });
    for (const data of items) {
      const title = restoreD(data.meta.title ?? data.url);
      const details = [data.meta.date, data.meta.unit].filter(Boolean).map((value) => restoreD(value!));
      list.append(
        element('li', {}, [
          element('h2', {}, [element('a', { href: data.url }, [title])]),
          element('p', { class: 'meta' }, [details.join(' · ')]),
          element('p', { class: 'excerpt' }, excerptNodes(data.excerpt)),
        ]),
      );
    }
    const summary = element('p', { class: 'search-summary', role: 'status' }, [
      text.resultCount(results.length, state.query),
    ]);
    const children: Node[] = [summary, ...this.coverageNodes(state), list];
    if (results.length > shown) {
      const more = element('button', { type: 'button', class: 'more' }, [text.more]);
      more.addEventListener('click', () => void this.renderResults(state, results, shown + PAGE_SIZE));
      children.push(more);
    }
    this.results.replaceChildren(...children);
  }
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void new SearchPage(root).start();
