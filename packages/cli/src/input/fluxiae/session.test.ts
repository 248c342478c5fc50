import { describe, expect, it } from 'vitest';
import { FLUXIAE_TABLES, type FluxIaeTable } from './format';
import { createFluxIaeSession, fluxIaeToDataset } from './session';

const file = (header: string, ...rows: string[]) => ['DEB|test', header, ...rows, 'FIN'].join('\n');
const STRUCT = 'structure_id_siae|structure_siret_actualise|structure_denomination|structure_adresse_admin_code_insee';
const CTR = 'contrat_id_ctr|contrat_id_pph|contrat_id_structure|contrat_mesure_disp_code|contrat_date_embauche|contrat_date_fin_contrat';
const EMI = 'emi_sme_mois|emi_sme_annee|emi_sme_version|emi_pph_id|emi_ctr_id|emi_nb_heures_travail|emi_date_fin_reelle|emi_motif_sortie_id';
const MOTIFS = file('rms_id|rms_code|rms_libelle|rcs_id', '11|1|Embauche en CDI non aidé|1', '14|4|Au chômage|4');

function texts(t: Partial<Record<FluxIaeTable, string>>) {
  return Object.fromEntries(Object.entries(t).map(([table, text]) => [table, { file: `${table}.csv`, text }])) as Parameters<typeof fluxIaeToDataset>[0];
}

