export { createApp, type ConsoleApp, type ConsoleDeps } from './app.js';
export { loadConsoleConfig, DEFAULT_CONSOLE_PORT, type ConsoleConfig } from './config.js';
export { createJournalFeed, type JournalFeed } from './feed.js';
export { createGateway, type Gateway } from './gateway.js';
export { createRuleBook } from './rules.js';
export { startConsole, PUBLIC_DIR, type RunningConsole } from './start.js';
