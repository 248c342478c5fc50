import { type CodeOf, defineCodeList } from './defineCodeList';

/** What became of a prescription (candidature). */
export const prescriptionOutcomes = defineCodeList(['pending', 'accepted', 'refused', 'hired'] as const, {
  pending: { labelFr: 'En attente de réponse', labelEn: 'Pending', source: 'Les emplois de l’inclusion (docs/sources.md#les-emplois), itou/job_applications (candidature à l’étude)' },
  accepted: { labelFr: 'Acceptée', labelEn: 'Accepted', source: 'Les emplois de l’inclusion (docs/sources.md#les-emplois), itou/job_applications (réponse à la candidature)' },
  refused: { labelFr: 'Refusée', labelEn: 'Refused', source: 'Les emplois de l’inclusion (docs/sources.md#les-emplois), itou/job_applications (réponse à la candidature)' },
  hired: { labelFr: 'Embauche réalisée', labelEn: 'Hired', source: 'Les emplois de l’inclusion (docs/sources.md#les-emplois), itou/job_applications (réponse à la candidature)' },
});

/** A prescription outcome code. */
export type PrescriptionOutcome = CodeOf<typeof prescriptionOutcomes>;

/** Who made an eligibility diagnosis. */
export const diagnosisAuthorKinds = defineCodeList(['prescriber', 'employer'] as const, {
  prescriber: { labelFr: 'Prescripteur habilité', labelEn: 'Authorized prescriber', source: 'Les emplois de l’inclusion (docs/sources.md#les-emplois), itou/eligibility/models (diagnostic d’un prescripteur habilité)' },
  employer: { labelFr: 'Employeur (auto-prescription de la SIAE)', labelEn: 'Employer (self-prescription)', source: 'Les emplois de l’inclusion (docs/sources.md#les-emplois), itou/eligibility/models (diagnostic d’un employeur)' },
});

/** A diagnosis author kind code. */
export type DiagnosisAuthorKind = CodeOf<typeof diagnosisAuthorKinds>;

/** The kind of an eligibility diagnosis: IAE or GEIQ. */
export const diagnosisKinds = defineCodeList(['IAE', 'GEIQ'] as const, {
  IAE: { labelFr: "Diagnostic d'éligibilité IAE", labelEn: 'IAE eligibility diagnosis', source: 'Les emplois de l’inclusion (docs/sources.md#les-emplois), itou/eligibility/models (diagnostic IAE)' },
  GEIQ: { labelFr: "Diagnostic d'éligibilité GEIQ", labelEn: 'GEIQ eligibility diagnosis', source: 'Les emplois de l’inclusion (docs/sources.md#les-emplois), itou/eligibility/models (diagnostic GEIQ)' },
});

/** A diagnosis kind code. */
export type DiagnosisKind = CodeOf<typeof diagnosisKinds>;

/** Kinds of skills attestation or assessment. */
export const skillsAttestationKinds = defineCodeList(['attestation', 'assessment_start', 'assessment_end', 'vae', 'certification'] as const, {
  attestation: { labelFr: 'Attestation de compétences', labelEn: 'Skills attestation', source: 'Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion) axe 2, Accompagnement professionnel (attestations de compétences)' },
  assessment_start: { labelFr: "Évaluation des compétences à l'entrée", labelEn: 'Skills assessment at the start', source: 'Grille qualité INAÉ (docs/sources.md#inae) §Modalités d’accompagnement (évaluation en début de parcours)' },
  assessment_end: { labelFr: 'Évaluation des compétences à la sortie', labelEn: 'Skills assessment at the end', source: 'Grille qualité INAÉ (docs/sources.md#inae) §Modalités d’accompagnement (évaluation en fin de parcours)' },
  vae: { labelFr: 'Validation des acquis de l’expérience (VAE)', labelEn: 'Accreditation of prior experience (VAE)', source: 'Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion) axe 2, Accompagnement professionnel (démarches de VAE)' },
  certification: { labelFr: 'Certification ou titre obtenu', labelEn: 'Certification obtained', source: 'ASP, Extranet IAE 2.0 (docs/sources.md#asp-extranet), motif « formation qualifiante »' },
});

/** A skills attestation kind code. */
export type SkillsAttestationKind = CodeOf<typeof skillsAttestationKinds>;
