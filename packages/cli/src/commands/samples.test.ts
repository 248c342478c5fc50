import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { capture } from '../testing/captureIo';

// The inputs bundled for `siae eligibility` and `siae parcours` (used in docs/fr/cli.md).
const sample = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'sample');

describe('the bundled command samples', () => {
  it('siae eligibility sample/eligibilite/candidats.csv decides each candidate; exit code 0', async () => {
    const io = capture();
    expect(await main(['eligibility', join(sample, 'eligibilite', 'candidats.csv')], io)).toBe(0);
    const decisions = io.out.split('\n').filter((l) => /^C\d : /.test(l));
    // C1 prescriber's diagnosis; C2 a level-1 criterion; C3 2 level-2 in AI; C4 only 2 of 3 in ACI;
    // C5 3 level-2 in EI; C6 2 level-2 in ETTI before 2021-09-03.
    expect(decisions.map((l) => l.slice(0, 16))).toEqual(['C1 : ÉLIGIBLE — ', 'C2 : ÉLIGIBLE — ', 'C3 : ÉLIGIBLE — ', 'C4 : NON ÉLIGIBL', 'C5 : ÉLIGIBLE — ', 'C6 : ÉLIGIBLE — ']);
    expect(io.out).toContain('il manque 1 critère de niveau 2 (3 requis en ACI)');
  });

  it('siae parcours sample/parcours/parcours.json --at 2025-06-30 lists the duties; exit code 0', async () => {
    const io = capture();
    expect(await main(['parcours', join(sample, 'parcours', 'parcours.json'), '--at', '2025-06-30'], io)).toBe(0);
    expect(io.out).toContain('P1 (ACI, étape integration) :');
    // The last interview was on 2025-02-10: the monthly one is overdue since 2025-03-10.
    expect(io.out).toContain('[en retard] Entretien individuel au moins une fois par mois — échéance 2025-03-10');
    expect(io.out).toContain('P2 (AI, étape exit) :');
    expect(io.out).toContain('[manquée] Bilan final avant la sortie — échéance 2025-06-13');
  });
});
