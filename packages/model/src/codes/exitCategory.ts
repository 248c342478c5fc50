import { type CodeOf, defineCodeList } from './defineCodeList';

const ASP = "ASP, Extranet IAE 2.0, catégories de sortie (bilan: colonnes 4 à 7); pilotage-airflow scripts/sql/igas_sorties_par_eiti.sql";

/**
 * The ASP exit categories. The taux de sortie dynamique counts `durable`, `transition` and
 * `positive` over the exits examined; `withdrawn` exits count nowhere.
 */
export const exitCategories = defineCodeList(['durable', 'transition', 'positive', 'other', 'withdrawn'] as const, {
  durable: { labelFr: 'Emploi durable', labelEn: 'Lasting employment', source: ASP },
  transition: { labelFr: 'Emploi de transition', labelEn: 'Transitional employment', source: ASP },
  positive: { labelFr: 'Sorties positives', labelEn: 'Other positive exits', source: ASP },
  other: { labelFr: 'Autres sorties', labelEn: 'Other exits', source: ASP },
  withdrawn: {
    labelFr: 'Retrait des sorties constatées',
    labelEn: 'Withdrawn from the exits examined',
    source: `${ASP}; pilotage-airflow dbt/models/indexed/motif_sorties_salaries.sql`,
  },
});

/** An exit category code. */
export type ExitCategory = CodeOf<typeof exitCategories>;
