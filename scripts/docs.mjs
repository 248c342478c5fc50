// Builds the docs and checks them (run after the build):
// 1. the typedoc API reference under docs/api, without a warning;
// 2. pages generated from the data under docs/generated (indicator catalogue, eligibility
//    criteria and rules, exit reasons, référentiel and grids), so they never drift;
// 3. every ```ts block of docs/**/*.md and README.md is type-checked and run against the built
//    packages (scripts/docs-check-code.mjs; blocks marked ```ts no-check are skipped);
// 4. every `node packages/cli/dist/cli.js …` line of a ```sh block runs as written (exit code checked);
// 5. every relative link of docs/**/*.md, README.md and the generated pages points at an existing
//    file (and heading anchor, for a Markdown target).
// docs/generated is committed and checked fresh here (git status); docs/api is gitignored (built
// here, after `pnpm run build`), so no page links to it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCodeBlocks, markdownFiles } from './docs-check-code.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fail = (msg) => {
  console.error(`docs: ${msg}`);
  process.exitCode = 1;
};

// 1. API reference: typedoc must run without a warning (each one is printed and fails the docs).
const typedoc = spawnSync(join(root, 'node_modules', '.bin', 'typedoc'), ['--options', 'typedoc.json', '--logLevel', 'Warn'], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
if (typedoc.status !== 0) fail(`typedoc failed\n${typedoc.stdout}${typedoc.stderr}`);
// biome-ignore lint/suspicious/noControlCharactersInRegex: strips the colours of typedoc's output
const typedocWarnings = `${typedoc.stdout}${typedoc.stderr}`.replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((l) => l.includes('[warning]') && !/Found 0 errors and 0 warnings/.test(l));
for (const w of typedocWarnings) fail(`typedoc ${w.trim()}`);

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

// Every dated parameter of the eligibility rules and of the financing, with its whole history.
const fmtValue = (v) => {
  if (v === null) return '— (fin, ou montant non retrouvé)';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' ? `${x.reason}${x.kinds ? ` (${x.kinds.join(', ')})` : ''}` : String(x))).join(', ');
  return Object.entries(v)
    .filter(([k, x]) => x !== null && x !== undefined && k !== 'labelFr')
    .map(([k, x]) => `${k} ${Array.isArray(x) ? x.join('/') : x}`)
    .join(', ');
};
const marks = (v) => [v.secondarySource ? `source secondaire : ${v.secondarySource}` : '', v.assumed ? 'supposé' : '', v.assumptionFr ?? '', v.noteFr ?? ''].filter(Boolean).join(' ; ');
const paramSection = (p) => [
  `### ${esc(p.labelFr)} (\`${p.id}\`)`,
  '',
  '| Du | Valeur | Référence | Remarques |',
  '| --- | --- | --- | --- |',
  ...p.values.map((v) => `| ${v.from} | ${esc(fmtValue(v.value))} | ${esc(v.source)} | ${esc(marks(v))} |`),
  '',
];
const eligibilityParams = [
  eligibility.diagnosisValidityPrescriber,
  eligibility.diagnosisValidityEmployer,
  eligibility.diagnosisValidityGeiq,
  eligibility.passIaeDefaultLengthDays,
  eligibility.passIaeWaitingPeriodYears,
  eligibility.passIaeMaxSuspensionMonths,
  eligibility.passIaeSuspensionMaxRetroactivityDays,
  eligibility.suspensionReasonRules,
  eligibility.hiringMaxAdvanceMonths,
  eligibility.prolongationsAvailable,
  eligibility.prolongationRequestWindowRule,
  eligibility.prolongationCumulativeScope,
  ...Object.values(eligibility.prolongationCaps),
  eligibility.geiqAllowanceAmounts,
];
const financingParams = [
  ...Object.values(indicators.montantSocle),
  ...Object.values(indicators.montantSoclePenitentiary),
  indicators.modulationMaxRate,
  indicators.contratPasserelleAmount,
  ...Object.values(indicators.etpHours),
  indicators.modulationWeights,
];
const dated = [
  '# Paramètres datés',
  '',
  'Généré depuis `@siae/eligibility` et `@siae/indicators` : chaque paramètre avec toute son histoire. La valeur à une date est celle qui commence le plus tard, ce jour-là ou avant ; avant la première valeur, le paramètre n’existe pas. Les dates de la plateforme de l’inclusion sont celles des versions publiées (CHANGELOG) ; à défaut, celle de la fusion du commit, marquée « supposé ».',
  '',
  '## Éligibilité et PASS IAE',
  '',
  ...eligibilityParams.flatMap(paramSection),
  '## Libellés des critères sur la plateforme',
  '',
  '| Code | Du | Libellé | Référence |',
  '| --- | --- | --- | --- |',
  ...eligibility.iaeCriteriaCatalogue.flatMap((c) => c.labels.map((l) => `| ${c.code} | ${l.validFrom} | ${esc(l.labelFr)} | ${esc(l.source)} |`)),
  '',
  '## Critères GEIQ : choix exclusifs et critères parents',
  '',
  ...eligibility.GEIQ_EXCLUSIVE_GROUPS.map((g) => `- Un seul choix parmi ${g.codes.join(', ')} (${esc(g.labelFr)}) — ${esc(g.source)}`),
  ...Object.entries(eligibility.GEIQ_CRITERION_PARENTS).map(([child, parent]) => `- ${child} ne compte qu’avec ${parent}`),
  ...eligibility.GEIQ_CONFLICTS.map(([a, b]) => `- ${a} et ${b} ne se cumulent pas`),
  '',
  '## Financement : aide au poste',
  '',
  '### Arrêtés',
  '',
  '| Arrêté | JO | Applicable au | Chiffres lus dans |',
  '| --- | --- | --- | --- |',
  ...indicators.AIDE_AU_POSTE_ARRETES.map((a) => `| ${a.date ?? 'date non retrouvée'} — ${esc(a.titleFr)} | ${esc(a.jo ?? 'non retrouvé')}${a.nor ? `, NOR ${a.nor}` : ''} | ${a.steps.map((s) => s.from).join(', ')} | ${esc(a.secondarySource ?? 'texte publié')}${a.noteFr ? ` ; ${esc(a.noteFr)}` : ''} |`),
  '',
  ...financingParams.flatMap(paramSection),
];
writeFileSync(join(gen, 'parametres-dates.md'), dated.join('\n'));

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
// Dated parameters with their history, found by shape among the packages' exports (an object with
// `id`, `labelFr`, `unit` and `values: [{ from, value, source }]`, or a record of them), so a new
// dated parameter appears without editing this script; then the assumptions of the duties, the
// targets and the default exit mapping.
const isDated = (v) => v !== null && typeof v === 'object' && typeof v.id === 'string' && typeof v.unit === 'string' && Array.isArray(v.values) && v.values.every((x) => x && typeof x.from === 'string' && 'source' in x);
const datedParams = new Map();
for (const [pkg, mod] of Object.entries({ model, eligibility, indicators })) {
  for (const [name, value] of Object.entries(mod)) {
    if (name === 'default') continue; // the CommonJS interop namespace, not an export
    const candidates = isDated(value) ? [value] : value && typeof value === 'object' && !Array.isArray(value) ? Object.values(value).filter(isDated) : [];
    for (const p of candidates) if (!datedParams.has(p.id)) datedParams.set(p.id, { pkg, name, p });
  }
}
const show = (v) => (v === null ? '— (fin)' : typeof v === 'object' ? esc(v.labelFr ?? JSON.stringify(v)) : esc(v));
const parameters = [
  '# Paramètres datés et hypothèses',
  '',
  'Généré depuis les données de `@siae/model`, `@siae/eligibility` et `@siae/indicators`. Chaque paramètre daté avec son historique : une valeur s’applique de sa date de début jusqu’à la suivante. « Supposé » : la valeur ou sa date n’est établie par aucun texte public que le projet détient, avec la raison. Les sources sont décrites dans [docs/sources.md](../sources.md).',
  '',
  '## Paramètres datés',
  '',
  ...[...datedParams.values()]
    .sort((a, b) => a.p.id.localeCompare(b.p.id))
    .flatMap(({ pkg, name, p }) => [
      `### \`${p.id}\` — ${esc(p.labelFr)}`,
      '',
      `\`@siae/${pkg}\`, export \`${name}\` ; unité : ${esc(p.unit)}.`,
      '',
      '| Depuis | Valeur | Source | Supposé |',
      '| --- | --- | --- | --- |',
      ...p.values.map((v) => `| ${v.from} | ${show(v.value)} | ${esc(v.source)} | ${v.assumed ? `oui : ${esc(v.assumptionFr ?? v.noteFr ?? '')}` : 'non'} |`),
      '',
    ]),
  '## Table de correspondance des sorties par défaut',
  '',
  `\`${indicators.defaultCategoryMapping.id}\` : en vigueur depuis le ${indicators.defaultCategoryMapping.validFrom}${indicators.defaultCategoryMapping.validFromAssumptionFr ? ` (supposé : ${esc(indicators.defaultCategoryMapping.validFromAssumptionFr)})` : ''}. Source : ${esc(indicators.defaultCategoryMapping.source)}.`,
  '',
  '## Objectifs de l’État',
  '',
  '| Indicateur | Plancher | Source | Supposé |',
  '| --- | --- | --- | --- |',
  ...indicators.indicatorCatalogue.filter((i) => i.target).map((i) => `| \`${i.id}\` | ${Math.round(i.target.min * 100)} % | ${esc(i.target.source)} | ${i.target.assumed ? `oui : ${esc(i.target.assumptionFr ?? '')}` : 'non'} |`),
  '',
  '## Choix de définition des indicateurs',
  '',
  '| Indicateur | Choix |',
  '| --- | --- |',
  ...indicators.indicatorCatalogue.filter((i) => i.assumptionFr).map((i) => `| \`${i.id}\` | ${esc(i.assumptionFr)} |`),
  '',
  '## Échéances des obligations du parcours',
  '',
  `Paramètres par défaut de \`dutiesAt\` (remplaçables) : ${Object.entries(model.DEFAULT_DUTY_PARAMETERS).map(([k, v]) => `\`${k}\` = ${v}`).join(', ')}.`,
  '',
  '| Obligation | Échéance | PLIE seulement | Échéance supposée | Source |',
  '| --- | --- | --- | --- | --- |',
  ...model.parcoursDuties.map((d) => `| ${esc(d.labelFr)} (\`${d.id}\`) | ${esc(d.deadlineFr)} | ${d.plieOnly ? 'oui' : 'non'} | ${d.assumedDeadline ? `oui : ${esc(d.assumptionFr ?? '')}` : 'non'} | ${esc(d.source)} |`),
  '',
];
writeFileSync(join(gen, 'parametres.md'), parameters.join('\n'));
writeFileSync(join(gen, 'referentiel-formation-projet.md'), referentiel.renderReferentielMarkdown('formation-projet'));
writeFileSync(join(gen, 'referentiel-annexe-2.md'), referentiel.renderReferentielMarkdown('annexe-2'));
writeFileSync(join(gen, 'grilles.md'), referentiel.renderGridsMarkdown());
writeFileSync(join(gen, 'comparaison-editions.md'), referentiel.compareEditions('formation-projet', 'annexe-2').markdown);

