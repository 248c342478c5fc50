export * from './forbiddenKeys';
export * from './guards';
export * from './fromZod';
export * from './validationError';
