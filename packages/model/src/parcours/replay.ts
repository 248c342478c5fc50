import type { StructureKind } from '../codes/structureKind';
import { structureKinds } from '../codes/structureKind';
import { expectArray, expectObject, expectOneOf, invalidArgument, type UncheckedList } from '../errors/guards';
import type { ParcoursEvent } from './events';
import { applyCheckedStateEvent, type ParcoursRefusal } from './machine';
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

/** Options of {@link replayParcours}. */
export interface ReplayOptions {
  /**
   * Sort the events by date first (stable: events of the same day keep their order; an event
   * without a date string comes first and is refused). Indexes in `rejected` stay those of the
   * input. Default: false (events applied in the order given).
   */
  sortByDate?: boolean;
}

function dateOf(event: unknown): string {
  const d = event !== null && typeof event === 'object' ? (event as { date?: unknown }).date : undefined;
  return typeof d === 'string' ? d : '';
}

/**
 * Replays a whole event history (vendors store events) and returns the timeline of stages with
 * dates. Events are applied in the order given (or by date with `sortByDate`); a refused event is
 * reported with its index in the input and the replay goes on with the next one.
 *
 * @throws {SiaeValidationError} when the kind is unknown, `events` is not a list or `options` not
 * an object (a bad event is reported in `rejected`, not thrown).
 *
 * @example
 * const { timeline } = replayParcours('ACI', events);
 */
export function replayParcours(structureKind: StructureKind, events: readonly ParcoursEvent[], options?: ReplayOptions): ParcoursReplay;
/** Events not yet validated (`unknown[]`, read from storage): each is validated, a bad one reported in `rejected`. */
export function replayParcours<E extends readonly unknown[]>(structureKind: StructureKind, events: UncheckedList<E>, options?: ReplayOptions): ParcoursReplay;
export function replayParcours(structureKind: StructureKind, events: readonly unknown[], options: ReplayOptions = {}): ParcoursReplay {
  expectOneOf(structureKind, structureKinds.codes, 'structureKind', 'parcours replay');
  expectArray(events, 'events', 'parcours replay');
  expectObject(options, 'options', 'parcours replay');
  if (options.sortByDate !== undefined && typeof options.sortByDate !== 'boolean') {
    invalidArgument('parcours replay', ['options', 'sortByDate'], 'invalid_type', 'doit être un booléen (true/false)', 'must be a boolean');
  }
  let state = initialParcoursState(structureKind);
  const rejected: ParcoursReplay['rejected'] = [];
  const order = events.map((_, i) => i);
  if (options.sortByDate) {
    const dates = events.map(dateOf);
    order.sort((a, b) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : a - b));
  }
  for (const index of order) {
    const r = applyCheckedStateEvent(state, events[index]);
    if (r.ok) state = r.state;
    else rejected.push({ index, refusal: r.refusal });
  }
  return { state, timeline: state.timeline, rejected };
}
