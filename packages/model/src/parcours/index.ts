export * from './duties';
export * from './dutiesAt';
export * from './events';
export * from './machine';
export * from './replay';
export * from './stages';
export * from './state';
export * from './stateSchema';
