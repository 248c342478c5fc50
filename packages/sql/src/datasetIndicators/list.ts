import { INTERVIEWS, PEOPLE, TRAININGS } from './families';
import { FOLLOW_UP } from './followUp';
import { PLIE } from './plie';
import { PRESCRIPTIONS } from './prescriptions';
import type { DatasetIndicatorDefinition } from './shape';

/** Every indicator written as SQL outside the exit-rate family, in this order. */
export const DATASET_INDICATOR_DEFINITIONS: readonly DatasetIndicatorDefinition[] = [...PEOPLE, ...TRAININGS, ...INTERVIEWS, ...FOLLOW_UP, ...PLIE, ...PRESCRIPTIONS];
