// Type-level tests, checked by `pnpm run typecheck` (tsc reports an unused @ts-expect-error).
import { describe, expect, it } from 'vitest';
import type { ParcoursEvent } from './events';
import { replayParcours } from './replay';

describe('typed parcours events', () => {
  it('refuses a misspelt field at compile time, accepts events of unknown type', () => {
    const events: ParcoursEvent[] = [{ type: 'oriented', date: '2025-01-06' }];
    expect(replayParcours('ACI', events).rejected).toEqual([]);
    const stored: unknown[] = JSON.parse('[{"type":"oriented","date":"2025-01-06"}]');
    expect(replayParcours('ACI', stored).rejected).toEqual([]);
    // @ts-expect-error contractKind misspelt
    replayParcours('ACI', [{ type: 'hired', date: '2025-01-06', contractkind: 'CDDI' }]);
    // @ts-expect-error an event type that does not exist
    replayParcours('ACI', [{ type: 'hire', date: '2025-01-06' }]);
  });
});
