import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { type DatasetTable, DATASET_TABLES, SiaeValidationError } from '@siae/model';
import { getReferentiel } from '@siae/referentiel';
import { SiaeSqlError } from '@siae/sql';
import { Command, CommanderError, Option } from 'commander';
import { eligibilityCommand } from './commands/eligibility';
import { validateFluxIaeCommand } from './commands/fluxiae';
import { parcoursCommand } from './commands/parcours';
import { referentielCommand } from './commands/referentiel';
import { validateCommand } from './commands/report';
import { parseFrenchDate } from './input/convert';
import type { CsvDelimiter } from './input/csvParser';
import { INPUT_ENCODINGS } from './input/decode';
import { checkPlausibleDate } from './input/plausible';
import { type CliIo, processIo, translateCommanderMessage } from './io';
import { DUCKDB_DEFAULT_ABOVE_BYTES, reportWithEngine } from './commands/reportDuckdb';
import { FLUXIAE_DUCKDB_DEFAULT_ABOVE_BYTES } from './commands/duckdb/fluxiaeSource';
import { sqlCommand } from './commands/sql';
import { defaultMapping, type TableMapping } from './mapping/defaultMapping';
import { applyUserMapping, tableForFile } from './mapping/userMapping';

class UsageError extends Error {}

/** A date option (`AAAA-MM-JJ` or `JJ/MM/AAAA`, plausible) as an ISO date. */
function checkDate(v: string | undefined, name: string): string | undefined {
  if (v === undefined) return undefined;
  const d = parseFrenchDate(v.trim());
  if (!('value' in d)) throw new UsageError(`--${name} : ${d.errorFr} / --${name}: ${d.errorEn}`);
  const bad = checkPlausibleDate(d.value, name);
  if (bad) throw new UsageError(`--${name} : ${bad.errorFr} / --${name}: ${bad.errorEn}`);
  return d.value;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function checkTables(files: string[], mapping: Record<DatasetTable, TableMapping>, table: string | undefined): void {
  if (table) return;
  // A directory is not a usage error: the reading reports it (one problem naming it) and goes on.
  const unknown = files.filter((f) => !f.toLowerCase().endsWith('.json') && !tableForFile(f, mapping) && !isDirectory(f));
  if (unknown.length > 0) {
    throw new UsageError(
      `table inconnue pour ${unknown.length} fichier(s) : nommez-les comme une table (sorties.csv, contrats.csv, heures.csv...), passez --table ou un --mapping / unknown table: name files after a table, or pass --table or --mapping`,
    );
  }
}

/** `--input-format`: the files per table (CSV or JSON, the default) or the ASP's FluxIAE export. */
function inputFormatOption(): Option {
  return new Option('--input-format <format>', 'format des fichiers lus : csv ou json (un fichier par table, par défaut) ou fluxiae (export FluxIAE de l’ASP : dossier ou fichiers fluxIAE_*.csv)').choices(['csv', 'json', 'fluxiae']);
}

/** Whether the FluxIAE input is asked for (`--input-format fluxiae`, or `--format fluxiae` as the issue spells it). */
function isFluxIae(o: { inputFormat?: string; format?: string }): boolean {
  if (o.format === 'fluxiae' && o.inputFormat !== undefined && o.inputFormat !== 'fluxiae') {
    throw new UsageError('--format fluxiae contredit --input-format / --format fluxiae contradicts --input-format');
  }
  return o.inputFormat === 'fluxiae' || o.format === 'fluxiae';
}

async function mappingFrom(file: string | undefined): Promise<Record<DatasetTable, TableMapping>> {
  if (!file) return defaultMapping as Record<DatasetTable, TableMapping>;
  let json: unknown;
  try {
    json = JSON.parse((await readFile(file, 'utf8')).replace(/^\ufeff/, ''));
  } catch {
    throw new UsageError('fichier de correspondance (--mapping) illisible / unreadable --mapping file');
  }
  return applyUserMapping(json);
}

const DELIMITERS: Record<string, CsvDelimiter> = { ';': ';', ',': ',', '|': '|', tab: '\t', '\t': '\t', '\\t': '\t', tabulation: '\t' };

function delimiterOption(): Option {
  return new Option('--delimiter <séparateur>', 'séparateur des fichiers CSV : ";" "," "|" ou "tab" (défaut : trouvé sur la ligne d’en-tête de chaque fichier)').argParser((v) => {
    const d = DELIMITERS[v];
    if (!d) throw new UsageError('--delimiter : ";", ",", "|" ou "tab" / --delimiter: ";", ",", "|" or "tab"');
    return d;
  });
}

function encodingOption(): Option {
  return new Option('--encoding <encodage>', 'encodage des fichiers (défaut auto : BOM, UTF-8, sinon Windows-1252)').choices(INPUT_ENCODINGS).default('auto');
}

/** Help in French: commander's headings translated. */
function frenchHelp(text: string): string {
  return text
    .replace(/^Usage:/m, 'Utilisation :')
    .replace(/^Options:/m, 'Options :')
    .replace(/^Commands:/m, 'Commandes :')
    .replace(/^Arguments:/m, 'Arguments :')
    .replace(/\[command\]/g, '[commande]')
    .replace(/choices:(\s)/g, 'valeurs :$1')
    .replace(/default:(\s)/g, 'défaut :$1');
}

/**
 * Runs the `siae` command with arguments (without `node` and the script) and returns the exit
 * code: 0 all good; 1 some rows or records rejected, a file not read, or records left out by the
 * calculation (each is reported); 2 usage error (unknown option, bad date, `--from` after `--to`,
 * `--axis 7`). The binary returns 3 only for an unexpected error (a bug).
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('siae')
    .description("Indicateurs, éligibilité, parcours et référentiel de l'IAE à partir de vos exports (CSV ou JSON).\nCodes de sortie : 0 tout est lu, 1 des lignes ou des fichiers écartés (chacun signalé), 2 erreur d’utilisation.")
    .exitOverride()
    .helpOption('-h, --help', 'affiche l’aide / display help')
    .helpCommand('help [commande]', 'affiche l’aide d’une commande / display help for a command')
    .configureOutput({ writeOut: (t) => io.stdout(frenchHelp(t)), writeErr: (t) => io.stderr(frenchHelp(t)), outputError: (t, write) => write(translateCommanderMessage(t)) });
  const sub = (name: string) => program.command(name).helpOption('-h, --help', 'affiche l’aide / display help');
  const tableOption = new Option('--table <table>', 'table des fichiers CSV (sinon déduite du nom du fichier)').choices(DATASET_TABLES);
  sub('report')
    .description("calcule le rapport d'indicateurs d'un jeu de données pour une période")
    .argument('<files...>', 'fichiers CSV (un par table : structures.csv, contrats.csv, heures.csv, sorties.csv...) ou JSON')
    .option('--from <date>', 'début de la période (JJ/MM/AAAA ou AAAA-MM-JJ)')
    .option('--to <date>', 'fin de la période (JJ/MM/AAAA ou AAAA-MM-JJ)')
    .addOption(new Option('--variant <variant>', 'variante du taux de sortie dynamique').choices(['dgefp', 'uriae']))
    .addOption(new Option('--format <format>', 'format de sortie (fluxiae : raccourci de --input-format fluxiae, sortie table)').choices(['table', 'json', 'markdown', 'html', 'csv', 'fluxiae']).default('table'))
    .addOption(inputFormatOption())
    .option('--excel', 'avec --format csv : pour Excel en français (";", virgule décimale, UTF-8 avec BOM)')
    .option('--mapping <file>', 'correspondance de colonnes (JSON)')
    .option('-o, --output <file>', 'écrit le rapport dans un fichier')
    .option('--title <title>', 'titre du rapport HTML')
    .addOption(delimiterOption())
    .addOption(encodingOption())
    .addOption(tableOption)
    .addOption(
      new Option(
        '--engine <engine>',
        `moteur : auto (par défaut : DuckDB pour un rapport autre que json sur des CSV de plus de ${DUCKDB_DEFAULT_ABOVE_BYTES / 1024 / 1024} Mo ou sur des fichiers Parquet, pour un rapport table sur un export FluxIAE de plus de ${FLUXIAE_DUCKDB_DEFAULT_ABOVE_BYTES / 1024 / 1024} Mo ; sinon js), js (la référence : le même rapport, et en json le résumé par fichier), duckdb (indicateurs, intervalles et répartitions en SQL) / engine: auto (default: DuckDB for a report other than json on CSV files above ${DUCKDB_DEFAULT_ABOVE_BYTES / 1024 / 1024} MB or on Parquet, for a table report on a FluxIAE export above ${FLUXIAE_DUCKDB_DEFAULT_ABOVE_BYTES / 1024 / 1024} MB; js otherwise), js (the reference: the same report, plus in json the summary per file), duckdb (indicators, intervals and breakdowns in SQL)`,
      )
        .choices(['auto', 'js', 'duckdb'])
        .default('auto'),
    )
    .action(async (files: string[], o) => {
      if (isFluxIae(o)) {
        // The engine reads the export: js (reportFluxIaeCommand) or duckdb (duckdb/fluxiaeSource).
        const opts = { ...o, inputFormat: 'fluxiae' as const, format: o.format === 'fluxiae' ? 'table' : o.format, from: checkDate(o.from, 'from'), to: checkDate(o.to, 'to') };
        code = await reportWithEngine(o.engine ?? 'auto', files, defaultMapping as Record<DatasetTable, TableMapping>, opts, io);
        return;
      }
      const mapping = await mappingFrom(o.mapping);
      checkTables(files, mapping, o.table);
      const from = checkDate(o.from, 'from');
      const to = checkDate(o.to, 'to');
      if (from && to && from > to) throw new UsageError('--from est après --to / --from is after --to');
      if (o.excel && o.format !== 'csv') throw new UsageError('--excel va avec --format csv / --excel goes with --format csv');
      const opts = { ...o, from, to };
      code = await reportWithEngine(o.engine ?? 'auto', files, mapping, opts, io);
    });
  sub('sql')
    .description('imprime les vues SQL (CREATE VIEW) des taux de sortie sur les tables du jeu de données')
    .addOption(new Option('--dialect <dialect>', 'dialecte SQL').choices(['postgres', 'duckdb']).makeOptionMandatory())
    .option('--schema <schema>', 'schéma des tables et des vues')
    .option('--from <date>', 'début de la période (JJ/MM/AAAA ou AAAA-MM-JJ ; défaut : toutes les sorties)')
    .option('--to <date>', 'fin de la période (JJ/MM/AAAA ou AAAA-MM-JJ)')
    .option('--tables', 'ajoute les CREATE TABLE IF NOT EXISTS des tables lues')
    .option('--indicators', 'ajoute les vues des autres indicateurs du catalogue écrits en SQL (entretiens, formations, PLIE...) et leurs tables')
    .option('-o, --output <file>', 'écrit le SQL dans un fichier')
    .action(async (o) => {
      code = await sqlCommand({ ...o, from: checkDate(o.from, 'from'), to: checkDate(o.to, 'to') }, io);
    });
  sub('validate')
    .description('vérifie les fichiers sans calculer (chaque ligne écartée est signalée, avec l’encodage et le séparateur lus)')
    .argument('<files...>', 'fichiers CSV ou JSON')
    .option('--mapping <file>', 'correspondance de colonnes (JSON)')
    .addOption(new Option('--table <table>', 'table des fichiers CSV').choices(DATASET_TABLES))
    .addOption(inputFormatOption())
    .addOption(new Option('--format <format>', 'fluxiae : raccourci de --input-format fluxiae').choices(['fluxiae']))
    .addOption(delimiterOption())
    .addOption(encodingOption())
    .option('--max-issues <n>', 'problèmes listés par type (les autres sont comptés)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new UsageError('--max-issues : un entier positif / --max-issues: a positive integer');
      return n;
    })
    .action(async (files: string[], o) => {
      if (isFluxIae(o)) {
        code = await validateFluxIaeCommand(files, io);
        return;
      }
      if (files.some((f) => f.toLowerCase().endsWith('.parquet'))) throw new UsageError('validate lit des fichiers CSV ou JSON (Parquet : siae report --engine duckdb) / validate reads CSV or JSON files (Parquet: siae report --engine duckdb)');
      const mapping = await mappingFrom(o.mapping);
      checkTables(files, mapping, o.table);
      code = await validateCommand(files, mapping, { ...o, ...(o.maxIssues ? { maxIssuesPerCode: o.maxIssues } : {}) }, io);
    });
  sub('eligibility')
    .description("évalue l'éligibilité de chaque candidat d'un fichier et explique la décision")
    .argument('<file>', 'CSV (id;type_structure;auteur;criteres;date) ou JSON')
    .addOption(new Option('--format <format>', 'format de sortie').choices(['table', 'json']).default('table'))
    .addOption(delimiterOption())
    .addOption(encodingOption())
    .action(async (file: string, o) => {
      code = await eligibilityCommand(file, o, io);
    });
  sub('parcours')
    .description('liste les obligations de suivi dues ou en retard à une date, par personne')
    .argument('<file>', 'JSON : [{ personId, structureKind, events }]')
    .requiredOption('--at <date>', 'date de référence (JJ/MM/AAAA ou AAAA-MM-JJ)')
    .option('--all', 'liste aussi les obligations faites et à venir')
    .addOption(new Option('--format <format>', 'format de sortie').choices(['table', 'json']).default('table'))
    .addOption(encodingOption())
    .action(async (file: string, o) => {
      code = await parcoursCommand(file, { ...o, at: checkDate(o.at, 'at')! }, io);
    });
  const axes: number[] = getReferentiel().axes.map((a) => a.number);
  sub('referentiel')
    .description('parcourt et cherche dans le référentiel (sans accents ni majuscules)')
    .argument('[terms...]', 'mots à chercher')
    .option(`--axis <n>`, `numéro d’axe (${axes[0]} à ${axes.at(-1)})`, (v) => {
      const n = Number(v);
      if (!axes.includes(n)) throw new UsageError(`--axis : un numéro d’axe de ${axes[0]} à ${axes.at(-1)} / --axis: an axis number from ${axes[0]} to ${axes.at(-1)}`);
      return n;
    })
    .addOption(new Option('--edition <edition>', 'édition').choices(['formation-projet', 'annexe-2', '2008']))
    .action((terms: string[], o) => {
      code = referentielCommand(terms, o, io);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0;
      // An option's parser threw a UsageError: commander wraps it.
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n`);
      return 2;
    }
    if (e instanceof SiaeSqlError) {
      io.stderr(`${e.message}\n`);
      return 2;
    }
    if (e instanceof SiaeValidationError) {
      for (const i of e.issues) io.stderr(`${i.pathText} : ${i.messageFr}\n`);
      return 2;
    }
    throw e;
  }
}
