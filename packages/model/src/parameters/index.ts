export * from './dated';
