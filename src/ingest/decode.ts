/**
 * Bytes to text, or a reason why not. Scraped archives hold UTF-8 with and
 * without a byte-order mark, UTF-16 from Windows tools, and files that are
 * not text at all; mojibake must never reach a report.
 */

export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const SIGNATURES: [string, number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['WebP or other RIFF', [0x52, 0x49, 0x46, 0x46]],
  ['executable (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

export function decodeInput(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes)' };
  for (const [name, signature] of SIGNATURES) {
    if (startsWith(bytes, signature)) return { ok: false, reason: `binary content (${name} signature), not text` };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
      return { ok: true, text, encoding: encoding.toUpperCase() };
    } catch {
      return { ok: false, reason: `not valid ${encoding.toUpperCase()} although it starts with that byte-order mark` };
    }
  }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) {
    const evenZeros = body.filter((byte, index) => index % 2 === 1 && byte === 0).length;
    if (evenZeros > body.length / 4) {
      return { ok: false, reason: 'looks like UTF-16 without a byte-order mark; save it as UTF-8' };
    }
    return { ok: false, reason: `binary content (a NUL byte at offset ${nul}), not text` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    const bad = firstInvalidUtf8Offset(body);
    return {
      ok: false,
      reason: `not valid UTF-8 (byte 0x${body[bad]?.toString(16).padStart(2, '0')} at offset ${bad}); it is probably in a legacy encoding such as Windows-1258, TCVN3 or VNI: convert it to UTF-8`,
    };
  }
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    try {
      decoder.decode(bytes.subarray(0, middle + 1), { stream: true });
      decoder.decode();
      low = middle + 1;
    } catch {
      high = middle;
    }
  }
  return low;
}
