import { describe, expect, it } from 'vitest';
import { datasetToFluxIae, generateFluxIae } from './fluxiae';
import { generateDataset } from './generate';

describe('datasetToFluxIae', () => {
  const dataset = generateDataset({ seed: 3, parcours: 30 });
  const files = datasetToFluxIae(dataset);

  it('writes the six files, each a DEB line, a header, the rows and a FIN line with the row count', () => {
    expect(Object.keys(files)).toEqual([
      'fluxIAE_RefCategorieSort_01012026_000000.csv',
      'fluxIAE_RefMotifSort_01012026_000000.csv',
      'fluxIAE_Structure_01012026_000000.csv',
      'fluxIAE_Salarie_01012026_000000.csv',
      'fluxIAE_ContratMission_01012026_000000.csv',
      'fluxIAE_EtatMensuelIndiv_01012026_000000.csv',
    ]);
    for (const [name, text] of Object.entries(files)) {
      const lines = text.trimEnd().split('\n');
      expect(lines[0]!.startsWith(`DEB|${name.split('_').slice(0, 2).join('_')}`)).toBe(true);
      expect(lines.at(-1)).toBe(`FIN|${lines.length - 3}`);
      const width = lines[1]!.split('|').length;
      for (const l of lines.slice(2, -1)) expect(l.split('|')).toHaveLength(width);
    }
    expect(files['fluxIAE_Structure_01012026_000000.csv']!.split('\n')).toHaveLength(dataset.structures.length + 4);
    expect(files['fluxIAE_ContratMission_01012026_000000.csv']!.split('\n')).toHaveLength(dataset.contracts.length + 4);
  });

  it('keeps every hour and every exit: the monthly states sum to the dataset’s hours and carry one motif per exit', () => {
    const emi = files['fluxIAE_EtatMensuelIndiv_01012026_000000.csv']!.trimEnd().split('\n').slice(2, -1).map((l) => l.split('|'));
    const hours = emi.reduce((n, r) => n + Number(r[11]), 0);
    expect(hours).toBe(dataset.monthlyHours.reduce((n, h) => n + h.hours, 0));
    expect(emi.filter((r) => r[18] !== '')).toHaveLength(dataset.exits.length);
    expect(emi.filter((r) => r[18] !== '').every((r) => /^\d{2}\/\d{2}\/\d{4}$/.test(r[17]!))).toBe(true);
  });

  it('is deterministic, and leaves out the category table on request', () => {
    expect(generateFluxIae({ seed: 3, parcours: 30 })).toEqual(files);
    expect(Object.keys(datasetToFluxIae(dataset, { withCategories: false, stamp: '02022026_120000' }))[0]).toBe('fluxIAE_RefMotifSort_02022026_120000.csv');
  });
});
