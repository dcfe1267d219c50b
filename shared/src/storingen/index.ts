export * from './types.js';
export * from './domain.js';
export * from './store.js';
export * from './operaties.js';
export * from './effecten.js';
export * from './routes.js';
