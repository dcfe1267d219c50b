export * from './tokens.js';
export * from './state.js';
export * from './voorbereiden.js';
