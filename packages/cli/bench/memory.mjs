// Memory of `siae report` and `siae validate` on a 1,000,000-row CSV (heures.csv, plus 84,000
// people and contracts and 42,000 exits), measured with /usr/bin/time -v. Run after the build:
//   node packages/cli/bench/memory.mjs
// Target (issue 6): about 1 GB at most.
import { spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'siae-bench-'));
copyFileSync(join(here, '..', 'sample', 'structures.csv'), join(dir, 'structures.csv'));
const structures = ['aci-1', 'aci-2', 'ei-1', 'ai-1', 'etti-1'];
const people = ['id_personne;date_naissance;niveau_formation;inscrit_ft_depuis;qpv;zrr;minima_sociaux;rqth;sous_main_de_justice;participant_plie'];
const contracts = ['id_contrat;id_personne;id_structure;type;date_debut;date_fin;fin_periode_essai;heures_hebdo;renouvelle;rompu_le'];
const exits = ['id_personne;id_structure;date_sortie;motif_sortie;situation_3_mois;situation_6_mois;situation_12_mois'];
const hours = createWriteStream(join(dir, 'heures.csv'));
hours.write('id_personne;id_structure;mois;heures\n');
let rows = 0;
for (let i = 0; rows < 1_000_000; i++) {
  const id = `P${String(i).padStart(7, '0')}`;
  const s = structures[i % structures.length];
  people.push(`${id};1980-01-01;40;2022-01-01;non;non;non;;;non`);
  contracts.push(`C${i};${id};${s};CDDI;2025-01-01;2025-12-31;;;;`);
  if (i % 2 === 0) exits.push(`${id};${s};2025-12-31;${i % 4 === 0 ? 'CDI_NON_AIDE' : 'CHOMAGE'};;;`);
  for (let m = 1; m <= 12 && rows < 1_000_000; m++, rows++) {
    if (!hours.write(`${id};${s};2025-${String(m).padStart(2, '0')};${60 + (i % 80)}\n`)) await once(hours, 'drain');
  }
}
hours.end();
await once(hours, 'finish');
writeFileSync(join(dir, 'personnes.csv'), `${people.join('\n')}\n`);
writeFileSync(join(dir, 'contrats.csv'), `${contracts.join('\n')}\n`);
writeFileSync(join(dir, 'sorties.csv'), `${exits.join('\n')}\n`);

function measure(label, args) {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/.exec(r.stderr)?.[1];
  console.log(`${label}: exit ${r.status}, max RSS ${rss ? Math.round(Number(rss) / 1024) : '?'} MB, wall ${wall}`);
}
measure('siae report (1,000,000 hour rows + 210,000 others)', ['report', 'structures.csv', 'personnes.csv', 'contrats.csv', 'heures.csv', 'sorties.csv', '--from', '2025-01-01', '--to', '2025-12-31']);
measure('siae validate heures.csv (1,000,000 rows)', ['validate', 'heures.csv']);
