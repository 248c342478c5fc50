import { expectString } from '@siae/model';
import { containment, normalize, similarity } from '../seed/buildReferentiel';
import { checkEdition, getReferentiel } from '../data';
import type { CanonicalEditionId, EditionId, ReferentielRow } from '../types';

/** What changed for one row between two editions. */
export interface RowChange {
  /** The row's stable id (the same in both editions). */
  id: string;
  /** Axis number in the first edition compared. */
  axisBefore: number;
  /** Axis number in the second edition compared. */
  axisAfter: number;
  /** The row in the first edition compared. */
  before: Pick<ReferentielRow, 'fonction' | 'action' | 'competences'>;
  /** The row in the second edition compared. */
  after: Pick<ReferentielRow, 'fonction' | 'action' | 'competences'>;
  /**
   * The action's wording differs, other than by whole sentences dropped or added (those are in
   * {@link RowChange.sentencesRemoved} and {@link RowChange.sentencesAdded}, not a change of wording).
   */
  wordingChanged: boolean;
  /** Sentences (or " - " items) of the first edition's action that the second edition's row no longer has. */
  sentencesRemoved: string[];
  /** Sentences (or " - " items) of the second edition's action that the first edition's row did not have. */
  sentencesAdded: string[];
  /** The wording differs only in typography (accents, œ/oe, punctuation, case): the same words. */
  typographyOnly: boolean;
  /** The row is under another fonction. */
  fonctionMoved: boolean;
  /** The row is in another axis. */
  axisMoved: boolean;
  /** The compétences et outils requis differ. */
  competencesChanged: boolean;
}

/** The comparison of two editions. */
export interface EditionComparison {
  /** The first edition compared (canonical id: an alias is resolved). */
  from: CanonicalEditionId;
  /** The second edition compared (canonical id). */
  to: CanonicalEditionId;
  /** Ids of the rows identical in both (whitespace aside). */
  unchanged: string[];
  /** Rows in both editions that differ. */
  changed: RowChange[];
  /** Rows in one edition only, with the most similar row of the other edition (a row split in two, for example). */
  onlyIn: {
    edition: CanonicalEditionId;
    id: string;
    action: string;
    relatedTo: { id: string; similarity: number } | null;
    /**
     * The row of the other edition whose cell held this action too (at least 3/4 of this row's
     * words are in it): the text split or merged that cell. Null otherwise.
     */
    sharedCellWith: string | null;
  }[];
  /** The same as Markdown. */
  markdown: string;
}

