import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type DecodingNote, decodeBuffer, decodeChunks, detectEncoding, encodeWindows1252 } from './decode';

async function decodeAllChunks(chunks: Uint8Array[], encoding: 'auto' | 'utf-8' | 'windows-1252' | 'utf-16le' = 'auto') {
  const note: DecodingNote = { encoding: 'utf-8', bom: false, detected: true };
  let text = '';
  for await (const t of decodeChunks(Readable.from(chunks.map((c) => Buffer.from(c))), encoding, note)) text += t;
  return { text, note };
}

describe('decoding', () => {
  it('reads the Windows-1252 letters that ISO-8859-1 lacks (€ ’ œ), a case Node 20’s one-shot decode gets wrong', () => {
    const bytes = Uint8Array.from([0x80, 0x20, 0x92, 0x20, 0x9c, 0x20, 0xe9]);
    expect(decodeBuffer(bytes, 'windows-1252').text).toBe('€ ’ œ é');
    expect(decodeBuffer(bytes).note).toEqual({ encoding: 'windows-1252', bom: false, detected: true });
    expect(encodeWindows1252('€ ’ œ é')).toEqual(bytes);
  });
  it('detects byte order marks, UTF-8 and Windows-1252', () => {
    expect(detectEncoding(Buffer.from('\ufeffé'))).toEqual({ encoding: 'utf-8', bom: true, detected: true });
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', bom: true, detected: true });
    expect(detectEncoding(Uint8Array.from([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: 'utf-16be', bom: true, detected: true });
    expect(detectEncoding(Buffer.from('département'))).toEqual({ encoding: 'utf-8', bom: false, detected: true });
    expect(detectEncoding(encodeWindows1252('département'))).toEqual({ encoding: 'windows-1252', bom: false, detected: true });
  });
  it('keeps a UTF-8 letter cut between two chunks whole, and drops the byte order mark', async () => {
    const bytes = Buffer.from('\ufeffaé€b');
    for (let cut = 1; cut < bytes.length; cut++) {
      const r = await decodeAllChunks([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect(r.text).toBe('aé€b');
      expect(r.note.switchedAtByte).toBeUndefined();
    }
  });
  it('reads UTF-16 cut at an odd byte', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('aé€', 'utf16le')]);
    expect((await decodeAllChunks([bytes.subarray(0, 3), bytes.subarray(3)], 'utf-16le')).text).toBe('aé€');
  });
});
