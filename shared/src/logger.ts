// pino, JSON lines, one `service` field (docs/architecture.md decision 10).
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(service: string, level = 'info'): Logger {
  return pino({ level, base: { service } });
}

/** The logger tests pass: nothing is written. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
