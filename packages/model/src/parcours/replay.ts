import type { StructureKind } from '../codes/structureKind';
import { applyParcoursEvent, type ParcoursRefusal } from './machine';
import { initialParcoursState, type ParcoursState, type StagePeriod } from './state';

/** The result of replaying an event history. */
export interface ParcoursReplay {
  /** The state after every accepted event. */
  state: ParcoursState;
  /** The stages with their dates. */
  timeline: readonly StagePeriod[];
  /** Events that were refused, with their index and the refusal; the others were applied. */
  rejected: { index: number; refusal: ParcoursRefusal }[];
}

/**
 * Replays a whole event history (vendors store events) and returns the timeline of stages with
 * dates. Events are applied in the order given (sort them by date first); a refused event is
 * reported with its index and the replay goes on with the next one.
 *
 * @example
 * const { timeline } = replayParcours('ACI', events);
 */
export function replayParcours(structureKind: StructureKind, events: readonly unknown[]): ParcoursReplay {
  let state = initialParcoursState(structureKind);
  const rejected: ParcoursReplay['rejected'] = [];
  events.forEach((event, index) => {
    const r = applyParcoursEvent(state, event);
    if (r.ok) state = r.state;
    else rejected.push({ index, refusal: r.refusal });
  });
  return { state, timeline: state.timeline, rejected };
}
