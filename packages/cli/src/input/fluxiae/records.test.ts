import { describe, expect, it } from 'vitest';
import { departementOfCommune, fluxIaeDate, fluxIaeNumber, isPersonalColumn } from './format';
import { parseFluxIaeText } from './records';

const HEADER = 'rms_id|rms_code|rms_libelle|rcs_id';

describe('parseFluxIaeText', () => {
  it('skips the DEB line and the header, stops at the FIN line, keeps the read columns', () => {
    const r = parseFluxIaeText(['DEB|x', HEADER, '11|1|Au chômage|4', '12|2|Inactif|4', 'FIN|2', 'après la fin'].join('\n'), 'fluxIAE_RefMotifSort', 'm.csv');
    expect(r.issues).toEqual([]);
    expect(r.records).toEqual([
      { line: 3, values: { rms_id: '11', rms_code: '1', rms_libelle: 'Au chômage', rcs_id: '4' } },
      { line: 4, values: { rms_id: '12', rms_code: '2', rms_libelle: 'Inactif', rcs_id: '4' } },
    ]);
  });

  it('reads a file without DEB line (the header first), with a BOM and CRLF line ends', () => {
    const r = parseFluxIaeText(`\uFEFF${HEADER}\r\n11|1|Au chômage|4\r\nFIN\r\n`, 'fluxIAE_RefMotifSort', 'm.csv');
    expect(r.issues).toEqual([]);
    expect(r.records).toEqual([{ line: 2, values: { rms_id: '11', rms_code: '1', rms_libelle: 'Au chômage', rcs_id: '4' } }]);
  });

  it('joins a line starting with | to the previous row (a newline inside a field), as the pipeline does', () => {
    const r = parseFluxIaeText(['DEB', HEADER, '11|1|Au chômage', '|4', '12|2|Inactif|4', 'FIN'].join('\n'), 'fluxIAE_RefMotifSort', 'm.csv');
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => [x.line, x.values.rms_libelle, x.values.rcs_id])).toEqual([
      [3, 'Au chômage', '4'],
      [5, 'Inactif', '4'],
    ]);
  });

  it('reports a row with a wrong number of fields (line, counts, never a value) and reads the next one', () => {
    const r = parseFluxIaeText(['DEB', HEADER, '11|1|Sans nouvelle DUPONTEL', '12|2|Inactif|4', 'FIN'].join('\n'), 'fluxIAE_RefMotifSort', 'm.csv');
    expect(r.records.map((x) => x.values.rms_id)).toEqual(['12']);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file: 'm.csv', line: 3, table: 'fluxIAE_RefMotifSort', messageFr: 'nombre de champs inattendu (3 au lieu de 4) : ligne écartée' });
    expect(JSON.stringify(r.issues)).not.toContain('DUPONTEL');
  });

  it('tolerates a trailing separator on every line', () => {
    const r = parseFluxIaeText(['DEB', `${HEADER}|`, '11|1|Au chômage|4|', 'FIN'].join('\n'), 'fluxIAE_RefMotifSort', 'm.csv');
    expect(r.issues).toEqual([]);
    expect(r.records[0]!.values.rcs_id).toBe('4');
  });

  it('reports a missing FIN line (a truncated file) and an empty file', () => {
    expect(parseFluxIaeText(['DEB', HEADER, '11|1|Au chômage|4'].join('\n'), 'fluxIAE_RefMotifSort', 'm.csv').issues.map((i) => i.messageEn)).toEqual([
      'no FIN… line at the end of the file: it may be truncated',
    ]);
    expect(parseFluxIaeText('', 'fluxIAE_RefMotifSort', 'm.csv').issues.map((i) => i.messageEn)).toEqual(['empty file or no header line']);
  });

  it('refuses a file whose header lacks a required column, naming the column', () => {
    const r = parseFluxIaeText(['DEB', 'rms_id|rms_code|rcs_id', '11|1|4', 'FIN'].join('\n'), 'fluxIAE_RefMotifSort', 'm.csv');
    expect(r.records).toEqual([]);
    expect(r.issues).toMatchObject([{ line: 2, column: 'rms_libelle', messageEn: 'required column missing from the header: file left out' }]);
  });

  it('drops personal columns by name (the pipeline keywords) and keeps only the read ones', () => {
    const text = ['DEB', 'salarie_id|salarie_nir|salarie_nom_usage|salarie_prenom|salarie_date_naissance|salarie_adr_mail|salarie_rci_libelle', '501|185055935012345|DUPONTEL|Gaston|12/05/1985|g@example.org|M.', 'FIN'].join('\n');
    const r = parseFluxIaeText(text, 'fluxIAE_Salarie', 's.csv');
    expect(r.records).toEqual([{ line: 3, values: { salarie_id: '501' } }]);
    expect(r.header).toEqual({ columns: 7, personalColumns: ['salarie_nir', 'salarie_nom_usage', 'salarie_prenom', 'salarie_date_naissance', 'salarie_adr_mail'] });
  });
});

describe('FluxIAE values', () => {
  it('reads dd/mm/yyyy dates (with or without a time), refuses impossible and implausible ones', () => {
    expect(fluxIaeDate('31/03/2025')).toBe('2025-03-31');
    expect(fluxIaeDate('31/03/2025 00:00:00')).toBe('2025-03-31');
    expect(fluxIaeDate('2025-03-31')).toBe('2025-03-31');
    expect(fluxIaeDate('30/02/2025')).toBeNull();
    expect(fluxIaeDate('01/01/0001')).toBeNull();
    expect(fluxIaeDate('31/12/9999')).toBeNull();
    expect(fluxIaeDate('31/03/25')).toBeNull();
  });
  it('reads numbers with a decimal point or comma', () => {
    expect(fluxIaeNumber('118,5')).toBe(118.5);
    expect(fluxIaeNumber('118.5')).toBe(118.5);
    expect(fluxIaeNumber('12 h')).toBeNull();
  });
  it('derives the département of an INSEE commune code', () => {
    expect(departementOfCommune('59350')).toBe('59');
    expect(departementOfCommune('1053')).toBe('01');
    expect(departementOfCommune('2A004')).toBe('2A');
    expect(departementOfCommune('97411')).toBe('974');
    expect(departementOfCommune('')).toBeNull();
  });
  it('knows the pipeline’s personal keywords inside longer names', () => {
    expect(isPersonalColumn('referent_courriel')).toBe(true);
    expect(isPersonalColumn('structure_bban')).toBe(true);
    expect(isPersonalColumn('salarie_agrement')).toBe(true);
    expect(isPersonalColumn('emi_nb_heures_travail')).toBe(false);
  });
});
