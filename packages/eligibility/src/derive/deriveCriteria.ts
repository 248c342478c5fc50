import { addMonthsIso, ageOn, isoDateSchema, SiaeValidationError, safeValidate } from '@siae/model';
import { z } from 'zod';

/** ASP education levels that prove CAP_BEP (niveau 3, CAP/BEP, or below). */
export const CAP_BEP_EDUCATION_LEVELS: readonly string[] = ['00', '01', '50', '51', '70'];

/** zod schema of the profile {@link deriveCriteria} reads (only what the rules need). */
export const derivationProfileSchema = z.object({
  birthDate: isoDateSchema.optional(),
  /** ASP education level code. */
  educationLevel: z.string().regex(/^\d{2}$/).optional(),
  /** Date of (continuous) registration as a job seeker. */
  jobSeekerSince: isoDateSchema.optional(),
  /** Lives in a QPV (quartier prioritaire de la politique de la ville). */
  qpv: z.boolean().optional(),
  /** Lives in a commune wholly in a ZRR / ZFRR. */
  zrr: z.boolean().optional(),
});

/** The profile {@link deriveCriteria} reads. */
export type DerivationProfile = z.infer<typeof derivationProfileSchema>;

/** A criterion proved by the profile, and how. */
export interface DerivedCriterion {
  code: 'SENIOR' | 'JEUNE' | 'DETLD' | 'DELD' | 'CAP_BEP' | 'QPV' | 'ZRR';
  whyFr: string;
}

/**
 * The criteria a person's profile already proves on a date, as the national platform pre-fills
 * them: SENIOR from 50 years old on the day (50th birthday included), JEUNE under 26 (not on the
 * 26th birthday), DETLD after 24 months of registration as a job seeker and DELD from 12 to 23
 * months, CAP_BEP for ASP education levels 00, 01, 50, 51 and 70, QPV, and ZRR only when the
 * whole commune is in a ZRR.
 *
 * @throws {SiaeValidationError} naming the field when the profile or the date is malformed.
 */
export function deriveCriteria(profile: DerivationProfile, date: string): DerivedCriterion[] {
  const p = safeValidate(derivationProfileSchema, profile);
  const d = safeValidate(isoDateSchema, date, ['date']);
  if (!p.success || !d.success) throw new SiaeValidationError([...(p.success ? [] : p.issues), ...(d.success ? [] : d.issues)], 'profile');
  const out: DerivedCriterion[] = [];
  const { birthDate, educationLevel, jobSeekerSince, qpv, zrr } = p.data;
  if (birthDate) {
    const age = ageOn(birthDate, date);
    if (age >= 50) out.push({ code: 'SENIOR', whyFr: `${age} ans le ${date} (50 ans et plus)` });
    if (age < 26) out.push({ code: 'JEUNE', whyFr: `${age} ans le ${date} (moins de 26 ans)` });
  }
  if (jobSeekerSince && jobSeekerSince <= date) {
    if (addMonthsIso(jobSeekerSince, 24) <= date) out.push({ code: 'DETLD', whyFr: "inscrit comme demandeur d'emploi depuis 24 mois ou plus" });
    else if (addMonthsIso(jobSeekerSince, 12) <= date) out.push({ code: 'DELD', whyFr: "inscrit comme demandeur d'emploi depuis 12 à 23 mois" });
  }
  if (educationLevel && CAP_BEP_EDUCATION_LEVELS.includes(educationLevel)) {
    out.push({ code: 'CAP_BEP', whyFr: `niveau de formation ASP ${educationLevel} (niveau 3 ou infra)` });
  }
  if (qpv) out.push({ code: 'QPV', whyFr: 'réside en QPV' });
  if (zrr) out.push({ code: 'ZRR', whyFr: 'réside dans une commune entièrement classée en ZRR / ZFRR' });
  return out;
}
