import { type EditionId, findActions, getReferentiel } from '@siae/referentiel';
import type { CliIo } from '../io';

/** `siae referentiel [terms...]`: lists the axes, or the actions matching the terms. */
export function referentielCommand(terms: string[], opts: { axis?: number; edition?: EditionId }, io: CliIo): number {
  if (terms.length === 0 && opts.axis === undefined) {
    const ref = getReferentiel(opts.edition);
    io.stdout(`${ref.titleFr} (${ref.edition})\n`);
    for (const a of ref.axes) io.stdout(`  Axe ${a.number} : ${a.title} — ${a.rows.length} actions\n`);
    return 0;
  }
  const hits = findActions({ ...(terms.length ? { text: terms.join(' ') } : {}), ...(opts.axis !== undefined ? { axis: opts.axis } : {}), ...(opts.edition ? { edition: opts.edition } : {}) });
  for (const h of hits) io.stdout(`${h.id}\n  Axe ${h.axis.number} — ${h.fonction}\n  ${h.action}\n  Compétences et outils : ${h.competences || '—'}\n  Étapes : ${h.links.stages.join(', ') || '—'} ; indicateurs : ${h.links.indicators.join(', ') || '—'}\n`);
  io.stdout(`${hits.length} action(s)\n`);
  return 0;
}
