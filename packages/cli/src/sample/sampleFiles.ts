import type { Dataset, DatasetTable } from '@siae/model';
import type { TableMapping } from '../mapping/defaultMapping';
import { datasetToCsv } from './toCsv';

/** The generator options of the bundled sample. */
export const SAMPLE_OPTIONS = { seed: 2025, parcours: 400, structuresPerKind: 2, from: '2024-01-01', to: '2025-12-31' } as const;

/** The file names of the sample's tables (French, as the default mapping recognises them). */
export const SAMPLE_FILE_NAMES: Record<DatasetTable, string> = {
  structures: 'structures.csv',
  people: 'personnes.csv',
  prescriptions: 'prescriptions.csv',
  diagnoses: 'diagnostics.csv',
  passes: 'pass_iae.csv',
  contracts: 'contrats.csv',
  monthlyHours: 'heures.csv',
  interviews: 'entretiens.csv',
  barriers: 'freins.csv',
  trainings: 'formations.csv',
  pmsmps: 'pmsmp.csv',
  skillsAttestations: 'attestations.csv',
  exits: 'sorties.csv',
};

/**
 * A malformed exits file built from the sample's first exits: good rows, and rows with an
 * impossible date, an unknown reason, a missing person and a French-format date (accepted).
 */
export function malformedExits(dataset: Dataset): string {
  const [a, b, c, d] = dataset.exits;
  const row = (e: Dataset['exits'][number] | undefined, over: Partial<Record<'personId' | 'date' | 'reason', string>> = {}) =>
    e ? [over.personId ?? e.personId, e.structureId, over.date ?? e.date, over.reason ?? e.reason, '', '', ''].join(';') : '';
  return [
    'id_personne;id_structure;date_sortie;motif_sortie;situation_3_mois;situation_6_mois;situation_12_mois',
    row(a),
    row(b, { date: '2025-02-30' }),
    row(c, { reason: 'PARTI_EN_VACANCES' }),
    row(d, { personId: '' }),
    row(d, { date: d ? `${d.date.slice(8, 10)}/${d.date.slice(5, 7)}/${d.date.slice(0, 4)}` : '' }),
    '',
  ].join('\n');
}

/** Every file of the bundled sample, by name. */
export function sampleFiles(dataset: Dataset, mapping: Record<DatasetTable, TableMapping>): Record<string, string> {
  const csv = datasetToCsv(dataset, mapping);
  const out: Record<string, string> = {};
  for (const [table, name] of Object.entries(SAMPLE_FILE_NAMES) as [DatasetTable, string][]) out[name] = csv[table];
  out['malformed/sorties.csv'] = malformedExits(dataset);
  return out;
}
