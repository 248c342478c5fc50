import { describe, expect, it } from 'vitest';
import { cedre, toolBox } from './cedre';
import { inaeQualityGrid } from './inae';
import { plieReferentiel } from './plie';

describe('inaeQualityGrid', () => {
  it('numbers the tracks 1 to 60, each in one dimension, 1 to 4 assumed', () => {
    expect(inaeQualityGrid.tracks.map((t) => t.number)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(inaeQualityGrid.dimensions.flatMap((d) => d.trackNumbers).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(inaeQualityGrid.tracks.filter((t) => t.numberAssumed)).toHaveLength(4);
  });
  it('has eight dimensions, each with criteria, indicators, axes and a source', () => {
    expect(inaeQualityGrid.dimensions).toHaveLength(8);
    for (const d of inaeQualityGrid.dimensions) {
      expect(d.criteria.length, d.id).toBeGreaterThan(0);
      expect(d.indicators.length, d.id).toBeGreaterThan(0);
      expect(d.axes.every((a) => a >= 1 && a <= 4)).toBe(true);
      expect(d.source).toContain('(docs/sources.md#inae)');
      for (const item of [...d.criteria, ...d.indicators]) expect(item.source).toContain(`§${d.titleFr}`);
    }
  });
});

describe('cedre and toolBox', () => {
  it('has three key processes plus continuous improvement, and a tool box for axes 1, 2 and 4', () => {
    expect(cedre.keyProcesses.map((p) => p.id)).toEqual(['cedre.accueil', 'cedre.insertion', 'cedre.observatoire']);
    expect(cedre.continuousImprovement.items).toHaveLength(3);
    expect(cedre.keyProcesses.flatMap((p) => p.items).every((i) => i.source.includes('(docs/sources.md#uriae-npdc)'))).toBe(true);
    expect([...new Set(toolBox.map((t) => t.axis))]).toEqual([1, 2, 4]);
    expect(new Set(toolBox.map((t) => t.id)).size).toBe(toolBox.length);
    expect(toolBox.every((t) => t.source.includes('(docs/sources.md#uriae-npdc)'))).toBe(true);
    expect(toolBox.find((t) => t.labelFr === 'Business plan')?.sourceWording).toBe('Buisness Plan');
  });
});

describe('plieReferentiel', () => {
  it('has three phases at the integration, deployment and exit preparation stages, and its indicators', () => {
    expect(plieReferentiel.phases.map((p) => p.stage)).toEqual(['integration', 'deployment', 'exit_preparation']);
    expect(plieReferentiel.indicators).toHaveLength(11);
    expect(plieReferentiel.followUpDutiesFr.filter((d) => d.dutyId)).toHaveLength(4);
  });
});

// Synthèse URIAE Nord-Pas-de-Calais (docs/sources.md#uriae-npdc), « Un engagement qualité : la
// certification CEDRE »: what the certification attests, and its dates (1996; version 2 from February 2008).
describe('cedre: attestations and versions', () => {
  it('holds the three aptitudes the certification attests and the dated versions, as precise as the text', () => {
    expect(cedre.attestationsFr).toHaveLength(3);
    expect(cedre.attestationsFr[0]).toMatch(/^rendre la personne en situation de précarité actrice/);
    expect(cedre.versions.map((v) => v.from)).toEqual(['1996', '2008-02']);
    expect(cedre.versions.every((v) => v.source.includes('(docs/sources.md#uriae-npdc)'))).toBe(true);
    expect(cedre.scopeFr).toContain("économie sociale et solidaire");
  });
});

// Référentiel technique PLIE (docs/sources.md#plie): §2 (operators), §3.3 (funding), §3.4 (proofs).
describe('plieReferentiel: operators, funding rule, eligibility proofs', () => {
  it('lists the seven kinds of operators, the funding rule and the proofs of eligibility', () => {
    expect(plieReferentiel.operators.map((o) => o.structureKind ?? o.labelFr)).toEqual(['ACI', 'AI', 'EI', 'ETTI', 'Régies de Quartiers', 'GEIQ', 'Associations proposant un contrat de travail']);
    expect(plieReferentiel.fundingRuleFr).toMatch(/^Le financement se fait en fonction du nombre de personnes PLIE accompagnées/);
    expect(plieReferentiel.eligibilityProofsFr).toEqual(['Justificatifs de domicile', 'Attestation Pôle Emploi et/ou RSA ou autre justificatif de minima sociaux']);
    expect(plieReferentiel.versionFr).toContain('2014-2020');
  });
});
