export { createApp, type AppDeps } from './app.js';
export { loadConfig } from './config.js';
export { start } from './server.js';
export { VERZUIM_OPERATIONS } from './operations.js';
