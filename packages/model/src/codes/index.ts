export * from './criterion';
export * from './defineCodeList';
export * from './exitCategory';
export * from './exitReason';
export * from './structureKind';
export * from './domainCodes';
export * from './recordCodes';
