import { readFile } from 'node:fs/promises';
import { type DatasetTable, DATASET_TABLES, isIsoDate, SiaeValidationError } from '@siae/model';
import { SiaeSqlError } from '@siae/sql';
import { Command, CommanderError, Option } from 'commander';
import { eligibilityCommand } from './commands/eligibility';
import { parcoursCommand } from './commands/parcours';
import { referentielCommand } from './commands/referentiel';
import { reportCommand, validateCommand } from './commands/report';
import { autoPicksDuckDb, DUCKDB_DEFAULT_ABOVE_BYTES, duckDbReportCommand } from './commands/reportDuckdb';
import { sqlCommand } from './commands/sql';
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
    .addOption(new Option('--format <format>', 'format de sortie').choices(['table', 'json', 'markdown', 'html', 'csv']).default('table'))
    .option('--mapping <file>', 'correspondance de colonnes (JSON)')
    .option('-o, --output <file>', 'écrit le rapport dans un fichier')
    .option('--title <title>', 'titre du rapport HTML')
    .addOption(tableOption)
    .addOption(
      new Option(
        '--engine <engine>',
        `moteur : js (référence, rapport complet), duckdb (taux de sortie en SQL, fichiers CSV) ; par défaut duckdb au-delà de ${DUCKDB_DEFAULT_ABOVE_BYTES / 1024 / 1024} Mo de CSV`,
      ).choices(['js', 'duckdb']),
    )
    .action(async (files: string[], o) => {
      const mapping = await mappingFrom(o.mapping);
      checkTables(files, mapping, o.table);
      const opts = { ...o, from: checkDate(o.from, 'from'), to: checkDate(o.to, 'to') };
      const duck = o.engine === 'duckdb' || (o.engine === undefined && (await autoPicksDuckDb(files, o.format)));
      code = duck ? await duckDbReportCommand(files, mapping, opts, io) : await reportCommand(files, mapping, opts, io);
    });
  program
    .command('sql')
    .description('imprime les vues SQL (CREATE VIEW) des taux de sortie sur les tables du jeu de données')
    .addOption(new Option('--dialect <dialect>', 'dialecte SQL').choices(['postgres', 'duckdb']).makeOptionMandatory())
    .option('--schema <schema>', 'schéma des tables et des vues')
    .option('--from <date>', 'début de la période (AAAA-MM-JJ ; défaut : toutes les sorties)')
    .option('--to <date>', 'fin de la période (AAAA-MM-JJ)')
    .option('--tables', 'ajoute les CREATE TABLE IF NOT EXISTS des tables lues')
    .option('-o, --output <file>', 'écrit le SQL dans un fichier')
    .action(async (o) => {
      code = await sqlCommand({ ...o, from: checkDate(o.from, 'from'), to: checkDate(o.to, 'to') }, io);
    });
  program
    .command('validate')
    .description('vérifie les fichiers sans calculer (chaque ligne écartée est signalée)')
    .argument('<files...>', 'fichiers CSV ou JSON')
    .option('--mapping <file>', 'correspondance de colonnes (JSON)')
    .addOption(new Option('--table <table>', 'table des fichiers CSV').choices(DATASET_TABLES))
    .action(async (files: string[], o) => {
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
    .addOption(new Option('--edition <edition>', 'édition').choices(['2008', 'annexe-2']))
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
    if (e instanceof SiaeSqlError) {
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
