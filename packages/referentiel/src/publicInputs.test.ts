// Every function the package exports, called with bad inputs (null, {}, unknown editions and ids,
// Object.prototype names): each must throw the package's typed error (SiaeValidationError, with a
// path, French and English, never the value), or answer "unknown" (undefined) for an id lookup.
// A new export without a row here fails the completeness test.
import { SiaeValidationError } from '@siae/model';
import { describe, expect, it } from 'vitest';
import * as api from './index';

const PROTO = Object.getOwnPropertyNames(Object.prototype);
const BAD_EDITIONS: unknown[] = [null, 42, {}, '2025', 'annexe2', ...PROTO];
const SECRET = 'SECRET-1234';

type Row = { calls: (() => unknown)[]; mode?: 'throws' | 'undefined' };
const ROWS: Record<string, Row> = {
  actionSentences: { calls: [null, undefined, 42, {}].map((v) => () => api.actionSentences(v as never)) },
  resolveEdition: { mode: 'undefined', calls: [...BAD_EDITIONS, undefined].map((e) => () => api.resolveEdition(e as never)) },
  actionLinks: { calls: [null, undefined, 42, {}].map((v) => () => api.actionLinks(v as never)) },
  allActions: { calls: BAD_EDITIONS.map((e) => () => api.allActions(e as never)) },
  assessOffreDeServices: { calls: [null, undefined, 42, {}, { actions: { '9.9.9': { done: true } } }, { actions: { '1.1': { done: SECRET } } }, JSON.parse('{"actions":{"__proto__":{"done":true}}}')].map((d) => () => api.assessOffreDeServices(d)).concat(BAD_EDITIONS.map((e) => () => api.assessOffreDeServices({ actions: {} }, { edition: e as never })), [() => api.assessOffreDeServices({ actions: {} }, null as never)]) },
  compareEditions: { calls: [...BAD_EDITIONS.map((e) => () => api.compareEditions(e as never, '2008')), ...BAD_EDITIONS.map((e) => () => api.compareEditions('2008', e as never))] },
  findActions: { calls: [null, 42, { axis: 5 }, { edition: 'constructor' }, { texte: 'bilan' }, { text: 42 }].map((q) => () => api.findActions(q as never)) },
  fold: { calls: [null, undefined, 42, {}].map((v) => () => api.fold(v as never)) },
  getAction: { calls: [null, undefined, 42, {}].map((v) => () => api.getAction(v as never)).concat(BAD_EDITIONS.map((e) => () => api.getAction('1.1', e as never))) },
  getReferentiel: { calls: BAD_EDITIONS.map((e) => () => api.getReferentiel(e as never)) },
  renderReferentielMarkdown: { calls: BAD_EDITIONS.map((e) => () => api.renderReferentielMarkdown(e as never)) },
  'unknown ids': { mode: 'undefined', calls: [...PROTO.map((id) => () => api.actionLinks(id)), ...PROTO.map((id) => () => api.getAction(id))] },
};
const NO_INPUT = new Set(['allActionLinks', 'listEditions', 'renderGridsMarkdown']);

describe('every exported function of @siae/referentiel, with bad inputs', () => {
  it('has a row for every exported function', () => {
    const functions = Object.entries(api)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k)
      .filter((k) => !NO_INPUT.has(k));
    expect(functions.filter((k) => !(k in ROWS))).toEqual([]);
  });
  for (const [name, row] of Object.entries(ROWS)) {
    it(`${name}: ${row.mode ?? 'throws SiaeValidationError'} on each of ${row.calls.length} bad inputs`, () => {
      for (const [i, call] of row.calls.entries()) {
        if (row.mode === 'undefined') {
          expect(call(), `call ${i}`).toBeUndefined();
          continue;
        }
        let thrown: unknown;
        try {
          const out = call();
          expect.unreachable(`call ${i} returned ${JSON.stringify(out)?.slice(0, 80)}`);
        } catch (e) {
          thrown = e;
        }
        expect(thrown, `call ${i}`).toBeInstanceOf(SiaeValidationError);
        const err = thrown as SiaeValidationError;
        expect(err.issues.length, `call ${i}`).toBeGreaterThan(0);
        expect(err.message, `call ${i}`).not.toContain(SECRET);
      }
    });
  }
});
