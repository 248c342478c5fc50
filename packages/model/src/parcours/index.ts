export * from './duties';
export * from './dutiesAt';
export * from './events';
export {
  applyParcoursEvent,
  type ParcoursEventResult,
  type ParcoursGuard,
  type ParcoursGuardId,
  type ParcoursRefusal,
  type ParcoursTransition,
  parcoursGuards,
  parcoursTransitions,
} from './machine';
export * from './replay';
export * from './stages';
export * from './state';
export * from './stateSchema';
