/**
 * What a shard's cache key takes of a page: the body Pagefind indexes and
 * the filter, metadata and sort tags anywhere on the page, not the links
 * around the body; and the whole page wherever that is not clear.
 */
import { describe, expect, it } from 'vitest';
import { indexedPart } from '../../src/search/indexed-part.ts';

function page({ body = 'Hội nghị Ban Thường vụ Quận ủy', related = 'Báo cáo trước', outside = '' } = {}): string {
  return [
    '<!doctype html><html lang="vi"><head><title>Báo cáo</title></head><body>',
    '<nav><a href="/">Trang chủ</a></nav>',
    `<main>${outside}<article class="report" data-pagefind-body>`,
    '<div data-pagefind-ignore><data data-pagefind-filter="unit[value]" value="Quận ủy Quận 4"></data></div>',
    `<h1 data-pagefind-meta="title">Tiêu đề</h1><section><p>${body}</p><section><p>Kết luận</p></section></section>`,
    '</article>',
    `<section class="related"><ul><li><a href="/bao-cao/x/">${related}</a></li></ul></section></main>`,
    '</body></html>',
  ].join('');
}

describe('indexedPart', () => {
  it('is the body element, whole, with the elements of the same name inside it', () => {
    const part = indexedPart(page());
    expect(part.startsWith('<article class="report" data-pagefind-body>')).toBe(true);
    expect(part.endsWith('</article>')).toBe(true);
    expect(part).toContain('Kết luận');
    expect(part).not.toContain('Báo cáo trước');
  });

  it('does not change with the links around the body, and changes with the body', () => {
    expect(indexedPart(page({ related: 'Báo cáo mới thêm' }))).toBe(indexedPart(page()));
    expect(indexedPart(page({ body: 'Hội nghị Ban Chấp hành' }))).not.toBe(indexedPart(page()));
  });

  it('takes in a filter, metadata or sort tag outside the body', () => {
    const outside = (year: string) =>
      indexedPart(page({ outside: `<data data-pagefind-filter="year[value]" value="${year}"></data>` }));
    expect(outside('2021')).toContain('data-pagefind-filter="year[value]" value="2021"');
    expect(outside('2021')).not.toBe(outside('2022'));
  });

  it('is the whole page where it cannot tell what Pagefind reads', () => {
    // A filter outside the body that takes its value from its text.
    const textFilter = page({ outside: '<span data-pagefind-filter="year">2021</span>' });
    expect(indexedPart(textFilter)).toBe(textFilter);
    // Two bodies; a body that does not close; no body at all.
    const twoBodies = page().replace('<nav>', '<nav data-pagefind-body>');
    expect(indexedPart(twoBodies)).toBe(twoBodies);
    const unclosed = page().replace('</article>', '');
    expect(indexedPart(unclosed)).toBe(unclosed);
    const plain = '<html><body><p>Không có thân bài</p></body></html>';
    expect(indexedPart(plain)).toBe(plain);
  });
});
