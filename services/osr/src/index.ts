export { createApp, type AppDeps } from './app.js';
export { loadConfig } from './config.js';
export { readOsrWorld } from './seed.js';
export { start } from './server.js';
export { createOsrStore, type OsrStore, type OsrWereld } from './store.js';
export { OSR_OPERATIONS } from './app.js';
export { createEigenLeveranciers } from './eigen-leveranciers.js';
