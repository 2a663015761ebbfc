import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/ingest/decode.ts';
import { applyOverride, parseOverride } from '../../src/ingest/overrides.ts';
import { extractReport } from '../../src/extract/index.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeInput', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeInput(utf8('Quận ủy'))).toEqual({ ok: true, text: 'Quận ủy', encoding: 'UTF-8' });
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Đảng')]))).toMatchObject({ ok: true, text: 'Đảng' });
  });

  it('reads UTF-16 with a BOM', () => {
    const body = Buffer.from('Quận ủy Quận 4', 'utf16le');
    expect(decodeInput(new Uint8Array([0xff, 0xfe, ...body]))).toEqual({
      ok: true,
      text: 'Quận ủy Quận 4',
      encoding: 'UTF-16LE',
    });
  });

  it.each([
    [new Uint8Array(), 'empty file (0 bytes)'],
    [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'binary content (PNG signature), not text'],
    [new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), 'binary content (PDF signature), not text'],
    [
      new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x43, 0x00]),
      'looks like UTF-16 without a byte-order mark; save it as UTF-8',
    ],
  ])('rejects %o', (bytes, reason) => {
    expect(decodeInput(bytes)).toEqual({ ok: false, reason });
  });

  it('rejects a legacy single-byte encoding instead of writing mojibake', () => {
    const result = decodeInput(new Uint8Array([0x48, 0xe9, 0x20, 0x6e, 0x67, 0x68]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^not valid UTF-8 \(byte 0xe9 at offset 1\)/);
  });
});

describe('overrides', () => {
  const extracted = extractReport('Giao ban Quận uỷ quý II\n\nChiều 2/6/2023, Thường trực Quận uỷ tổ chức giao ban.', {
    file: 'a.txt',
    sha256: '0'.repeat(64),
  });
  if (!extracted.ok) throw new Error(extracted.reason);
  const record = extracted.report.record;

  it('replaces a field, keeps dates as strings and records what was corrected', () => {
    const parsed = parseOverride('published: 2023-06-03\nchair:\n  name: Ngô Mạnh Điềm\n  role: Phó Bí thư\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const applied = applyOverride(record, parsed.override);
    expect(applied.ok && applied.record).toMatchObject({
      published: '2023-06-03',
      chair: { name: 'Ngô Mạnh Điềm', role: 'Phó Bí thư' },
      corrections: ['chair', 'published'],
    });
  });

  it('fills in the slug of a corrected unit and normalises its spelling', () => {
    const parsed = parseOverride('unit:\n  name: Quận uỷ Quận 9\n  level: district\n');
    if (!parsed.ok) throw new Error(parsed.reason);
    const applied = applyOverride(record, parsed.override);
    expect(applied.ok && applied.record.unit).toEqual({
      name: 'Quận ủy Quận 9',
      level: 'district',
      slug: 'quan-uy-quan-9',
    });
  });

  it.each([
    ['publishd: 2023-06-03', '"publishd" is not a record field'],
    ['source: {file: x}', '"source" describes the input file and cannot be overridden'],
    ['- a\n- b', 'must be a mapping of record fields to corrected values'],
  ])('rejects %s', (text, reason) => {
    expect(parseOverride(text)).toEqual({ ok: false, reason });
  });

  it('validates a correction like any record', () => {
    const parsed = parseOverride('meetingDate: 2021-02-30');
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(applyOverride(record, parsed.override)).toEqual({
      ok: false,
      reason: 'field "meetingDate": Invalid ISO date',
    });
  });
});
