import { PARCOURS_STAGES, parcoursDuties } from '@siae/model';
import { z } from 'zod';

/** Pattern of a row id: `axe-<n>.<fonction slug>.<nn>`, e.g. `axe-2.accompagnement-socio-professionnel.03`. */
export const ROW_ID_PATTERN = /^axe-[1-4]\.[a-z0-9]+(?:-[a-z0-9]+)*\.\d{2}$/;

const text = z.string().min(1);

/** zod schema of one row of the référentiel (the committed data is checked against it in the tests). */
export const referentielRowSchema = z
  .object({
    id: z.string().regex(ROW_ID_PATTERN),
    position: z.number().int().min(1),
    fonction: text,
    fonctionContinued: z.boolean(),
    action: text,
    actionHead: text,
    subItems: z.array(text),
    competences: z.string(),
    sourceWording: z.object({ fonction: text.optional(), action: text.optional(), competences: text.optional() }).strict().optional(),
    notesFr: text.optional(),
    source: z.string().includes('(docs/sources.md#referentiel-insertion)'),
  })
  .strict();

/** zod schema of an axis. */
export const referentielAxisSchema = z
  .object({
    id: z.enum(['axe-1', 'axe-2', 'axe-3', 'axe-4']),
    number: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    title: text,
    titleSourceWording: text.optional(),
    objectives: z.array(text).min(1),
    rows: z.array(referentielRowSchema).min(1),
    source: z.string().includes('(docs/sources.md#referentiel-insertion)'),
  })
  .strict();

/** zod schema of an edition of the référentiel (`{ edition, axes }` and its title, description and source). */
export const referentielSchema = z
  .object({
    edition: z.enum(['formation-projet', 'annexe-2']),
    titleFr: text,
    descriptionFr: text,
    source: z.string().includes('(docs/sources.md#referentiel-insertion)'),
    axes: z.array(referentielAxisSchema).length(4),
  })
  .strict();

/** zod schema of the links of an action to the parcours stages and duties of `@siae/model` and to indicator ids. */
export const actionLinksSchema = z
  .object({
    stages: z.array(z.enum(PARCOURS_STAGES)),
    duties: z.array(z.string().refine((id) => parcoursDuties.some((d) => d.id === id), { params: { code: 'unknown_duty', fr: 'devoir inconnu du parcours', en: 'unknown parcours duty' } })),
    indicators: z.array(text),
  })
  .strict();