describe('fluxIaeToDataset', () => {
  it('maps structures (kind from the contracts’ dispositif, département from the INSEE code), contracts, hours and exits', () => {
    const r = fluxIaeToDataset(
      texts({
        fluxIAE_RefMotifSort: MOTIFS,
        fluxIAE_Structure: file(STRUCT, '1001|41900123000012|Chantier|59350'),
        fluxIAE_ContratMission: file(CTR, '7001|501|1001|ACI_MP|06/01/2025|30/06/2025'),
        fluxIAE_EtatMensuelIndiv: file(EMI, '5|2025|1|501|7001|98,5||', '6|2025|1|501|7001|100|30/06/2025|11'),
      }),
    );
    expect(r.issues).toEqual([]);
    expect(r.mapping).toBeNull();
    expect(r.dataset.structures).toEqual([{ id: '1001', kind: 'ACI', siret: '41900123000012', name: 'Chantier', departement: '59' }]);
    expect(r.dataset.contracts).toEqual([{ id: '7001', personId: '501', structureId: '1001', kind: 'CDDI', startDate: '2025-01-06', endDate: '2025-06-30' }]);
    expect(r.dataset.monthlyHours).toEqual([
      { personId: '501', structureId: '1001', month: '2025-05', hours: 98.5 },
      { personId: '501', structureId: '1001', month: '2025-06', hours: 100 },
    ]);
    expect(r.dataset.exits).toEqual([{ personId: '501', structureId: '1001', date: '2025-06-30', reason: 'CDI_NON_AIDE' }]);
    expect(r.dataset.people).toEqual([]);
  });

  it('keeps the latest version of a contract’s month (never sums the versions) and sums two contracts of one month', () => {
    const r = fluxIaeToDataset(
      texts({
        fluxIAE_Structure: file(STRUCT, '1002|41900456000027|AI|62041'),
        fluxIAE_ContratMission: file(CTR, '7001|501|1002|AI_DC|01/03/2025|', '7002|501|1002|AI_DC|15/03/2025|'),
        fluxIAE_EtatMensuelIndiv: file(EMI, '3|2025|2|501|7001|40||', '3|2025|1|501|7001|25||', '3|2025|1|501|7002|10||'),
      }),
    );
    // 7001: version 2 (40 h) wins over version 1 (25 h), read after it; plus 7002's 10 h.
    expect(r.dataset.monthlyHours).toEqual([{ personId: '501', structureId: '1002', month: '2025-03', hours: 50 }]);
    expect(r.notes.some((n) => n.startsWith('1 ligne(s) mensuelle(s) en double'))).toBe(true);
    expect(r.dataset.contracts.map((c) => [c.kind, c.endDate])).toEqual([
      ['CDDU', undefined],
      ['CDDU', undefined],
    ]);
  });

  it('splits a structure with contracts of two kinds into one structure per kind', () => {
    const r = fluxIaeToDataset(
      texts({
        fluxIAE_Structure: file(STRUCT, '1001|41900123000012|Double|59350'),
        fluxIAE_ContratMission: file(CTR, '7001|501|1001|ACI_DC|01/01/2025|', '7002|502|1001|EI_DC|01/01/2025|'),
      }),
    );
    expect(r.dataset.structures.map((s) => [s.id, s.kind])).toEqual([
      ['1001-ACI', 'ACI'],
      ['1001-EI', 'EI'],
    ]);
    expect(r.dataset.contracts.map((c) => c.structureId)).toEqual(['1001-ACI', '1001-EI']);
  });

  it('counts an exit repeated on several monthly rows once; reports the same exit with two reasons and keeps the latest version', () => {
    const r = fluxIaeToDataset(
      texts({
        fluxIAE_RefMotifSort: MOTIFS,
        fluxIAE_Structure: file(STRUCT, '1001|41900123000012|Chantier|59350'),
        fluxIAE_ContratMission: file(CTR, '7001|501|1001|ACI_DC|01/01/2025|', '7002|502|1001|ACI_DC|01/01/2025|'),
        fluxIAE_EtatMensuelIndiv: file(
          EMI,
          '6|2025|1|501|7001|10|30/06/2025|11',
          '6|2025|2|501|7001|10|30/06/2025|11',
          '6|2025|2|502|7002|10|30/06/2025|14',
          '6|2025|1|502|7002|10|30/06/2025|11',
        ),
      }),
    );
    expect(r.dataset.exits.map((e) => [e.personId, e.reason])).toEqual([
      ['501', 'CDI_NON_AIDE'],
      ['502', 'CHOMAGE'],
    ]);
    expect(r.issues.map((i) => [i.line, i.column])).toEqual([[6, 'emi_motif_sortie_id']]);
    expect(r.notes.some((n) => n.startsWith('1 sortie(s) répétée(s)'))).toBe(true);
  });

  it('reports each bad row with its file, line and column, never its value, and keeps the others', () => {
    const r = fluxIaeToDataset(
      texts({
        fluxIAE_RefMotifSort: MOTIFS,
        fluxIAE_Structure: file(STRUCT, '1001|41900123000013|Chantier|59350', '1003|41900789000033|EI|97411'),
        fluxIAE_ContratMission: file(CTR, '7001|501|1001|ACI_DC|31/02/2025|', '7002|502|1001|ACI_DC|01/01/2025|', '7003|503|1003|EI_DC|01/01/2025|', '7004|504|1003|EI_DC|01/01/2025|31/12/2024'),
        fluxIAE_EtatMensuelIndiv: file(
          EMI,
          '1|2025|1|503|9999|10||',
          '1|2025|1|599|7003|10||',
          '13|2025|1|503|7003|10||',
          '1|2025|1|503|7003|800||',
          '2|2025|1|503|7003|10||77',
          '2|2025|1|503|7003|10||11',
          '3|2025|1|503|7003|10|31/12/2025|11',
        ),
      }),
    );
    expect(r.issues.map((i) => [i.table, i.line, i.column])).toEqual([
      ['fluxIAE_ContratMission', 3, 'contrat_date_embauche'],
      ['fluxIAE_EtatMensuelIndiv', 3, 'emi_ctr_id'],
      ['fluxIAE_EtatMensuelIndiv', 4, 'emi_pph_id'],
      ['fluxIAE_EtatMensuelIndiv', 5, 'emi_sme_mois'],
      ['fluxIAE_EtatMensuelIndiv', 6, 'emi_nb_heures_travail'],
      ['fluxIAE_EtatMensuelIndiv', 7, 'emi_motif_sortie_id'],
      ['fluxIAE_EtatMensuelIndiv', 8, 'emi_date_fin_reelle'],
      // Found when the rows are checked against the model: the SIRET key, an end before the start.
      ['fluxIAE_Structure', 3, 'structure_siret_actualise'],
      ['fluxIAE_ContratMission', 6, 'contrat_date_fin_contrat'],
    ]);
    expect(r.dataset.exits.map((e) => e.date)).toEqual(['2025-12-31']);
    expect(r.dataset.structures.map((s) => [s.id, s.departement])).toEqual([['1003', '974']]);
    const text = JSON.stringify(r.issues);
    for (const value of ['41900123000013', '31/02/2025', '9999', '599', '800']) expect(text).not.toContain(value);
  });

  it('without fluxIAE_RefMotifSort: the exits cannot be read, one issue counts them', () => {
    const r = fluxIaeToDataset(
      texts({
        fluxIAE_Structure: file(STRUCT, '1001|41900123000012|Chantier|59350'),
        fluxIAE_ContratMission: file(CTR, '7001|501|1001|ACI_DC|01/01/2025|'),
        fluxIAE_EtatMensuelIndiv: file(EMI, '6|2025|1|501|7001|10|30/06/2025|11'),
      }),
    );
    expect(r.dataset.exits).toEqual([]);
    expect(r.issues.map((i) => i.messageFr)).toEqual(['1 sortie(s) écartée(s) : sans fluxIAE_RefMotifSort, le motif de sortie ne peut pas être lu']);
  });

  it('refuses to read the tables out of order (the monthly states need the contracts)', () => {
    const s = createFluxIaeSession();
    s.open(FLUXIAE_TABLES[4], 'c.csv').close();
    expect(() => s.open(FLUXIAE_TABLES[2], 's.csv')).toThrow(RangeError);
  });
});
