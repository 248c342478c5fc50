import { correctTypos } from './typos';

/** A row of an edition as parsed from the seed text. */
export interface ParsedRow {
  fonction: string;
  /** True when the seed left the fonction empty (the row continues the previous fonction). */
  fonctionContinued: boolean;
  action: string;
  competences: string;
  /** The seed's own text, when a typo was corrected. */
  sourceWording?: { fonction?: string; action?: string; competences?: string };
}

/** An axis as parsed from the seed text. */
export interface ParsedAxis {
  number: number;
  title: string;
  titleSourceWording?: string;
  objectives: string[];
  rows: ParsedRow[];
}

/** An edition as parsed from the seed text. */
export interface ParsedEdition {
  title: string;
  axes: ParsedAxis[];
}

function withWording<T extends Record<string, string>>(fields: T): { corrected: T; wording: Partial<T> | undefined } {
  const corrected = {} as T;
  const wording: Partial<T> = {};
  let changed = false;
  for (const [k, v] of Object.entries(fields) as [keyof T, string][]) {
    const c = correctTypos(v);
    (corrected as Record<keyof T, string>)[k] = c;
    if (c !== v) {
      (wording as Record<keyof T, string>)[k] = v;
      changed = true;
    }
  }
  return { corrected, wording: changed ? wording : undefined };
}

/**
 * Parses seed 000 (the référentiel in two editions) into editions, axes and rows. Rows with an
 * empty fonction continue the previous one. Pure: text in, data out.
 */
export function parseSeed000(text: string): ParsedEdition[] {
  const lines = text.split(/\r?\n/);
  const editions: ParsedEdition[] = [];
  let edition: ParsedEdition | null = null;
  let axis: ParsedAxis | null = null;
  let inObjectives = false;
  let lastFonction = '';
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    if (cells.length === 1) {
      const t = line.trim();
      if (/^(Référentiel|Annexe)/.test(t)) {
        edition = { title: t, axes: [] };
        editions.push(edition);
        axis = null;
        continue;
      }
      const m = /^Axe n°(\d)\s*:\s*(.+)$/.exec(t);
      if (m && edition) {
        const { corrected, wording } = withWording({ title: m[2]!.trim() });
        axis = { number: Number(m[1]), title: corrected.title, objectives: [], rows: [], ...(wording?.title ? { titleSourceWording: wording.title } : {}) };
        edition.axes.push(axis);
        inObjectives = false;
        lastFonction = '';
        continue;
      }
      if (/^Objectifs globaux/.test(t)) {
        inObjectives = true;
        continue;
      }
      if (inObjectives && axis && /^-/.test(t)) {
        axis.objectives.push(correctTypos(t.replace(/^-\s*(\.\.\.\s*)?/, '').trim()));
        continue;
      }
      continue;
    }
    if (!axis) continue;
    if (cells[0]?.trim() === 'Fonctions') {
      inObjectives = false;
      continue;
    }
    const fonctionCell = (cells[0] ?? '').trim();
    const continued = fonctionCell === '';
    const fonction = continued ? lastFonction : fonctionCell;
    lastFonction = fonction;
    const { corrected, wording } = withWording({ fonction, action: (cells[1] ?? '').trim(), competences: (cells[2] ?? '').trim() });
    axis.rows.push({ fonction: corrected.fonction, fonctionContinued: continued, action: corrected.action, competences: corrected.competences, ...(wording ? { sourceWording: wording } : {}) });
  }
  return editions;
}

/** Splits an action into its head and the sub-items the text lists with " - ". */
export function splitAction(action: string): { head: string; items: string[] } {
  const parts = action.split(/\s+-\s+/);
  const head = parts[0]!.replace(/\s*:\s*$/, '').trim();
  const items = parts.slice(1).map((p) => p.replace(/\s*[;.]\s*$/, '').trim()).filter((p) => p.length > 0);
  return { head, items };
}
