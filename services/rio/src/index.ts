export { createApp, type AppDeps } from './app.js';
export { loadConfig } from './config.js';
export { start } from './server.js';
export { createRioStore, type RioStore } from './store.js';
export { loadRioWereld } from './seed.js';
export { RIO_OPERATIONS } from './operations.js';
