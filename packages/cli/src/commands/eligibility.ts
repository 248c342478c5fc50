import { readFile } from 'node:fs/promises';
import { createIaeEligibilityEvaluator } from '@siae/eligibility';
import { parse } from 'csv-parse/sync';
import type { CliIo } from '../io';

/**
 * `siae eligibility <file>`: a CSV (`id;type_structure;auteur;criteres;date`, criteria separated
 * by `|`) or a JSON list of `{ id?, structureKind, author, criteria, date }`; prints each decision
 * with its explanation. Returns 1 when a candidate's record is invalid.
 */
export async function eligibilityCommand(file: string, opts: { format?: 'table' | 'json' }, io: CliIo): Promise<number> {
  const text = await readFile(file, 'utf8');
  let inputs: Record<string, unknown>[];
  if (file.toLowerCase().endsWith('.json')) inputs = JSON.parse(text) as Record<string, unknown>[];
  else {
    const records = parse(text, { columns: true, bom: true, skip_empty_lines: true, delimiter: [',', ';'] }) as Record<string, string>[];
    inputs = records.map((r) => ({
      id: r.id ?? r.id_personne,
      structureKind: r.type_structure ?? r.structureKind,
      author: r.auteur === 'prescripteur' ? 'prescriber' : r.auteur === 'employeur' ? 'employer' : (r.auteur ?? r.author),
      criteria: (r.criteres ?? r.criteria ?? '').split('|').map((c) => c.trim()).filter(Boolean),
      date: r.date,
    }));
  }
  const evaluator = createIaeEligibilityEvaluator();
  const results = evaluator.evaluateMany(inputs.map(({ id: _id, ...rest }) => rest));
  let bad = 0;
  if (opts.format === 'json') {
    io.stdout(`${JSON.stringify(results.map((r, i) => ({ id: inputs[i]?.id ?? i + 1, ...(r.ok ? { decision: r.decision } : { issues: r.error.issues }) })), null, 2)}\n`);
    bad = results.filter((r) => !r.ok).length;
  } else {
    results.forEach((r, i) => {
      const id = String(inputs[i]?.id ?? i + 1);
      if (r.ok) {
        io.stdout(`${id} : ${r.decision.eligible ? 'ÉLIGIBLE' : 'NON ÉLIGIBLE'} — ${r.decision.explanation.summaryFr}\n`);
        if (r.decision.explanation.rule) io.stdout(`    règle ${r.decision.explanation.rule.id} (depuis le ${r.decision.explanation.rule.validFrom}) — ${r.decision.explanation.rule.source}\n`);
      } else {
        bad++;
        io.stdout(`${id} : DONNÉES INVALIDES — ${r.error.issues.map((x) => `${x.pathText} : ${x.messageFr}`).join(' ; ')}\n`);
      }
    });
  }
  return bad > 0 ? 1 : 0;
}
