export { createApp, type AppDeps } from './app.js';
export { loadConfig, type BronConfig } from './config.js';
export { start } from './server.js';
export { deadline, relevanteTeldatum, type TeldatumModus } from './domain/bekostiging-teldatum.js';
export { BRON_OPERATIONS } from './operations.js';
