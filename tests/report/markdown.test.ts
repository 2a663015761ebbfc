import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';
import { blocksToMarkdown } from '../../src/report/markdown.ts';

describe('blocksToMarkdown', () => {
  it('escapes Markdown and HTML in source text', () => {
    const markdown = blocksToMarkdown([
      { kind: 'paragraph', text: '# không phải tiêu đề' },
      { kind: 'paragraph', text: '*nhấn* [liên kết](javascript:alert(1)) ![ảnh](x.png) <script>alert(1)</script>' },
    ]);
    expect(markdown).toBe(
      '\\# không phải tiêu đề\n\n\\*nhấn\\* \\[liên kết]\\(javascript:alert(1)) !\\[ảnh]\\(x.png) \\<script>alert(1)\\</script>\n',
    );
  });

  it('writes a caption as a figure caption with escaped text', () => {
    expect(blocksToMarkdown([{ kind: 'caption', text: 'Toàn cảnh <b>hội nghị</b> & "khách"' }])).toBe(
      '<figure class="photo-caption"><figcaption>Toàn cảnh &lt;b&gt;hội nghị&lt;/b&gt; &amp; &quot;khách&quot;</figcaption></figure>\n',
    );
  });

  it('writes numbered directives as an ordered list', () => {
    expect(
      blocksToMarkdown([
        { kind: 'listItem', text: '1. Chủ động thực hiện;' },
        { kind: 'listItem', text: '2. Tiếp tục đổi mới.' },
      ]),
    ).toBe('1. Chủ động thực hiện;\n2. Tiếp tục đổi mới.\n');
  });

  it('leaves no raw tag from a hostile report', () => {
    const text = readFileSync(new URL('../fixtures/reports/hostile-markup.txt', import.meta.url), 'utf8');
    const result = extractReport(text, { file: 'hostile-markup.txt', sha256: '0'.repeat(64) });
    if (!result.ok) throw new Error(result.reason);
    const markdown = blocksToMarkdown(result.report.blocks);
    // Every "<" is escaped, except in the caption figure this module writes itself.
    expect(markdown.match(/(?<!\\)<(?!\/?fig)/g)).toBeNull();
    for (const raw of ['](javascript', '![']) expect(markdown).not.toContain(raw);
  });
});
