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
    return decodeLegacy(body);
  }
}

/*
 * Vietnamese text from old office machines comes in single-byte encodings.
 * Windows-1258 writes tone marks as separate combining bytes after the
 * vowel, so it can be recognised and decoded exactly. TCVN3 (ABC) and VNI
 * reuse Latin-1 letters for Vietnamese ones ("§¶ng", "Ñaûng" for "Đảng");
 * without a sure mapping of every font variant they are named and
 * rejected, never guessed into mojibake.
 */
const CP1258_TONES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);
const CP1258_LETTERS = new Set([0xd0, 0xf0, 0xc3, 0xe3, 0xd5, 0xf5, 0xdd, 0xfd, 0xc2, 0xe2, 0xca, 0xea, 0xd4, 0xf4]);
const VOWEL_BYTES = new Set(
  [...'aeiouyAEIOUY']
    .map((letter) => letter.charCodeAt(0))
    .concat([0xe2, 0xea, 0xf4, 0xe3, 0xf5, 0xfd, 0xc2, 0xca, 0xd4, 0xc3, 0xd5, 0xdd]),
);

function legacyEncodingName(bytes: Uint8Array): 'windows-1258' | 'TCVN3' | 'VNI' | null {
  let toneAfterVowel = 0;
  let vietnameseLetters = 0;
  let tcvn3 = 0;
  let vni = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (CP1258_TONES.has(byte) && index > 0 && VOWEL_BYTES.has(bytes[index - 1]!)) toneAfterVowel++;
    if (CP1258_LETTERS.has(byte)) vietnameseLetters++;
    // TCVN3: § (Đ), ® (đ), ¸ µ ¶ · ¹ (á à ả ã ạ), Ò Ó … for ơ/ư forms.
    if ([0xa7, 0xae, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9, 0xac, 0xad, 0xa9].includes(byte)) tcvn3++;
    // VNI: a vowel followed by ù ø û õ ï (tone) or Ñ ñ (Đ đ).
    if ([0xf9, 0xf8, 0xfb, 0xf5, 0xef].includes(byte) && index > 0 && VOWEL_BYTES.has(bytes[index - 1]!)) vni++;
    if (byte === 0xd1 || byte === 0xf1) vni++;
  }
  if (toneAfterVowel >= 2 && toneAfterVowel + vietnameseLetters > tcvn3 && toneAfterVowel >= vni) return 'windows-1258';
  if (tcvn3 >= 3 && tcvn3 > vni) return 'TCVN3';
  if (vni >= 3) return 'VNI';
  return null;
}

function decodeLegacy(bytes: Uint8Array): DecodeResult {
  const name = legacyEncodingName(bytes);
  if (name === 'windows-1258') {
    return { ok: true, text: new TextDecoder('windows-1258').decode(bytes).normalize('NFC'), encoding: 'Windows-1258' };
  }
  if (name) {
    return {
      ok: false,
      reason: `legacy ${name} encoding recognised; it is not read, to avoid wrong letters: convert the file to Unicode (UTF-8)`,
    };
  }
  const bad = firstInvalidUtf8Offset(bytes);
  return {
    ok: false,
    reason: `not valid UTF-8 (byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} at offset ${bad}), and not a Vietnamese encoding this tool recognises: convert it to UTF-8`,
  };
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
