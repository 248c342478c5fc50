import { expectString, validate } from '@siae/model';
import { z } from 'zod';
import { type ActionHit, allActions, checkEdition } from '../data';
import { EDITION_IDS } from '../editions';
import type { EditionId } from '../types';

/**
 * Lower case, accents removed, for accent- and case-insensitive search.
 *
 * @throws {SiaeValidationError} when the text is not a string.
 */
export function fold(text: string): string {
  return expectString(text, 'text', 'text')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .toLowerCase();
}

/** Folded texts of every action of both editions, computed once (the hits are shared frozen objects). */
const FOLDED: ReadonlyMap<ActionHit, { fonction: string; hay: string }> = new Map(
  EDITION_IDS.flatMap((e) => allActions(e).map((a) => [a, { fonction: fold(a.fonction), hay: fold(`${a.action} ${a.fonction} ${a.competences}`) }] as const)),
);

/** A query on the actions of the référentiel. */
export interface ActionQuery {
  /** Words that must all appear in the action, its sub-items, its fonction or its competences (accent- and case-insensitive). */
  text?: string;
  /** Axis number (1-4). */
  axis?: number;
  /** Words of the fonction (accent- and case-insensitive). */
  fonction?: string;
  /** A parcours stage the action is linked to. */
  stage?: string;
  /** Edition (default `annexe-2`). */
  edition?: EditionId;
}

const queryObjectSchema = z
  .object({
    text: z.string().optional(),
    axis: z.number().int().min(1).max(4).optional(),
    fonction: z.string().optional(),
    stage: z.string().optional(),
    edition: z.enum(['formation-projet', 'annexe-2', '2008']).optional(),
  })
  .strict();

/**
 * Finds actions by axis, fonction, stage or keywords, accent- and case-insensitive.
 *
 * @example findActions({ text: 'bilan final' }) // the final-review action of axe 2
 * @example findActions('referent') // a string is a text query
 * @throws {SiaeValidationError} when the query has an unknown key, an axis outside 1-4 or an unknown edition.
 */
export function findActions(query: ActionQuery | string = {}): ActionHit[] {
  const q: ActionQuery = typeof query === 'string' ? { text: query } : query;
  validate(queryObjectSchema, q, 'action query');
  const words = q.text ? fold(q.text).split(/\s+/).filter(Boolean) : [];
  const fonctionWords = q.fonction ? fold(q.fonction).split(/\s+/).filter(Boolean) : [];
  return allActions(q.edition).filter((a) => {
    if (q.axis !== undefined && a.axis.number !== q.axis) return false;
    if (q.stage !== undefined && !a.links.stages.includes(q.stage as never)) return false;
    if (fonctionWords.length > 0) {
      const f = FOLDED.get(a)?.fonction ?? fold(a.fonction);
      if (!fonctionWords.every((w) => f.includes(w))) return false;
    }
    if (words.length > 0) {
      const hay = FOLDED.get(a)?.hay ?? fold(`${a.action} ${a.fonction} ${a.competences}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

/** An action by id, in an edition (default: the latest edition that has it). */
export function getAction(id: string, edition?: EditionId): ActionHit | undefined {
  expectString(id, 'id', 'action id');
  if (edition !== undefined) checkEdition(edition);
  const editions: EditionId[] = edition ? [edition] : [...EDITION_IDS].reverse();
  for (const e of editions) {
    const hit = allActions(e).find((a) => a.id === id);
    if (hit) return hit;
  }
  return undefined;
}
