import { readFile } from 'node:fs/promises';
import { type DatasetTable, DATASET_TABLES, isIsoDate, SiaeValidationError } from '@siae/model';
import { Command, CommanderError, Option } from 'commander';
import { eligibilityCommand } from './commands/eligibility';
import { reportFluxIaeCommand, validateFluxIaeCommand } from './commands/fluxiae';
import { parcoursCommand } from './commands/parcours';
import { referentielCommand } from './commands/referentiel';
import { reportCommand, validateCommand } from './commands/report';
import { type CliIo, processIo } from './io';
import { defaultMapping, type TableMapping } from './mapping/defaultMapping';
import { applyUserMapping, tableForFile } from './mapping/userMapping';

class UsageError extends Error {}

function checkDate(v: string | undefined, name: string): string | undefined {
  if (v !== undefined && !isIsoDate(v)) throw new UsageError(`--${name} doit être une date AAAA-MM-JJ / --${name} must be a YYYY-MM-DD date`);
  return v;
}

function checkTables(files: string[], mapping: Record<DatasetTable, TableMapping>, table: string | undefined): void {
  if (table) return;
  const unknown = files.filter((f) => !f.toLowerCase().endsWith('.json') && !tableForFile(f, mapping));
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
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new UsageError('fichier de correspondance (--mapping) illisible / unreadable --mapping file');
  }
  return applyUserMapping(json);
}

/**
 * Runs the `siae` command with arguments (without `node` and the script) and returns the exit
 * code: 0 all good, 1 some rows or records rejected, 2 usage error.
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('siae')
    .description("Indicateurs, éligibilité, parcours et référentiel de l'IAE à partir de vos exports (CSV ou JSON).")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  const tableOption = new Option('--table <table>', 'table des fichiers CSV (sinon déduite du nom du fichier)').choices(DATASET_TABLES);
  program
    .command('report')
    .description("calcule le rapport d'indicateurs d'un jeu de données pour une période")
    .argument('<files...>', 'fichiers CSV (un par table : structures.csv, contrats.csv, heures.csv, sorties.csv...) ou JSON')
    .option('--from <date>', 'début de la période (AAAA-MM-JJ)')
    .option('--to <date>', 'fin de la période (AAAA-MM-JJ)')
    .addOption(new Option('--variant <variant>', 'variante du taux de sortie dynamique').choices(['dgefp', 'uriae']))
    .addOption(new Option('--format <format>', 'format de sortie (fluxiae : raccourci de --input-format fluxiae, sortie table)').choices(['table', 'json', 'markdown', 'html', 'csv', 'fluxiae']).default('table'))
    .addOption(inputFormatOption())
    .option('--mapping <file>', 'correspondance de colonnes (JSON)')
    .option('-o, --output <file>', 'écrit le rapport dans un fichier')
    .option('--title <title>', 'titre du rapport HTML')
    .addOption(tableOption)
    .action(async (files: string[], o) => {
      if (isFluxIae(o)) {
        code = await reportFluxIaeCommand(files, { ...o, format: o.format === 'fluxiae' ? 'table' : o.format, from: checkDate(o.from, 'from'), to: checkDate(o.to, 'to') }, io);
        return;
      }
      const mapping = await mappingFrom(o.mapping);
      checkTables(files, mapping, o.table);
      code = await reportCommand(files, mapping, { ...o, from: checkDate(o.from, 'from'), to: checkDate(o.to, 'to') }, io);
    });
  program
    .command('validate')
    .description('vérifie les fichiers sans calculer (chaque ligne écartée est signalée)')
    .argument('<files...>', 'fichiers CSV ou JSON')
    .option('--mapping <file>', 'correspondance de colonnes (JSON)')
    .addOption(new Option('--table <table>', 'table des fichiers CSV').choices(DATASET_TABLES))
    .addOption(inputFormatOption())
    .addOption(new Option('--format <format>', 'fluxiae : raccourci de --input-format fluxiae').choices(['fluxiae']))
    .action(async (files: string[], o) => {
      if (isFluxIae(o)) {
        code = await validateFluxIaeCommand(files, io);
        return;
      }
      const mapping = await mappingFrom(o.mapping);
      checkTables(files, mapping, o.table);
      code = await validateCommand(files, mapping, o, io);
    });
  program
    .command('eligibility')
    .description("évalue l'éligibilité de chaque candidat d'un fichier et explique la décision")
    .argument('<file>', 'CSV (id;type_structure;auteur;criteres;date) ou JSON')
    .addOption(new Option('--format <format>', 'format de sortie').choices(['table', 'json']).default('table'))
    .action(async (file: string, o) => {
      code = await eligibilityCommand(file, o, io);
    });
  program
    .command('parcours')
    .description('liste les obligations de suivi dues ou en retard à une date, par personne')
    .argument('<file>', 'JSON : [{ personId, structureKind, events }]')
    .requiredOption('--at <date>', 'date de référence (AAAA-MM-JJ)')
    .option('--all', 'liste aussi les obligations faites et à venir')
    .addOption(new Option('--format <format>', 'format de sortie').choices(['table', 'json']).default('table'))
    .action(async (file: string, o) => {
      code = await parcoursCommand(file, { ...o, at: checkDate(o.at, 'at')! }, io);
    });
  program
    .command('referentiel')
    .description('parcourt et cherche dans le référentiel (sans accents ni majuscules)')
    .argument('[terms...]', 'mots à chercher')
    .option('--axis <n>', 'numéro d’axe (1 à 4)', (v) => Number(v))
    .addOption(new Option('--edition <edition>', 'édition').choices(['formation-projet', 'annexe-2', '2008']))
    .action((terms: string[], o) => {
      code = referentielCommand(terms, o, io);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n`);
      return 2;
    }
    if (e instanceof SiaeValidationError) {
      for (const i of e.issues) io.stderr(`${i.pathText} : ${i.messageFr}\n`);
      return 2;
    }
    if (e instanceof Error && 'code' in e && (e as NodeJS.ErrnoException).code === 'ENOENT') {
      io.stderr('fichier introuvable / file not found\n');
      return 2;
    }
    throw e;
  }
}
