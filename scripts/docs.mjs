// Builds the docs and checks them (run after the build):
// 1. the typedoc API reference under docs/api;
// 2. pages generated from the data under docs/generated (indicator catalogue, eligibility
//    criteria and rules, exit reasons, référentiel and grids), so they never drift;
// 3. every ```ts block of docs/**/*.md and README.md is run against the built packages
//    (blocks marked ```ts no-check are skipped);
// 4. every relative link of docs/**/*.md and README.md points at an existing file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fail = (msg) => {
  console.error(`docs: ${msg}`);
  process.exitCode = 1;
};

// 1. API reference.
const typedoc = spawnSync(join(root, 'node_modules', '.bin', 'typedoc'), ['--options', 'typedoc.json', '--logLevel', 'Error'], { cwd: root, stdio: 'inherit' });
if (typedoc.status !== 0) fail('typedoc failed');

// 2. Pages generated from the data (the built packages, as users get them).
const require = createRequire(join(root, 'examples', 'package.json'));
const load = async (name) => import(require.resolve(name));
const indicators = await load('@siae/indicators');
const eligibility = await load('@siae/eligibility');
const model = await load('@siae/model');
const referentiel = await load('@siae/referentiel');
const gen = join(root, 'docs', 'generated');
mkdirSync(gen, { recursive: true });
const esc = (s) => String(s ?? '').replace(/\|/g, '/').replace(/\n/g, ' ');

const catalogue = [
  '# Catalogue des indicateurs',
  '',
  'Généré depuis `@siae/indicators` (`indicatorCatalogue`). « calculé » : `computeReport` le calcule depuis les données ; « déclaré » : la structure le renseigne.',
  '',
  '| id | Indicateur | Nature | Unité | Formule | Source |',
  '| --- | --- | --- | --- | --- | --- |',
  ...indicators.indicatorCatalogue.map((i) => `| \`${i.id}\` | ${esc(i.labelFr)} | ${i.kind === 'computed' ? 'calculé' : 'déclaré'} | ${i.unit} | ${esc(i.formula)} | ${esc(i.source)} |`),
  '',
];
writeFileSync(join(gen, 'indicateurs.md'), catalogue.join('\n'));

const criteria = [
  '# Critères et règles d’éligibilité',
  '',
  'Généré depuis `@siae/eligibility` (`criteriaCatalogue`, `iaeEligibilityDocument`).',
  '',
  '## Critères administratifs',
  '',
  '| Code | Libellé | Niveau IAE | GEIQ (annexe, niveau) | En vigueur depuis | Justificatif | Certifiable | Déductible |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...eligibility.criteriaCatalogue.map((c) => `| ${c.code} | ${esc(c.labelFr)} | ${c.iaeLevel ?? '—'} | ${c.geiq ? `${c.geiq.annex}, ${c.geiq.level ?? '—'}` : '—'} | ${c.validFrom} | ${esc(c.proofFr)} | ${c.certifiable ? 'oui' : 'non'} | ${c.derivable ? 'oui' : 'non'} |`),
  '',
  '## Règles par type de structure',
  '',
  '| Règle | Du | Au | Source |',
  '| --- | --- | --- | --- |',
  ...eligibility.iaeEligibilityDocument.rules.map((r) => `| ${esc(r.titleFr)} (\`${r.id}\`) | ${r.validFrom} | ${r.validUntil ?? '—'} | ${esc(r.source)} |`),
  '',
  '## Exemples des règles',
  '',
  ...eligibility.iaeEligibilityDocument.examples.map((e) => `- ${esc(e.nameFr)} : ${e.expected.eligible ? 'éligible' : `non éligible (${esc(e.expected.missing)})`}`),
  '',
];
writeFileSync(join(gen, 'eligibilite.md'), criteria.join('\n'));

const exits = [
  '# Motifs et catégories de sortie',
  '',
  'Généré depuis `@siae/model` (`exitReasons`). Les catégories « supposées » ne sont données par aucune source publique : la table de correspondance est remplaçable.',
  '',
  '| Code | Motif | Catégorie | Supposée |',
  '| --- | --- | --- | --- |',
  ...model.exitReasons.entries.map((e) => `| ${e.code} | ${esc(e.labelFr)} | ${model.exitCategories.get(e.defaultCategory).labelFr} | ${e.assumed ? 'oui' : 'non'} |`),
  '',
];
writeFileSync(join(gen, 'sorties.md'), exits.join('\n'));
writeFileSync(join(gen, 'referentiel-2008.md'), referentiel.renderReferentielMarkdown('2008'));
writeFileSync(join(gen, 'referentiel-annexe-2.md'), referentiel.renderReferentielMarkdown('annexe-2'));
writeFileSync(join(gen, 'grilles.md'), referentiel.renderGridsMarkdown());
writeFileSync(join(gen, 'comparaison-editions.md'), referentiel.compareEditions('2008', 'annexe-2').markdown);

// 3. Code blocks, run against the built packages from a folder inside examples/ (its node_modules
//    link the workspace packages as a user's would).
const mdFiles = [];
const walk = (dir) => {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) {
      if (!['api', 'site', 'generated'].includes(f)) walk(p);
    } else if (f.endsWith('.md')) mdFiles.push(p);
  }
};
walk(join(root, 'docs'));
mdFiles.push(join(root, 'README.md'));
const check = join(root, 'examples', '.docs-check');
rmSync(check, { recursive: true, force: true });
mkdirSync(check, { recursive: true });
let blocks = 0;
for (const file of mdFiles) {
  const text = readFileSync(file, 'utf8');
  const re = /```ts( no-check)?\n([\s\S]*?)```/g;
  let n = 0;
  for (const m of text.matchAll(re)) {
    n++;
    if (m[1]) continue;
    const name = `${relative(root, file).replace(/[\\/.]/g, '_')}_${n}.ts`;
    writeFileSync(join(check, name), m[2]);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(check, name)], { cwd: join(root, 'examples'), encoding: 'utf8' });
    blocks++;
    if (r.status !== 0) fail(`code block ${n} of ${relative(root, file)} failed:\n${r.stderr.split('\n').slice(0, 8).join('\n')}`);
  }
}
rmSync(check, { recursive: true, force: true });

// 4. Relative links.
let links = 0;
for (const file of [...mdFiles, ...readdirSync(gen).map((f) => join(gen, f))]) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1];
    if (/^(https?:|mailto:|#)/.test(target)) continue;
    links++;
    const path = resolve(dirname(file), decodeURIComponent(target.split('#')[0]));
    if (!existsSync(path)) fail(`broken link in ${relative(root, file)}: ${target}`);
  }
}
console.log(`docs: API reference in docs/api, ${readdirSync(gen).length} generated pages, ${blocks} code blocks run, ${links} links checked`);
