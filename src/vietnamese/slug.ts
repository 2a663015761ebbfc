import { foldForSearch } from './fold.ts';

/** ASCII slug: "Quận ủy Quận 4" -> "quan-uy-quan-4". */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '');
}