function rowsOf(edition: EditionId) {
  return getReferentiel(edition).axes.flatMap((a) => a.rows.map((r) => ({ axis: a.number, row: r })));
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The sentences of an action: split after `.`, `;`, `!`, `?` and on the text's " - " items. */
export function actionSentences(action: string): string[] {
  return expectString(action, 'action', 'référentiel action')
    .split(/(?<=[.;!?])\s+|\s+-\s+|^-\s+/)
    .map((s) => clean(s).replace(/^-\s*/, '').replace(/[.;]$/, '').trim())
    .filter((s) => normalize(s) !== '');
}

/** The sentences of `a` whose words are not found, in order, anywhere in `b`. */
function sentencesMissing(a: string[], b: string[]): string[] {
  const whole = ` ${normalize(b.join(' '))} `;
  return a.filter((s) => !whole.includes(` ${normalize(s)} `));
}

/**
 * The sentences of `a` dropped in `b`: of the sentences `a` has and `b` has not, as many as `a`
 * has more than `b` (the others count as reworded in `b`), the least similar to `b`'s new
 * sentences first.
 */
function sentencesDropped(a: string[], b: string[]): string[] {
  const missing = sentencesMissing(a, b);
  const candidates = sentencesMissing(b, a);
  const surplus = missing.length - candidates.length;
  if (surplus <= 0) return [];
  const best = (s: string) => candidates.reduce((m, c) => Math.max(m, similarity(s, c)), 0);
  const ranked = missing.map((s, i) => ({ s, i, score: best(s) })).sort((x, y) => x.score - y.score || x.i - y.i);
  const dropped = new Set(ranked.slice(0, surplus).map((r) => r.i));
  return missing.filter((_, i) => dropped.has(i));
}

/**
 * What changed between two editions of the référentiel: rows whose wording changed, that moved
 * fonction or axis, and rows found in one edition only — as data and as Markdown.
 */
export function compareEditions(fromEdition: EditionId, toEdition: EditionId): EditionComparison {
  const a = checkEdition(fromEdition, 'a');
  const b = checkEdition(toEdition, 'b');
  const ra = rowsOf(a);
  const rb = rowsOf(b);
  const byId = new Map(rb.map((x) => [x.row.id, x]));
  const unchanged: string[] = [];
  const changed: RowChange[] = [];
  for (const x of ra) {
    const y = byId.get(x.row.id);
    if (!y) continue;
    const sa = actionSentences(x.row.action);
    const sb = actionSentences(y.row.action);
    const sentencesRemoved = sentencesDropped(sa, sb);
    const sentencesAdded = sentencesDropped(sb, sa);
    const keptA = sa.filter((s) => !sentencesRemoved.includes(s)).join(' ');
    const keptB = sb.filter((s) => !sentencesAdded.includes(s)).join(' ');
    const differs = clean(x.row.action) !== clean(y.row.action);
    // A sentence dropped or added is reported as such; the wording changed only when the rest differs.
    const wordingChanged = differs && clean(keptA) !== clean(keptB);
    const typographyOnly = wordingChanged && normalize(x.row.action) === normalize(y.row.action);
    const fonctionMoved = x.row.fonction !== y.row.fonction;
    const axisMoved = x.axis !== y.axis;
    const competencesChanged = clean(x.row.competences) !== clean(y.row.competences);
    if (!differs && !fonctionMoved && !axisMoved && !competencesChanged) unchanged.push(x.row.id);
    else
      changed.push({
        id: x.row.id,
        axisBefore: x.axis,
        axisAfter: y.axis,
        before: { fonction: x.row.fonction, action: x.row.action, competences: x.row.competences },
        after: { fonction: y.row.fonction, action: y.row.action, competences: y.row.competences },
        wordingChanged,
        sentencesRemoved,
        sentencesAdded,
        typographyOnly,
        fonctionMoved,
        axisMoved,
        competencesChanged,
      });
  }
  const related = (row: ReferentielRow, others: typeof ra) => {
    let best: { id: string; similarity: number } | null = null;
    for (const o of others) {
      const s = similarity(row.action, o.row.action);
      if (!best || s > best.similarity) best = { id: o.row.id, similarity: Math.round(s * 100) / 100 };
    }
    return best && best.similarity > 0.2 ? best : null;
  };
  const sharedCell = (row: ReferentielRow, others: typeof ra) => {
    let best: { id: string; c: number } | null = null;
    for (const o of others) {
      const c = containment(row.action, o.row.action);
      if (!best || c > best.c) best = { id: o.row.id, c };
    }
    return best && best.c >= 0.75 ? best.id : null;
  };
  // Where a sentence dropped from (or added to) a row stands in the other edition, if anywhere.
  const elsewhere = (sentence: string, id: string, others: typeof ra) => {
    const other = others.find((o) => o.row.id !== id && containment(sentence, o.row.action) >= 0.75);
    return other ? ` (dans l'autre édition, ligne \`${other.row.id}\`)` : '';
  };
  const idsA = new Set(ra.map((x) => x.row.id));
  const onlyIn = [
    ...ra.filter((x) => !byId.has(x.row.id)).map((x) => ({ edition: a, id: x.row.id, action: x.row.action, relatedTo: related(x.row, rb), sharedCellWith: sharedCell(x.row, rb) })),
    ...rb.filter((y) => !idsA.has(y.row.id)).map((y) => ({ edition: b, id: y.row.id, action: y.row.action, relatedTo: related(y.row, ra), sharedCellWith: sharedCell(y.row, ra) })),
  ];
  const lines = [
    `# Comparaison des éditions ${a} → ${b}`,
    '',
    `- Lignes identiques : ${unchanged.length}`,
    `- Lignes modifiées : ${changed.length}`,
    `- Lignes présentes dans une seule édition : ${onlyIn.length}`,
    '',
    '## Lignes modifiées',
    '',
    '| id | changement | avant | après |',
    '| --- | --- | --- | --- |',
    ...changed.map((c) => {
      const what = [
        c.axisMoved ? `axe ${c.axisBefore} → ${c.axisAfter}` : '',
        c.fonctionMoved ? 'fonction' : '',
        c.wordingChanged ? (c.typographyOnly ? 'typographie' : 'formulation') : '',
        c.sentencesRemoved.length > 0 ? `${c.sentencesRemoved.length} phrase(s) retirée(s)` : '',
        c.sentencesAdded.length > 0 ? `${c.sentencesAdded.length} phrase(s) ajoutée(s)` : '',
        c.competencesChanged ? 'compétences' : '',
      ]
        .filter(Boolean)
        .join(', ');
      const cell = (r: RowChange['before']) => `${r.fonction} : ${r.action}`.replace(/\|/g, '/').slice(0, 160);
      return `| ${c.id} | ${what} | ${cell(c.before)} | ${cell(c.after)} |`;
    }),
    '',
    '## Phrases retirées ou ajoutées',
    '',
    ...changed.flatMap((c) => [
      ...c.sentencesRemoved.map((s) => `- \`${c.id}\` : retirée dans ${b} : « ${s.slice(0, 160)} »${elsewhere(s, c.id, rb)}`),
      ...c.sentencesAdded.map((s) => `- \`${c.id}\` : ajoutée dans ${b} : « ${s.slice(0, 160)} »${elsewhere(s, c.id, ra)}`),
    ]),
    '',
    '## Lignes dans une seule édition',
    '',
    ...onlyIn.map((o) => {
      const note = o.sharedCellWith
        ? ` (dans l'autre édition, cette action faisait partie de la ligne \`${o.sharedCellWith}\`)`
        : o.relatedTo
          ? ` (proche de \`${o.relatedTo.id}\`, similarité ${o.relatedTo.similarity})`
          : '';
      return `- **${o.edition}** \`${o.id}\` : ${o.action.slice(0, 160)}${note}`;
    }),
    '',
  ];
  return { from: a, to: b, unchanged, changed, onlyIn, markdown: lines.join('\n') };
}
