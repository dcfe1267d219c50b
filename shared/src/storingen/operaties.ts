// Which of a service's operations a request is, by method and OpenAPI path template, so a fault can
// aim at "POST /inschrijvingen". The simulator's own routes (/_sim/*, /health, …) are never disturbed:
// a fault must not stop the operator or a vendor from lifting it.
import type { OperationSpec } from '../openapi.js';

export interface OperatieHerkenner {
  /** "POST /inschrijvingen" for every operation a fault may aim at. */
  readonly namen: readonly string[];
  /** The operation of a request and its path parameters, or undefined. */
  herken(method: string, path: string): { operatie: string; params: Record<string, string> } | undefined;
}

interface Patroon {
  operatie: string;
  method: string;
  regex: RegExp;
  params: string[];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A malformed %-escape is Express's to refuse (400), not a reason for this lookup to throw. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function operatieHerkenner(operations: readonly OperationSpec[]): OperatieHerkenner {
  const patronen: Patroon[] = operations
    .filter((op) => !op.path.startsWith('/_sim/'))
    .map((op) => {
      const params: string[] = [];
      // Express matches case-insensitively and with a trailing slash: so does a fault.
      const source = op.path
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (name === undefined) return escape(part);
          params.push(name);
          return '([^/]+)';
        })
        .join('');
      return {
        operatie: `${op.method.toUpperCase()} ${op.path}`,
        method: op.method.toUpperCase(),
        regex: new RegExp(`^${source}/?$`, 'i'),
        params,
      };
    })
    // A template with fewer parameters is the more specific one.
    .sort((a, b) => a.params.length - b.params.length);
  return {
    namen: patronen.map((p) => p.operatie),
    herken(method, path) {
      for (const p of patronen) {
        if (p.method !== method) continue;
        const m = p.regex.exec(path);
        if (!m) continue;
        const params: Record<string, string> = {};
        p.params.forEach((name, i) => (params[name] = decoded(m[i + 1]!)));
        return { operatie: p.operatie, params };
      }
      return undefined;
    },
  };
}
