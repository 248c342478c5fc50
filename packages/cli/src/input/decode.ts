import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';

/** A text encoding the readers know: what `--encoding` takes (`auto` detects it). */
export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encodings `--encoding` accepts, with `auto` (the default: detected per file). */
export const INPUT_ENCODINGS = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;

/** How a file was decoded: the encoding, whether it began with a byte order mark, and whether it was detected. */
export interface DecodingNote {
  encoding: InputEncoding;
  bom: boolean;
  /** `true` when found by looking at the bytes, `false` when forced (`--encoding`). */
  detected: boolean;
  /**
   * Set when a stream that began as valid UTF-8 turned out not to be (only for streams, which
   * cannot be read twice): the text from about that byte on was read as Windows-1252.
   */
  switchedAtByte?: number;
}

/** The encoding named by a byte order mark at the start of `bytes`, with the mark's length. */
export function bomOf(bytes: Uint8Array): { encoding: InputEncoding; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * Guesses the encoding of a text from its bytes: a byte order mark (UTF-8, UTF-16), else UTF-8
 * when every sequence is valid UTF-8, else Windows-1252 (what French spreadsheets write by
 * default). A file of ASCII only is UTF-8.
 */
export function detectEncoding(bytes: Uint8Array): DecodingNote {
  const bom = bomOf(bytes);
  if (bom) return { encoding: bom.encoding, bom: true, detected: true };
  return { encoding: isUtf8(bytes) ? 'utf-8' : 'windows-1252', bom: false, detected: true };
}

/** Decodes a whole buffer (a JSON file, a small CSV): detected encoding unless one is forced. */
export function decodeBuffer(bytes: Uint8Array, forced?: InputEncoding): { text: string; note: DecodingNote } {
  const bom = bomOf(bytes);
  const note: DecodingNote = forced ? { encoding: forced, bom: bom?.encoding === forced, detected: false } : detectEncoding(bytes);
  return { text: decodeAll(bytes, note.encoding), note };
}

/**
 * Decodes bytes in one encoding, dropping a byte order mark of that encoding at the start.
 * Always in stream mode, then flushed: Node 20's one-shot `decode` reads windows-1252 as
 * ISO-8859-1 (0x80 gives U+0080 instead of €), its stream mode does not.
 */
export function decodeAll(bytes: Uint8Array, encoding: InputEncoding): string {
  const decoder = new TextDecoder(encoding);
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}

/** How many bytes at the end of `bytes` are the start of a UTF-8 sequence cut by the chunk's end. */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back]!;
    if (b < 0x80) return 0; // ASCII: nothing pending
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? back : 0;
    }
  }
  return 0;
}

/**
 * Whether a file is valid UTF-8 from its first byte to its last, read in chunks (memory stays
 * flat). Used to pick the encoding of a file before reading it, so that a file whose only accented
 * letter is on its last line is still read in one encoding.
 */
export async function isUtf8File(path: string): Promise<boolean> {
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const tail = incompleteUtf8Tail(bytes);
    if (!isUtf8(bytes.subarray(0, bytes.length - tail))) return false;
    carry = bytes.subarray(bytes.length - tail);
  }
  return carry.length === 0;
}

/**
 * Decodes a stream of bytes into text chunks. With a forced encoding, or one found before reading
 * (see {@link isUtf8File}), it decodes in that encoding. Otherwise (`auto` on a stream) the first
 * chunk decides (byte order mark, valid UTF-8, else Windows-1252); if a later chunk is not valid
 * UTF-8, the rest is read as Windows-1252 and `note.switchedAtByte` says where: the caller reports
 * it (the earlier text cannot be read again).
 */
export async function* decodeChunks(source: AsyncIterable<Uint8Array | string>, encoding: InputEncoding | 'auto', note: DecodingNote): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let mode: InputEncoding | 'auto' = encoding;
  let carry: Uint8Array = new Uint8Array(0);
  let offset = 0;
  let first = true;
  for await (const raw of source) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    if (first) {
      first = false;
      const bom = bomOf(chunk);
      if (mode === 'auto') {
        const d = detectEncoding(chunk.subarray(0, chunk.length - incompleteUtf8Tail(chunk)));
        mode = d.encoding;
        note.encoding = d.encoding;
        note.bom = d.bom;
        note.detected = true;
        if (mode === 'utf-8') mode = 'auto'; // keep checking the next chunks
      } else {
        note.encoding = mode;
        note.bom = bom?.encoding === mode;
      }
    }
    if (mode === 'auto') {
      // UTF-8 so far: check each chunk, with the bytes of a sequence cut at the previous chunk's end.
      const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const tail = incompleteUtf8Tail(bytes);
      const body = bytes.subarray(0, bytes.length - tail);
      if (isUtf8(body)) {
        decoder ??= new TextDecoder('utf-8');
        carry = bytes.subarray(bytes.length - tail);
        offset += chunk.length;
        const text = decoder.decode(body, { stream: true });
        if (text) yield text;
        continue;
      }
      note.switchedAtByte = offset;
      note.encoding = 'windows-1252';
      mode = 'windows-1252';
      decoder = new TextDecoder('windows-1252');
      offset += chunk.length;
      const text = decoder.decode(bytes, { stream: true });
      carry = new Uint8Array(0);
      if (text) yield text;
      continue;
    }
    decoder ??= new TextDecoder(mode);
    offset += chunk.length;
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  if (decoder) {
    const rest = (carry.length > 0 ? decoder.decode(carry, { stream: true }) : '') + decoder.decode();
    if (rest) yield rest;
  } else if (carry.length > 0) yield decodeAll(carry, 'windows-1252');
}

/** The label of a decoding for people (`UTF-8 avec BOM`, `Windows-1252`). */
export function encodingLabel(note: DecodingNote): string {
  const name = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', 'windows-1252': 'Windows-1252' }[note.encoding];
  return `${name}${note.bom ? ' avec BOM' : ''}${note.detected ? ' (détecté)' : ' (imposé)'}`;
}

let encodeTable: Map<string, number> | null = null;

/**
 * Encodes text in Windows-1252 (what French Excel writes), the table derived from the platform's
 * own decoder. A character the encoding lacks becomes `?`.
 */
export function encodeWindows1252(text: string): Uint8Array {
  if (!encodeTable) {
    encodeTable = new Map();
    const all = new Uint8Array(256).map((_, i) => i);
    const chars = decodeAll(all, 'windows-1252');
    for (let i = 0; i < 256; i++) if (!encodeTable.has(chars[i]!)) encodeTable.set(chars[i]!, i);
  }
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) out[n++] = encodeTable.get(ch) ?? 0x3f;
  return out.subarray(0, n);
}

/** Whether every character of a text can be written in Windows-1252. */
export function fitsWindows1252(text: string): boolean {
  encodeWindows1252('');
  for (const ch of text) if (!encodeTable!.has(ch)) return false;
  return true;
}
