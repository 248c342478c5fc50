// Memory and time of `siae report --input-format fluxiae` and `siae validate --input-format fluxiae`
// on a synthetic FluxIAE export of 1,000,000 monthly states (fluxIAE_EtatMensuelIndiv with the
// pipeline's 31 columns, about 100 MB; 84,000 people and contracts, 42,000 exits), measured with
// /usr/bin/time -v; `siae report` with each engine (`--engine js`, `--engine duckdb`). Run after the build:
//   node packages/cli/bench/fluxiae.mjs [--rows 1000000]
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const rowsArg = process.argv.indexOf('--rows');
const ROWS = rowsArg === -1 ? 1_000_000 : Number(process.argv[rowsArg + 1]);
const cli = join(here, '..', 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'siae-bench-fluxiae-'));
const S = '_01012026_000000.csv';
const file = (table, header, rows) => writeFileSync(join(dir, `${table}${S}`), `DEB|${table}\n${header}\n${rows.join('\n')}\nFIN|${rows.length}\n`);
file('fluxIAE_RefCategorieSort', 'rcs_id|rcs_code|rcs_libelle', ['1|1|Emploi durable', '4|4|Autres sorties', '5|5|Retrait des sorties constatées']);
file('fluxIAE_RefMotifSort', 'rms_id|rms_code|rms_libelle|rcs_id', ['11|1|Embauche en CDI non aidé|1', '14|4|Au chômage|4', '15|5|Prise des droits à la retraite|5']);
const kinds = ['ACI_DC', 'EI_DC', 'AI_DC', 'ETTI_DC', 'EITI_DC'];
const sirets = ['41900123000012', '41900456000027', '41900789000033', '41900111000040', '41900222000046'];
file('fluxIAE_Structure', 'structure_id_siae|structure_siret_actualise|structure_denomination|structure_adresse_admin_code_insee|structure_telephone', kinds.map((_, i) => `${1001 + i}|${sirets[i]}|Structure ${i + 1}|59350|0300000000`));
const EMI = 'emi_date_creation|emi_date_modification|emi_afi_id|emi_sme_mois|emi_sme_annee|emi_esm_etat_id|emi_esm_etat_code|emi_sme_version|emi_date_validation|emi_pph_id|emi_ctr_id|emi_nb_heures_travail|emi_nb_mission|emi_nb_heures_facturees|emi_mt_salaire_brut|emi_salarie_tjs_accomp|emi_part_etp|emi_date_fin_reelle|emi_motif_sortie_id|emi_motif_sortie_code|emi_dsm_id|emi_coefficient_degressive|emi_dsm_ca_reel|emi_dsm_ca_lisse|emi_dsm_rdv_phy|emi_dsm_rdv_dis|emi_dsm_rdv_com|emi_dsm_rdv_soc|emi_dsm_acre|emi_dsm_nb_rdv_mens_ti|emi_dsm_nb_mois';
const emi = createWriteStream(join(dir, `fluxIAE_EtatMensuelIndiv${S}`));
emi.write(`DEB|fluxIAE_EtatMensuelIndiv\n${EMI}\n`);
const salaries = [];
const contracts = [];
let rows = 0;
for (let i = 0; rows < ROWS; i++) {
  const pph = 100000 + i;
  const ctr = 500000 + i;
  const s = i % kinds.length;
  salaries.push(`${pph}|M.|1850559350${String(i).padStart(5, '0')}|NOM${i}|PRENOM${i}|01/01/1980`);
  contracts.push(`${ctr}|${pph}|${1001 + s}|${kinds[s]}|01/01/2025|31/12/2025`);
  for (let m = 1; m <= 12 && rows < ROWS; m++, rows++) {
    const exit = m === 12 && i % 2 === 0;
    const line = `01/${String(m).padStart(2, '0')}/2025||${9000 + s}|${m}|2025|3|VALIDE|1||${pph}|${ctr}|${60 + (i % 80)}||||true|0.5|${exit ? '31/12/2025' : ''}|${exit ? (i % 4 === 0 ? 11 : 14) : ''}||||||||||||\n`;
    if (!emi.write(line)) await once(emi, 'drain');
  }
}
emi.end(`FIN|${rows}\n`);
await once(emi, 'finish');
file('fluxIAE_Salarie', 'salarie_id|salarie_rci_libelle|salarie_nir|salarie_nom_usage|salarie_prenom|salarie_date_naissance', salaries);
file('fluxIAE_ContratMission', 'contrat_id_ctr|contrat_id_pph|contrat_id_structure|contrat_mesure_disp_code|contrat_date_embauche|contrat_date_fin_contrat', contracts);
const size = Math.round(statSync(join(dir, `fluxIAE_EtatMensuelIndiv${S}`)).size / 1024 / 1024);

function measure(label, args, heap) {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...(heap ? [`--max-old-space-size=${heap}`] : []), cli, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/.exec(r.stderr)?.[1];
  const cpu = ['User', 'System'].reduce((t, k) => t + Number(new RegExp(`${k} time \\(seconds\\): ([0-9.]+)`).exec(r.stderr)?.[1] ?? 0), 0);
  const rate = /Taux de sortie dynamique : ([^\n]+)/.exec(r.stdout)?.[1];
  console.log(`${label}${heap ? ` (--max-old-space-size=${heap})` : ''}: exit ${r.status}, max RSS ${rss ? Math.round(Number(rss) / 1024) : '?'} MB, wall ${wall}, CPU ${cpu.toFixed(1)} s${rate ? ` — taux de sortie dynamique ${rate}` : ''}`);
}
const report = ['report', '--input-format', 'fluxiae', '.', '--from', '2025-01-01', '--to', '2025-12-31'];
measure(`siae report --input-format fluxiae --engine js (${ROWS.toLocaleString('en')} monthly states, ${size} MB)`, [...report, '--engine', 'js'], 1024);
measure('siae report --input-format fluxiae --engine duckdb', [...report, '--engine', 'duckdb']);
measure('siae validate --input-format fluxiae', ['validate', '--input-format', 'fluxiae', '.']);
rmSync(dir, { recursive: true, force: true });
