export * from './definitions.js';
export * from './route-table.js';
export * from './stap.js';
