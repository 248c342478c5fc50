// Memory of `siae report` and `siae validate` on large CSV exports, measured with /usr/bin/time -v.
// Run after the build:
//   node packages/cli/bench/memory.mjs            (both scenarios)
//   node packages/cli/bench/memory.mjs 1m         (1,000,000 hour rows only)
//   node packages/cli/bench/memory.mjs 200mb      (the 200 MB export only)
// Scenarios:
// - 1m: heures.csv of 1,000,000 rows, plus 84,000 people and contracts and 42,000 exits.
// - 200mb: a French spreadsheet export of about 200 MB (`;`, decimal comma, dates JJ/MM/AAAA,
//   months MM/AAAA): 560,000 people and contracts, 280,000 exits, 6,720,000 hour rows. `report` runs
//   under --max-old-space-size=1024 (target of issue 10); `validate` runs on a file where every row is
//   bad (it keeps at most 1,000 problems per kind and counts the others).
import { spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'dist', 'cli.js');
const which = process.argv[2] ?? 'all';
const structures = ['aci-1', 'aci-2', 'ei-1', 'ai-1', 'etti-1'];

async function writeLines(path, header, count, line) {
  const out = createWriteStream(path);
  out.write(`${header}\r\n`);
  let buffer = '';
  for (let i = 0; i < count; i++) {
    buffer += `${line(i)}\r\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.write(buffer);
  out.end();
  await once(out, 'finish');
}

function measure(dir, label, args, heapMb) {
  const node = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...node, cli, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/.exec(r.stderr)?.[1];
  const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? Number.NaN) + Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  const dead = /heap out of memory|Allocation failed/.test(r.stderr) ? ' (HEAP OUT OF MEMORY)' : '';
  console.log(`${label}${heapMb ? ` [--max-old-space-size=${heapMb}]` : ''}: exit ${r.status}${dead}, max RSS ${rss ? Math.round(Number(rss) / 1024) : '?'} MB, wall ${wall}, CPU ${cpu.toFixed(1)} s`);
  return r;
}

async function oneMillion() {
  const dir = mkdtempSync(join(tmpdir(), 'siae-bench-'));
  copyFileSync(join(here, '..', 'sample', 'structures.csv'), join(dir, 'structures.csv'));
  const people = 84_000;
  await writeLines(join(dir, 'personnes.csv'), 'id_personne;date_naissance;niveau_formation;inscrit_ft_depuis;qpv;zrr;minima_sociaux;rqth;sous_main_de_justice;participant_plie', people, (i) => `P${String(i).padStart(7, '0')};1980-01-01;40;2022-01-01;non;non;non;;;non`);
  await writeLines(join(dir, 'contrats.csv'), 'id_contrat;id_personne;id_structure;type;date_debut;date_fin;fin_periode_essai;heures_hebdo;renouvelle;rompu_le', people, (i) => `C${i};P${String(i).padStart(7, '0')};${structures[i % 5]};CDDI;2025-01-01;2025-12-31;;;;`);
  await writeLines(join(dir, 'sorties.csv'), 'id_personne;id_structure;date_sortie;motif_sortie;situation_3_mois;situation_6_mois;situation_12_mois', people / 2, (k) => `P${String(2 * k).padStart(7, '0')};${structures[(2 * k) % 5]};2025-12-31;${k % 2 === 0 ? 'CDI_NON_AIDE' : 'CHOMAGE'};;;`);
  await writeLines(join(dir, 'heures.csv'), 'id_personne;id_structure;mois;heures', 1_000_000, (r) => {
    const i = Math.floor(r / 12);
    return `P${String(i).padStart(7, '0')};${structures[i % 5]};2025-${String((r % 12) + 1).padStart(2, '0')};${60 + (i % 80)}`;
  });
  measure(dir, 'siae report (1,000,000 hour rows + 210,000 others)', ['report', 'structures.csv', 'personnes.csv', 'contrats.csv', 'heures.csv', 'sorties.csv', '--from', '2025-01-01', '--to', '2025-12-31']);
  measure(dir, 'siae validate heures.csv (1,000,000 rows)', ['validate', 'heures.csv']);
  rmSync(dir, { recursive: true, force: true });
}

async function export200() {
  const dir = mkdtempSync(join(tmpdir(), 'siae-bench-'));
  copyFileSync(join(here, '..', 'sample', 'structures.csv'), join(dir, 'structures.csv'));
  const people = 560_000;
  const id = (i) => `P${String(i).padStart(7, '0')}`;
  await writeLines(join(dir, 'personnes.csv'), 'id_personne;date_naissance;niveau_formation;inscrit_ft_depuis;qpv;zrr;minima_sociaux;rqth;sous_main_de_justice;participant_plie', people, (i) => `${id(i)};${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/19${60 + (i % 40)};40;01/01/2022;non;non;oui;;;non`);
  await writeLines(join(dir, 'contrats.csv'), 'id_contrat;id_personne;id_structure;type;date_debut;date_fin;fin_periode_essai;heures_hebdo;renouvelle;rompu_le', people, (i) => `C${i};${id(i)};${structures[i % 5]};CDDI;01/01/2025;31/12/2025;;26,5;;`);
  await writeLines(join(dir, 'sorties.csv'), 'id_personne;id_structure;date_sortie;motif_sortie;situation_3_mois;situation_6_mois;situation_12_mois', people / 2, (k) => `${id(2 * k)};${structures[(2 * k) % 5]};31/12/2025;${k % 2 === 0 ? 'CDI_NON_AIDE' : 'CHOMAGE'};;;`);
  await writeLines(join(dir, 'heures.csv'), 'id_personne;id_structure;mois;heures', people * 12, (r) => {
    const i = Math.floor(r / 12);
    return `${id(i)};${structures[i % 5]};${String((r % 12) + 1).padStart(2, '0')}/2025;${60 + (i % 80)},5`;
  });
  // Every row bad: an impossible month and a number that is not one.
  await writeLines(join(dir, 'heures_mauvaises.csv'), 'id_personne;id_structure;mois;heures', people * 12, (r) => `${id(Math.floor(r / 12))};ei-1;13/2025;beaucoup`);
  const size = ['structures.csv', 'personnes.csv', 'contrats.csv', 'sorties.csv', 'heures.csv'].reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  console.log(`export: ${Math.round(size / 1e6)} MB (560,000 people and contracts, 280,000 exits, 6,720,000 hour rows)`);
  measure(dir, 'siae report (200 MB export)', ['report', 'structures.csv', 'personnes.csv', 'contrats.csv', 'heures.csv', 'sorties.csv', '--from', '01/01/2025', '--to', '31/12/2025'], 1024);
  measure(dir, 'siae validate, every row bad (6,720,000 rows)', ['validate', '--table', 'monthlyHours', 'heures_mauvaises.csv'], 1024);
  rmSync(dir, { recursive: true, force: true });
}

if (which === 'all' || which === '1m') await oneMillion();
if (which === 'all' || which === '200mb') await export200();