// The generated pages are committed (so that links to them work on a code host): they must be
// what the code generates today. Checked when this is a git work tree.
const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root, encoding: 'utf8' });
if (inGit.status === 0 && inGit.stdout.trim() === 'true') {
  const stale = spawnSync('git', ['status', '--porcelain', '--', 'docs/generated'], { cwd: root, encoding: 'utf8' });
  if (stale.stdout.trim() !== '') fail(`docs/generated differs from the committed pages; commit the regenerated pages:\n${stale.stdout}`);
}

// 3. Code blocks: type-checked against the built packages' types and run (scripts/docs-check-code.mjs).
const code = await checkCodeBlocks();
for (const f of code.failures) fail(f);

// 3b. Shell examples of the `siae` command: every line of a ```sh block that starts with
//     `node packages/cli/dist/cli.js` runs as written from the repository's root (an `-o` file goes
//     to a temporary directory); it must exit 0, or the code its `# code de sortie N` comment says.
const outDir = mkdtempSync(join(tmpdir(), 'siae-docs-'));
let commands = 0;
for (const file of markdownFiles()) {
  const text = readFileSync(file, 'utf8');
  for (const block of text.matchAll(/^```sh\n([\s\S]*?)^```/gm)) {
    for (const line of block[1].split('\n')) {
      if (!line.startsWith('node packages/cli/dist/cli.js ')) continue;
      commands++;
      const [command, comment = ''] = line.split(/\s+#\s*/, 2);
      const expected = Number(/code de sortie (\d+)/.exec(comment)?.[1] ?? 0);
      const r = spawnSync('sh', ['-c', command.replace(/ -o (\S+)/, (_, f) => ` -o ${join(outDir, f)}`)], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (r.status !== expected) fail(`${relative(root, file)}: \`${command.trim()}\` exited ${r.status}, expected ${expected}\n${r.stderr.slice(0, 2000)}`);
    }
  }
}
rmSync(outDir, { recursive: true, force: true });

// 4. Relative links: the file exists and, for a Markdown target, so does the #anchor (GitHub's
//    heading slugs: lower case, punctuation dropped, spaces as hyphens, -1, -2... for repeats).
const slugs = new Map();
const anchorsOf = (file) => {
  if (!slugs.has(file)) {
    const seen = new Map();
    const set = new Set();
    const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
    for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
      const base = m[1]
        .replace(/`/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      set.add(n === 0 ? base : `${base}-${n}`);
    }
    for (const m of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) set.add(m[1]);
    slugs.set(file, set);
  }
  return slugs.get(file);
};
const mdFiles = markdownFiles();
let links = 0;
for (const file of [...mdFiles, ...readdirSync(gen).map((f) => join(gen, f))]) {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  for (const m of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    links++;
    const [pathPart, anchor] = target.split('#');
    const path = pathPart === '' ? file : resolve(dirname(file), decodeURIComponent(pathPart));
    if (!existsSync(path)) fail(`broken link in ${relative(root, file)}: ${target}`);
    else if (inGit.status === 0 && spawnSync('git', ['check-ignore', '-q', path], { cwd: root }).status === 0) fail(`link to a gitignored file (absent from a clone and from the code host) in ${relative(root, file)}: ${target}`);
    else if (anchor && path.endsWith('.md') && !anchorsOf(path).has(decodeURIComponent(anchor))) fail(`broken anchor in ${relative(root, file)}: ${target}`);
  }
}
console.log(`docs: API reference in docs/api, ${readdirSync(gen).length} generated pages, ${code.checked} code blocks type-checked and run, ${commands} siae commands run, ${links} links checked`);
