// `siae report --engine js` on a large exit dataset: wall time, CPU time and max RSS (/usr/bin/time -v).
// Run after the build (`pnpm --filter @siae/cli... run build`):
//   node packages/cli/bench/report-js.mjs                       (1,000,000 exits)
//   node packages/cli/bench/report-js.mjs --exits 200000
//   node packages/cli/bench/report-js.mjs --keep /tmp/siae-1m   (writes the dataset there once, then reuses it)
//   node packages/cli/bench/report-js.mjs --keep /tmp/siae-1m --write-only
// The dataset is the one of packages/sql/bench/sql.bench.mjs (same formulas): structures.csv of the
// sample, and contrats.csv, heures.csv, sorties.csv of N rows each (one in ten people re-hired, one
// exit in three with a 3-month follow-up). It is written here in plain JS, without DuckDB. The report
// (CSV) goes to report.csv in the dataset's folder, to diff the output of two builds.
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitReasons } from '@siae/model';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'dist', 'cli.js');
const arg = (name, d) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? d : process.argv[i + 1];
};
const N = Number(arg('--exits', 1_000_000));
const keep = arg('--keep', null);
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
const STRUCTURES = ['aci-1', 'aci-2', 'ai-1', 'ai-2', 'ei-1', 'ei-2', 'etti-1', 'etti-2', 'eiti-1', 'eiti-2'];
const REASONS = exitReasons.codes;
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

async function writeLines(path, header, count, line) {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  let buffer = '';
  for (let i = 0; i < count; i++) {
    buffer += `${line(i)}\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.write(buffer);
  out.end();
  await once(out, 'finish');
}

/** Person i, as in the SQL bench: ids, structure, hiring date, stay, reason, follow-up, hours. */
function person(i) {
  const hired = START + ((i * 7919) % 540) * DAY;
  const stay = (i * 104729) % 400;
  return {
    id: `P${String(i).padStart(8, '0')}`,
    structure: STRUCTURES[i % 10],
    hiredOn: iso(hired),
    exitedOn: iso(hired + stay * DAY),
    reason: REASONS[i % REASONS.length],
    followUp3: i % 3 === 0 ? REASONS[(i * 7) % REASONS.length] : '',
    hours: 20 + (i % 600),
  };
}

async function writeDataset(dir, n) {
  await writeLines(join(dir, 'sorties.csv'), 'id_personne;id_structure;date_sortie;motif_sortie;situation_3_mois;situation_6_mois;situation_12_mois', n, (i) => {
    const p = person(i);
    return `${p.id};${p.structure};${p.exitedOn};${p.reason};${p.followUp3};;`;
  });
  await writeLines(join(dir, 'contrats.csv'), 'id_contrat;id_personne;id_structure;type;date_debut;date_fin;fin_periode_essai;heures_hebdo;renouvelle;rompu_le', n, (i) => {
    const p = person(i);
    return `C${i};${p.id};${p.structure};CDDI;${p.hiredOn};${p.exitedOn};;;;`;
  });
  await writeLines(join(dir, 'heures.csv'), 'id_personne;id_structure;mois;heures', n, (i) => {
    const p = person(i);
    return `${p.id};${p.structure};${p.hiredOn.slice(0, 7)};${p.hours}`;
  });
  copyFileSync(join(here, '..', 'sample', 'structures.csv'), join(dir, 'structures.csv'));
}

function measure(label, args, cwd) {
  const r = spawnSync('/usr/bin/time', ['-v', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/.exec(r.stderr)?.[1];
  const user = Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  const sys = Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  console.log(`${label}: exit ${r.status}, wall ${wall}, CPU ${(user + sys).toFixed(1)} s (user ${user.toFixed(1)}, sys ${sys.toFixed(1)}), max RSS ${rss ? Math.round(Number(rss) / 1024) : '?'} MB`);
  return r;
}

const dir = keep ?? mkdtempSync(join(tmpdir(), 'siae-report-js-'));
const files = ['structures.csv', 'contrats.csv', 'heures.csv', 'sorties.csv'];
try {
  if (!existsSync(join(dir, 'sorties.csv'))) {
    mkdirSync(dir, { recursive: true });
    const t = performance.now();
    await writeDataset(dir, N);
    const bytes = files.reduce((s, f) => s + statSync(join(dir, f)).size, 0);
    console.log(`dataset: ${N.toLocaleString('en')} exits, 3 CSV files of ${N.toLocaleString('en')} rows + structures, ${(bytes / 1024 / 1024).toFixed(0)} MB, written in ${((performance.now() - t) / 1000).toFixed(1)} s in ${dir}`);
  }
  if (!process.argv.includes('--write-only')) {
    const r = measure('siae report --engine js', [process.execPath, '--max-old-space-size=8192', cli, 'report', ...files, '--from', PERIOD.from, '--to', PERIOD.to, '--format', 'csv', '--engine', 'js', '--output', 'report.csv'], dir);
    if (r.status !== 0 && r.status !== 1) process.stderr.write(r.stderr.slice(0, 4000));
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
