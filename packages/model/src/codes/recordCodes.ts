import { type CodeOf, defineCodeList } from './defineCodeList';

/** What became of a prescription (candidature). */
export const prescriptionOutcomes = defineCodeList(['pending', 'accepted', 'refused', 'hired'] as const, {
  pending: { labelFr: 'En attente de réponse', labelEn: 'Pending', source: 'shared/domain/parcours.md §orientation (candidature à l’étude)' },
  accepted: { labelFr: 'Acceptée', labelEn: 'Accepted', source: 'shared/domain/parcours.md §recrutement' },
  refused: { labelFr: 'Refusée', labelEn: 'Refused', source: 'shared/domain/parcours.md §recrutement' },
  hired: { labelFr: 'Embauche réalisée', labelEn: 'Hired', source: 'shared/domain/parcours.md §recrutement' },
});

/** A prescription outcome code. */
export type PrescriptionOutcome = CodeOf<typeof prescriptionOutcomes>;

/** Who made an eligibility diagnosis. */
export const diagnosisAuthorKinds = defineCodeList(['prescriber', 'employer'] as const, {
  prescriber: { labelFr: 'Prescripteur habilité', labelEn: 'Authorized prescriber', source: 'shared/domain/eligibility.md §Diagnosis validity (made by an authorized prescriber)' },
  employer: { labelFr: 'Employeur (auto-prescription de la SIAE)', labelEn: 'Employer (self-prescription)', source: 'shared/domain/eligibility.md §Diagnosis validity (made by an employer)' },
});

/** A diagnosis author kind code. */
export type DiagnosisAuthorKind = CodeOf<typeof diagnosisAuthorKinds>;

/** The kind of an eligibility diagnosis: IAE or GEIQ. */
export const diagnosisKinds = defineCodeList(['IAE', 'GEIQ'] as const, {
  IAE: { labelFr: "Diagnostic d'éligibilité IAE", labelEn: 'IAE eligibility diagnosis', source: 'shared/domain/eligibility.md §Administrative criteria for the IAE' },
  GEIQ: { labelFr: "Diagnostic d'éligibilité GEIQ", labelEn: 'GEIQ eligibility diagnosis', source: 'shared/domain/eligibility.md §GEIQ (own rules)' },
});

/** A diagnosis kind code. */
export type DiagnosisKind = CodeOf<typeof diagnosisKinds>;

/** Kinds of skills attestation or assessment. */
export const skillsAttestationKinds = defineCodeList(['attestation', 'assessment_start', 'assessment_end', 'vae', 'certification'] as const, {
  attestation: { labelFr: 'Attestation de compétences', labelEn: 'Skills attestation', source: 'seed 000 axe 3 (attestations de compétences)' },
  assessment_start: { labelFr: "Évaluation des compétences à l'entrée", labelEn: 'Skills assessment at the start', source: 'seed 004 §Modalités d’accompagnement (évaluation en début de parcours)' },
  assessment_end: { labelFr: 'Évaluation des compétences à la sortie', labelEn: 'Skills assessment at the end', source: 'seed 004 §Modalités d’accompagnement (évaluation en fin de parcours)' },
  vae: { labelFr: 'Validation des acquis de l’expérience (VAE)', labelEn: 'Accreditation of prior experience (VAE)', source: 'seed 000 axe 3 (VAE)' },
  certification: { labelFr: 'Certification ou titre obtenu', labelEn: 'Certification obtained', source: 'shared/domain/exits-and-indicators.md (formation qualifiante)' },
});

/** A skills attestation kind code. */
export type SkillsAttestationKind = CodeOf<typeof skillsAttestationKinds>;
