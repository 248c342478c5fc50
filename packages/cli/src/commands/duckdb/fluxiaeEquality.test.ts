import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateFluxIae } from '@siae/sample-data';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeWindows1252 } from '../../input/decode';
import { main } from '../../main';
import { capture } from '../../testing/captureIo';
import { FLUXIAE_DUCKDB_DEFAULT_ABOVE_BYTES, fluxIaeAutoPicksDuckDb } from './fluxiaeSource';

// The DuckDB engine reads a FluxIAE export as the JS engine does: on the bundled sample and on
// generated exports broken in the ways exports break (a row cut by a newline, lines of the wrong
// width, versions of a month, the same exit with two reasons, unknown contracts and motifs, bad
// dates and hours, no FIN line, CRLF, Windows-1252 lines, personal columns), `--engine duckdb` and
// `--engine js` give the same rates, the same rows left out and the same exit code.

const sample = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'sample', 'fluxiae');
const root = mkdtempSync(join(tmpdir(), 'siae-flux-eq-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Json = {
  indicators: { id: string; value: number | null; numerator?: number; denominator?: number; detail?: Record<string, number | null> }[];
  rowIssues?: { file: string; line: number; table: string; column: string | null; messageEn: string }[];
  issues?: { code: string }[];
  rejectedRows?: number;
  duplicateRows?: number;
  droppedExits?: number;
  otherIssues?: number;
  period: { from: string; to: string };
};

async function run(paths: string[], engine: string, extra: readonly string[] = []): Promise<{ code: number; json: Json; out: string; err: string }> {
  const io = capture();
  const code = await main(['report', '--input-format', 'fluxiae', ...paths, '--format', 'json', '--engine', engine, ...extra], io);
  return { code, json: code === 2 ? ({} as Json) : (JSON.parse(io.out) as Json), out: io.out, err: io.err };
}

/** The JS engine's issues sorted as the DuckDB engine counts them. */
function jsCounts(json: Json) {
  // The reading's issues (rowIssues) and the calculation's (issues: exits without their structure or a contract before them).
  const read = json.rowIssues ?? [];
  const calc = json.issues ?? [];
  const duplicates = read.filter((i) => /already read|same exit declared/.test(i.messageEn)).length;
  const other = read.filter((i) => !/already read|same exit declared/.test(i.messageEn) && (i.line === 0 || i.table.startsWith('fluxIAE_Ref') || /required column missing/.test(i.messageEn))).length;
  return { rejected: read.length - duplicates - other, duplicates, other, dropped: calc.length };
}

async function expectSame(paths: string[], extra: readonly string[] = []): Promise<void> {
  const js = await run(paths, 'js', extra);
  const duck = await run(paths, 'duckdb', extra);
  expect(duck.code, duck.err).toBe(js.code);
  if (js.code === 2) return;
  expect(duck.json.period).toEqual(js.json.period);
  const byId = new Map(js.json.indicators.map((i) => [i.id, i]));
  for (const i of duck.json.indicators) {
    const j = byId.get(i.id)!;
    expect({ id: i.id, value: i.value, numerator: i.numerator, denominator: i.denominator }).toEqual({ id: i.id, value: j.value, numerator: j.numerator, denominator: j.denominator });
    for (const k of ['durable', 'transition', 'positive', 'other', 'withdrawn', 'belowThreshold']) expect(i.detail?.[k], `${i.id} ${k}`).toBe(j.detail?.[k]);
  }
  const c = jsCounts(js.json);
  expect({ rejected: duck.json.rejectedRows, duplicates: duck.json.duplicateRows, other: duck.json.otherIssues, dropped: duck.json.droppedExits }).toEqual(c);
}

describe('siae report --input-format fluxiae: the DuckDB engine gives what the JS engine gives', () => {
  it('on the bundled FluxIAE sample (rates, rows left out, exit code)', async () => {
    await expectSame([sample]);
    await expectSame([sample], ['--from', '2025-01-01', '--to', '2025-06-30', '--variant', 'uriae']);
    const duck = await run([sample], 'duckdb');
    expect(duck.json.indicators.find((i) => i.id === 'dynamic-exit-rate')?.denominator).toBeGreaterThan(0);
  }, 60_000);

  it('never lets a personal column reach an output, read by DuckDB or by the JS parser (a cut row)', async () => {
    const dir = join(root, 'personal');
    mkdirSync(dir);
    const files = generateFluxIae({ seed: 3, parcours: 30 });
    const nir = '185055935050145';
    const iban = 'FR7630001007941234567890185';
    for (const [name, text] of Object.entries(files)) {
      const lines = text.trimEnd().split('\n');
      if (/ContratMission|EtatMensuelIndiv/.test(name)) {
        // A NIR, a name and a bank account in columns of the big tables, and one row cut by a newline in the monthly states.
        lines[1] = `salarie_nir|${lines[1]}|salarie_nom_usage|structure_bban`;
        for (let i = 2; i < lines.length - 1; i++) lines[i] = `${nir}|${lines[i]}|DUPONTEL|${iban}`;
        if (/EtatMensuelIndiv/.test(name)) lines.splice(3, 1, ...lines[3]!.replace('|', '\n|').split('\n'));
      }
      writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
    }
    for (const format of ['json', 'table', 'csv']) {
      const io = capture();
      const code = await main(['report', '--input-format', 'fluxiae', dir, '--engine', 'duckdb', '--format', format], io);
      expect(code).toBeLessThan(2);
      for (const value of [nir, iban, 'DUPONTEL']) expect(io.out + io.err).not.toContain(value);
    }
    await expectSame([dir]);
  }, 60_000);

  it('on generated exports broken in the ways exports break (property)', async () => {
    const mutation = fc.record({
      kind: fc.constantFrom('cut', 'version', 'otherReason', 'badDate', 'unknownContract', 'otherPerson', 'badHours', 'unknownMotif', 'fdi', 'dupContract', 'short', 'extraEmpty', 'blank', 'latin1'),
      table: fc.constantFrom('ContratMission', 'EtatMensuelIndiv', 'EtatMensuelIndiv', 'Salarie'),
      at: fc.nat(),
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({ seed: fc.integer({ min: 1, max: 10_000 }), parcours: fc.integer({ min: 5, max: 40 }), rehires: fc.constantFrom(0, 0.3), withCategories: fc.boolean() }),
        fc.array(mutation, { maxLength: 6 }),
        fc.record({ noFin: fc.boolean(), crlf: fc.boolean(), noMotifs: fc.boolean(), gzip: fc.boolean() }),
        fc.constantFrom([], ['--from', '2025-01-01', '--to', '2025-12-31']),
        async (options, mutations, whole, period) => {
          const files = generateFluxIae(options);
          const lines: Record<string, string[]> = {};
          for (const [name, text] of Object.entries(files)) lines[name] = text.trimEnd().split('\n');
          const latin: Set<string> = new Set();
          for (const m of mutations) {
            const name = Object.keys(lines).find((f) => f.includes(m.table))!;
            const l = lines[name]!;
            if (l.length <= 3) continue;
            const i = 2 + (m.at % (l.length - 3));
            const f = l[i]!.split('|');
            const emi = m.table === 'EtatMensuelIndiv';
            switch (m.kind) {
              case 'cut':
                l.splice(i, 1, ...l[i]!.replace(/\|(?=[^|]*$)/, '\n|').split('\n'));
                break;
              case 'version':
                if (emi) l.splice(i + 1, 0, [...f.slice(0, 7), String(Number(f[7]) + (m.at % 3) - 1), ...f.slice(8, 11), String(m.at % 200), ...f.slice(12)].join('|'));
                break;
              case 'otherReason':
                if (emi) l.splice(i + 1, 0, [...f.slice(0, 7), String(Number(f[7]) + (m.at % 2)), ...f.slice(8, 17), f[17] || '30/06/2025', String(101 + (m.at % 20)), ...f.slice(19)].join('|'));
                break;
              case 'badDate':
                f[emi ? 17 : 4] = ['31/02/2025', '2025-13-01', '01/01/1989', '1/1/2025', '15/06/2025 08:30'][m.at % 5]!;
                l[i] = f.join('|');
                break;
              case 'unknownContract':
                if (emi) f[10] = '999999';
                else f[0] = '';
                l[i] = f.join('|');
                break;
              case 'otherPerson':
                f[emi ? 9 : 1] = ['424242', '', ` ${f[emi ? 9 : 1]} `][m.at % 3]!;
                l[i] = f.join('|');
                break;
              case 'badHours':
                if (emi) f[11] = ['800', '12,5', '', '-1', '7.25', 'abc', '744'][m.at % 7]!;
                else f[5] = ['', '31/12/2023', 'x'][m.at % 3]!;
                l[i] = f.join('|');
                break;
              case 'unknownMotif':
                if (emi) f[18] = ['999', '0101', '102,0', ' 103 ', 'x'][m.at % 5]!;
                l[i] = f.join('|');
                break;
              case 'fdi':
                if (!emi) f[3] = ['FDI_DC', 'ACIPA_DC', 'EI_MP'][m.at % 3]!;
                else f[3] = ['13', '0', '2.0'][m.at % 3]!;
                l[i] = f.join('|');
                break;
              case 'dupContract':
                l.splice(i + 1, 0, l[i]!);
                break;
              case 'short':
                l[i] = f.slice(0, -2).join('|');
                break;
              case 'extraEmpty':
                l[i] = `${l[i]}|${m.at % 2 === 0 ? '' : 'x'}`;
                break;
              case 'blank':
                l.splice(i, 0, m.at % 2 === 0 ? '' : '   ');
                break;
              case 'latin1':
                latin.add(name);
                f[emi ? 6 : 7] = 'VALIDÉ';
                l[i] = f.join('|');
                break;
            }
          }
          const dir = join(root, `g${n++}`);
          mkdirSync(dir);
          for (const [name, l] of Object.entries(lines)) {
            if (whole.noMotifs && name.includes('RefMotifSort')) continue;
            const body = (whole.noFin && name.includes('EtatMensuelIndiv') ? l.slice(0, -1) : l).join(whole.crlf ? '\r\n' : '\n');
            const text = `${body}${whole.crlf ? '\r\n' : '\n'}`;
            // One line of Windows-1252 in a UTF-8 file (the JS reader decodes each line on its own).
            const bytes = latin.has(name) ? Buffer.concat(text.split('VALIDÉ').flatMap((p, k) => (k === 0 ? [Buffer.from(p)] : [encodeWindows1252('VALIDÉ'), Buffer.from(p)]))) : Buffer.from(text);
            // Exports also come gzipped (`.csv.gz`): DuckDB and the JS reader both read them.
            if (whole.gzip && /ContratMission|EtatMensuelIndiv/.test(name)) writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes));
            else writeFileSync(join(dir, name), bytes);
          }
          await expectSame([dir], period);
          rmSync(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 30 },
    );
    expect(readdirSync(root).filter((f) => f.startsWith('g'))).toEqual([]);
  }, 300_000);
});

describe('siae report --input-format fluxiae: choosing the engine', () => {
  it('auto picks DuckDB for a table report on an export above the threshold only', async () => {
    expect(FLUXIAE_DUCKDB_DEFAULT_ABOVE_BYTES).toBe(200 * 1024 * 1024);
    expect(await fluxIaeAutoPicksDuckDb([sample], {})).toBe(false);
    expect(await fluxIaeAutoPicksDuckDb([sample], {}, 1)).toBe(true);
    expect(await fluxIaeAutoPicksDuckDb([sample], { format: 'json' }, 1)).toBe(false);
    expect(await fluxIaeAutoPicksDuckDb([join(root, 'missing')], {}, 1)).toBe(false);
  });

  it("the DuckDB engine prints the JS engine's report (Markdown too), and a missing table is a usage error in both engines", async () => {
    const md = capture();
    expect(await main(['report', '--input-format', 'fluxiae', sample, '--engine', 'duckdb', '--format', 'markdown'], md)).toBe(0);
    expect(md.out).toContain('(moteur DuckDB)');
    expect(md.out).toContain('## Par trimestre');
    // The table from the headline rate to the declared indicators: the same text (the ASP mapping in every breakdown).
    const text = async (engine: string) => {
      const io = capture();
      expect(await main(['report', '--input-format', 'fluxiae', sample, '--engine', engine], io)).toBe(0);
      const end = io.out.indexOf('\n\nMoteur DuckDB');
      return io.out.slice(io.out.indexOf('\nTaux de sortie dynamique :'), end < 0 ? undefined : end).trimEnd();
    };
    const js = await text('js');
    expect(js).toContain('Taux de sortie dynamique par structure');
    expect(await text('duckdb')).toBe(js);
    const dir = join(root, 'partial');
    mkdirSync(dir);
    for (const [name, text] of Object.entries(generateFluxIae({ seed: 2, parcours: 5 }))) if (!name.includes('EtatMensuelIndiv')) writeFileSync(join(dir, name), text);
    for (const engine of ['js', 'duckdb']) {
      const e = capture();
      expect(await main(['report', '--input-format', 'fluxiae', dir, '--engine', engine], e), engine).toBe(2);
      expect(e.err).toContain('fluxIAE_EtatMensuelIndiv');
    }
  });
});

it('reads the sample with its Structure row cut by a newline (the sample has one)', () => {
  expect(readFileSync(join(sample, 'fluxIAE_Structure_01122026_020000.csv'), 'utf8')).toContain('Chantier du Nord\n|');
});
