/**
 * The collections the site is built from, all read from the report files
 * that the ingest CLI writes (content/reports):
 *
 * - `reports`: the reports whose pages this build renders, with bodies.
 * - `catalogue`: every report's record, without its body, for the listing
 *   pages (units, people, terms, years, feeds, open data).
 * - `links`: for each report page, its neighbours and related reports.
 * - `summary`: one entry, the counts and newest reports that the index
 *   pages show (src/site/summary.ts).
 * - `scope`: when the listings are rendered in several builds, one entry
 *   saying which listing pages this build renders (src/site/listing-scope.ts);
 *   none when a build renders them all.
 *
 * A small archive is one build, and the first three cover every report. A large
 * one is rendered in parts (src/build/parts.ts): each part build gets a
 * bounded `reports` folder and its `links`, and an empty catalogue; one
 * more build renders the listings from the catalogue alone. So no build
 * holds every body in memory. A still larger archive has its listings
 * rendered in several builds too (src/build/listing-plan.ts), each given
 * the records its pages list and the summary, so no build holds every
 * record either. The build script hands the part's folders
 * and files over in the environment; without them (astro dev, a plain
 * astro build) everything is read from the report folder.
 *
 * The schema is the one the ingest CLI validates with, so a hand-edited
 * file with bad front matter fails the build, naming the file and the field.
 */
import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { readCatalogue, type CatalogueEntry } from './build/catalogue.ts';
import { listedReportSchema, reportSchema } from './report/schema.ts';
import { listingScopeSchema, SCOPE_ID, type ListingScope } from './site/listing-scope.ts';
import { reportLinks, type ReportLinks } from './site/neighbours.ts';
import { archiveSummarySchema, summarise, SUMMARY_ID, type ArchiveSummary } from './site/summary.ts';

const archiveFolder = process.env.BIEN_NIEN_REPORTS ?? './content/reports';
const pagesFolder = process.env.BIEN_NIEN_PAGES ?? archiveFolder;

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}

let catalogueRead: Promise<CatalogueEntry[]> | undefined;

/** Read once: the summary is made from it too when not handed over. */
function catalogue(): Promise<CatalogueEntry[]> {
  const file = process.env.BIEN_NIEN_CATALOGUE;
  catalogueRead ??= file ? readJson<CatalogueEntry[]>(file) : readCatalogue(archiveFolder);
  return catalogueRead;
}

async function summary(): Promise<ArchiveSummary> {
  const file = process.env.BIEN_NIEN_SUMMARY;
  return file ? readJson<ArchiveSummary>(file) : summarise(await catalogue());
}

async function links(): Promise<Record<string, ReportLinks>> {
  const file = process.env.BIEN_NIEN_LINKS;
  if (file) return JSON.parse(await readFile(file, 'utf8')) as Record<string, ReportLinks>;
  const pages = await readCatalogue(pagesFolder);
  return Object.fromEntries(
    reportLinks(
      await readCatalogue(archiveFolder),
      pages.map((entry) => entry.id),
    ),
  );
}

/**
 * Every entry goes into the data store that Astro serialises, reads back
 * and bundles as a module in each build, so each megabyte in it costs
 * several times over. The rendered Markdown keeps a copy of the front
 * matter, which no page reads; it is left out, as is the raw body
 * (`retainBody: false`): together nearly a third of the store.
 */
function withoutFrontMatterCopy(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        store: {
          ...context.store,
          set: (entry) => {
            if (entry.rendered?.metadata) delete entry.rendered.metadata.frontmatter;
            return context.store.set(entry);
          },
        },
      }),
  };
}

const listedSchema = z.object({
  id: z.string(),
  data: reportSchema.pick({ title: true, meetingDate: true, published: true, unit: true }),
});

export const collections = {
  reports: defineCollection({
    loader: withoutFrontMatterCopy(glob({ pattern: '*.md', base: pagesFolder, retainBody: false })),
    schema: reportSchema,
  }),
  catalogue: defineCollection({
    loader: async () => (await catalogue()).map((entry) => ({ ...entry.data, id: entry.id })),
    schema: listedReportSchema,
  }),
  summary: defineCollection({
    loader: async () => [{ ...(await summary()), id: SUMMARY_ID }],
    schema: archiveSummarySchema,
  }),
  scope: defineCollection({
    loader: async () => {
      const file = process.env.BIEN_NIEN_SCOPE;
      return file ? [{ ...(await readJson<ListingScope>(file)), id: SCOPE_ID }] : [];
    },
    schema: listingScopeSchema,
  }),
  links: defineCollection({
    loader: async () => Object.entries(await links()).map(([id, entry]) => ({ ...entry, id })),
    schema: z.object({
      previous: listedSchema.nullable(),
      next: listedSchema.nullable(),
      related: z.array(listedSchema),
    }),
  }),
};
