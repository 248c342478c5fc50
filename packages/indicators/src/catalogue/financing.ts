import { followedPeople } from '../report/context';
import { RATE_CATEGORIES, ratio, rateIn } from './computations';
import type { IndicatorDefinition } from './types';

const I2014 = 'Instruction DGEFP n° 2014-2 du 5 février 2014 (part modulée)';

/** The aide au poste and the 2014 modulation criteria, as indicators. */
export const financingIndicators: readonly IndicatorDefinition[] = [
  {
    id: 'aide-au-poste',
    labelFr: 'Aide au poste',
    definitionFr: "Montant de l'aide au poste d'une structure : montant socle par ETP (table datée) plus la part modulée de 0 à 10 % du socle.",
    formula: 'ETP × montant socle × (1 + taux de modulation)',
    unit: 'euros',
    source: `${I2014}; arrêtés de revalorisation (2022, 2023, 2024)`,
    seed: 'legal',
    kind: 'declared',
    computedBy: 'aideAuPoste',
    declaredInput: { shape: 'number', descriptionFr: "ETP conventionnés et taux de modulation de l'annexe financière (la fonction aideAuPoste calcule le montant)" },
  },
  {
    id: 'modulation.public',
    labelFr: 'Critère « public » de la part modulée',
    definitionFr: 'Part des bénéficiaires de minima sociaux parmi les salariés en insertion suivis sur la période (pondération 35 %).',
    formula: 'bénéficiaires de minima sociaux / salariés en insertion',
    unit: 'ratio',
    source: I2014,
    seed: 'legal',
    kind: 'computed',
    computedBy: 'modulationCriteria',
    compute: (ctx) => {
      let n = 0;
      const people = ctx.dataset.people;
      const all = followedPeople(ctx);
      const { size } = all;
      const followed = all.lookup();
      for (let k = 0; k < people.length; k++) {
        const p = people[k]!;
        if (p.minimaSociaux && followed(p.id)) n++;
      }
      return ratio(n, size, `${n} bénéficiaires de minima sociaux sur ${size} salariés en insertion`);
    },
  },
  {
    id: 'modulation.effort-insertion',
    labelFr: "Critère « effort d'insertion » de la part modulée",
    definitionFr: "ETP d'encadrement et d'accompagnement rapportés aux ETP de salariés en insertion (pondération 40 %). Les ETP d'encadrement sont déclarés.",
    formula: "ETP d'encadrement et d'accompagnement / ETP en insertion",
    unit: 'ratio',
    source: I2014,
    seed: 'legal',
    kind: 'declared',
    computedBy: 'modulationCriteria',
    declaredInput: { shape: 'number', descriptionFr: "ETP d'encadrement et d'accompagnement, ETP de salariés en insertion" },
  },
  {
    id: 'modulation.resultats',
    labelFr: 'Critère « résultats » de la part modulée',
    definitionFr: 'Le taux de sortie dynamique de la structure (pondération 25 %).',
    formula: 'taux de sortie dynamique',
    unit: 'ratio',
    source: I2014,
    seed: 'legal',
    kind: 'computed',
    computedBy: 'dynamicExitRate',
    compute: (ctx, o) => rateIn(ctx, o, RATE_CATEGORIES.dynamic),
  },
];
