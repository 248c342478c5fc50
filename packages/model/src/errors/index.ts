export * from './forbiddenKeys';
export * from './fromZod';
export * from './validationError';
