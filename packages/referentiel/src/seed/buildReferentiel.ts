import type { CanonicalEditionId, Referentiel, ReferentielAxis, ReferentielRow } from '../types';
import { type ParsedEdition, parseSeed000, splitAction } from './parseSeed000';
import { SEED_000_GARBLED } from './typos';

const SEED = 'Référentiel d’appui au projet d’insertion (docs/sources.md#referentiel-insertion)';

/** Lower case, no accents, words only: the form rows are compared in. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A slug for ids. */
export function slug(text: string): string {
  return normalize(text).replace(/ /g, '-');
}

function words(text: string): Set<string> {
  return new Set(normalize(text).split(' ').filter((w) => w.length > 2));
}

/** Jaccard similarity of the words of two texts. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let inter = 0;
  for (const w of wa) if (wb.has(w)) inter++;
  const union = wa.size + wb.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** A note for a row holding a passage of the seed known to be garbled (kept as it is, no guess). */
function garbledNote(text: string): { notesFr: string } | Record<string, never> {
  const found = SEED_000_GARBLED.filter((g) => text.includes(g));
  return found.length === 0 ? {} : { notesFr: `Passage altéré dans la source, conservé tel quel : ${found.map((g) => `« ${g} »`).join(', ')}.` };
}

/** Share of the words of `part` found in `whole` (0 when `part` has none). */
export function containment(part: string, whole: string): number {
  const wp = words(part);
  const ww = words(whole);
  let inter = 0;
  for (const w of wp) if (ww.has(w)) inter++;
  return wp.size === 0 ? 0 : inter / wp.size;
}

/** Word similarity from which two rows of successive editions are the same row. */
export const MATCH_THRESHOLD = 0.35;

const EDITIONS: { id: CanonicalEditionId; descriptionFr: string }[] = [
  // Named from the text's own title: the text dates neither edition and names no circular (the
  // earlier id '2008' stays accepted as an alias, see editions.ts).
  {
    id: 'formation-projet',
    descriptionFr:
      "Première édition du texte, « référentiel pour la formation d'un projet d'insertion » : mentionne le « nouvel opérateur » et l'ANPE, là où l'annexe 2 nomme Pôle emploi. Le texte ne la date pas et ne nomme pas la circulaire dont elle relève.",
  },
  {
    id: 'annexe-2',
    descriptionFr:
      "Annexe 2, « référentiel d'appui à la formulation d'un projet d'insertion » : mentionne Pôle emploi et le PLIE. Les fonctions suivent la mise en page du texte (une cellule vide prolonge la fonction précédente) : plusieurs actions y sont rangées sous une autre fonction que dans la première édition.",
  },
];

/**
 * Builds both editions with stable row ids: a row of the annexe 2 gets the id of the row of the
 * first edition it matches (best pairs first by word similarity of the actions, in any axis with a
 * small bonus for the same axis, from {@link MATCH_THRESHOLD}); the others get new ids. Pure:
 * parsed editions in, data out.
 */
export function buildReferentiel(parsed: ParsedEdition[]): Referentiel[] {
  const counters = new Map<string, number>();
  const nextId = (axis: number, fonction: string) => {
    const base = `axe-${axis}.${slug(fonction)}`;
    const n = (counters.get(base) ?? 0) + 1;
    counters.set(base, n);
    return `${base}.${String(n).padStart(2, '0')}`;
  };
  const out: Referentiel[] = [];
  let previous: Referentiel | null = null as Referentiel | null;
  parsed.forEach((ed, e) => {
    const meta = EDITIONS[e]!;
    // Match every row of this edition to a row of the previous one (any axis: rows moved), best
    // pairs first, so that the same row keeps its id.
    const matches = new Map<string, string>();
    if (previous) {
      const candidates: { key: string; id: string; s: number }[] = [];
      for (const a of ed.axes) {
        a.rows.forEach((r, i) => {
          for (const pa of previous!.axes) for (const p of pa.rows) candidates.push({ key: `${a.number}:${i}`, id: p.id, s: similarity(p.action, r.action) + (pa.number === a.number ? 0.05 : 0) });
        });
      }
      candidates.sort((x, y) => y.s - x.s);
      const used = new Set<string>();
      for (const c of candidates) {
        if (c.s < MATCH_THRESHOLD) break;
        if (matches.has(c.key) || used.has(c.id)) continue;
        matches.set(c.key, c.id);
        used.add(c.id);
      }
    }
    const axes: ReferentielAxis[] = ed.axes.map((a) => {
      const rows: ReferentielRow[] = a.rows.map((r, i) => {
        const id = matches.get(`${a.number}:${i}`) ?? null;
        const { head, items } = splitAction(r.action);
        return {
          id: id ?? nextId(a.number, r.fonction),
          position: i + 1,
          fonction: r.fonction,
          fonctionContinued: r.fonctionContinued,
          action: r.action,
          actionHead: head,
          subItems: items,
          competences: r.competences,
          ...(r.sourceWording ? { sourceWording: r.sourceWording } : {}),
          ...garbledNote(`${r.fonction} ${r.action} ${r.competences}`),
          source: `${SEED} §${ed.title} — Axe n°${a.number}, ligne ${i + 1}`,
        };
      });
      return {
        id: `axe-${a.number}`,
        number: a.number as 1 | 2 | 3 | 4,
        title: a.title,
        ...(a.titleSourceWording ? { titleSourceWording: a.titleSourceWording } : {}),
        objectives: a.objectives,
        rows,
        source: `${SEED} §${ed.title} — Axe n°${a.number}`,
      };
    });
    const ref: Referentiel = { edition: meta.id, titleFr: ed.title, descriptionFr: meta.descriptionFr, source: `${SEED} §${ed.title}`, axes };
    out.push(ref);
    previous = ref;
  });
  return out;
}

/** Parses and builds the référentiel from the seed text. */
export function referentielFromSeed(text: string): Referentiel[] {
  return buildReferentiel(parseSeed000(text));
}
