import { type SkillsAttestationKind, skillsAttestationKinds } from '@siae/model';

/**
 * The skills records that certify skills at an exit: attestation, certification, VAE (the INAÉ
 * « taux d'attestations de compétences délivrées » counts the exits with one of them).
 */
export const ATTESTATION_KINDS: readonly SkillsAttestationKind[] = ['attestation', 'certification', 'vae'];

/**
 * The skills assessments, at the start or at the end of the parcours (`assessment_start`,
 * `assessment_end`): the INAÉ « personnes évaluées » counts the followed people with one.
 */
export const ASSESSMENT_KINDS: readonly SkillsAttestationKind[] = skillsAttestationKinds.codes.filter((k) => k.startsWith('assessment'));
