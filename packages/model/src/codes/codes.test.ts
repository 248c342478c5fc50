import { describe, expect, it } from 'vitest';
import { iaeCriteria } from './criterion';
import { defineCodeList } from './defineCodeList';
import { exitCategories } from './exitCategory';
import { exitReasons } from './exitReason';
import { SIAE_KINDS, structureKinds } from './structureKind';

describe('defineCodeList', () => {
  const colours = defineCodeList(['RED', 'BLUE'] as const, {
    RED: { labelFr: 'Rouge', source: 's' },
    BLUE: { labelFr: 'Bleu', source: 's' },
  });
  it('keeps the order, looks up codes and validates with its schema', () => {
    expect(colours.entries.map((e) => e.code)).toEqual(['RED', 'BLUE']);
    expect(colours.get('BLUE')?.labelFr).toBe('Bleu');
    expect(colours.get('GREEN')).toBeUndefined();
    expect(colours.has('RED')).toBe(true);
    expect(colours.schema.safeParse('RED').success).toBe(true);
    expect(colours.schema.safeParse('GREEN').success).toBe(false);
  });
  it('freezes its entries', () => {
    expect(Object.isFrozen(colours.entries)).toBe(true);
    expect(Object.isFrozen(colours.entries[0])).toBe(true);
  });
});

describe('shared code lists', () => {
  it('has six structure kinds, five of them SIAE', () => {
    expect(structureKinds.codes).toEqual(['ACI', 'AI', 'EI', 'EITI', 'ETTI', 'GEIQ']);
    expect(SIAE_KINDS).toHaveLength(5);
  });
  it('has the 18 IAE criteria, 4 of them at level 1 in the notes', () => {
    expect(iaeCriteria.codes).toHaveLength(18);
    expect(iaeCriteria.get('DETLD')?.labelFr).toBe("Demandeur d'emploi de très longue durée (24 mois et plus)");
  });
  it('maps the 27 exit reasons to a category, marking the assumed ones', () => {
    expect(exitReasons.codes).toHaveLength(27);
    const count = (c: string) => exitReasons.entries.filter((e) => e.defaultCategory === c).length;
    expect([count('durable'), count('transition'), count('positive'), count('other'), count('withdrawn')]).toEqual([8, 4, 3, 6, 6]);
    expect(exitReasons.get('RETRAITE')).toMatchObject({ defaultCategory: 'withdrawn', assumed: true });
    expect(exitReasons.get('CDI_NON_AIDE')).toMatchObject({ defaultCategory: 'durable', assumed: false });
    expect(exitReasons.entries.filter((e) => e.assumed).map((e) => e.code).sort()).toEqual(
      [
        'CDI_INCLUSION',
        'RUPTURE_PERIODE_ESSAI',
        'SORTIE_AUTOMATIQUE',
        'RETRAITE',
        'DECES',
        'CONGE_LONGUE_DUREE',
        'FAUTE_GRAVE',
        'DECISION_ADMINISTRATIVE_JUSTICE',
        'TRANSFERT_EMPLOYEUR',
        'EITI_POURSUITE_CA_MEDIAN',
        'EITI_POURSUITE_CA_SEUIL_PAUVRETE',
      ].sort(),
    );
  });
  it('gives every value a French label and a source', () => {
    for (const list of [structureKinds, exitCategories, exitReasons, iaeCriteria]) {
      for (const e of list.entries) {
        expect(e.labelFr.length).toBeGreaterThan(0);
        expect(e.source.length).toBeGreaterThan(0);
      }
    }
  });
});
