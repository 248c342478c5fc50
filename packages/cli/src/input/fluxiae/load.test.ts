import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { findFluxIaeFiles, FluxIaeInputError, fluxIaeTableOfFile, loadFluxIae, streamLines } from './load';

const dir = mkdtempSync(join(tmpdir(), 'siae-fluxiae-load-'));
afterAll(() => rmSync(dir, { recursive: true }));

describe('FluxIAE files', () => {
  it('recognises the export’s file names, with or without the date suffix, gzipped or not', () => {
    expect(fluxIaeTableOfFile('/x/fluxIAE_EtatMensuelIndiv_29032021_090124.csv')).toBe('fluxIAE_EtatMensuelIndiv');
    expect(fluxIaeTableOfFile('fluxIAE_RefMotifSort.csv.gz')).toBe('fluxIAE_RefMotifSort');
    expect(fluxIaeTableOfFile('fluxIAE_AnnexeFinanciere_29032021_090124.csv')).toBeNull();
    expect(fluxIaeTableOfFile('sorties.csv')).toBeNull();
  });

  it('refuses two files for one table, naming both', async () => {
    const d = mkdtempSync(join(dir, 'two-'));
    writeFileSync(join(d, 'fluxIAE_Salarie_1.csv'), '');
    writeFileSync(join(d, 'fluxIAE_Salarie_2.csv'), '');
    await expect(findFluxIaeFiles([d])).rejects.toThrow(FluxIaeInputError);
  });

  it('streams lines split across chunks, reads a Windows-1252 line as such, and gunzips .csv.gz', async () => {
    const lines: string[] = [];
    const reader = { push: (l: string) => lines.push(l), close: () => {} };
    const latin = Buffer.from([0x52, 0x65, 0x74, 0x72, 0x61, 0x69, 0x74, 0x20, 0x63, 0x6f, 0x6e, 0x73, 0x74, 0x61, 0x74, 0xe9, 0x65, 0x73]);
    const input = Readable.from([Buffer.from('a|b\nc|'), Buffer.from('d\n'), latin, Buffer.from('\nlast')]);
    expect(await streamLines(input, reader)).toBe('windows-1252');
    expect(lines).toEqual(['a|b', 'c|d', 'Retrait constatées', 'last']);

    const d = mkdtempSync(join(dir, 'gz-'));
    const text = ['DEB', 'rcs_id|rcs_code|rcs_libelle', '5|5|Retrait des sorties constatées', 'FIN'].join('\n');
    writeFileSync(join(d, 'fluxIAE_RefCategorieSort_01012025.csv.gz'), gzipSync(text));
    writeFileSync(join(d, 'fluxIAE_RefMotifSort_01012025.csv'), ['DEB', 'rms_id|rms_code|rms_libelle|rcs_id', '15|5|Prise des droits à la retraite|5', 'FIN'].join('\n'));
    writeFileSync(join(d, 'fluxIAE_Missions_01012025.csv'), 'DEB\nx|y\nFIN\n');
    const loaded = await loadFluxIae([d]);
    expect(loaded.issues).toEqual([]);
    expect(loaded.mapping?.rows.RETRAITE).toEqual({ category: 'withdrawn', assumed: false });
    expect(loaded.otherFiles).toBe(1);
    await expect(loadFluxIae([d], { require: ['fluxIAE_EtatMensuelIndiv'] })).rejects.toThrow('fluxIAE_EtatMensuelIndiv');
  });
});
