// What the CLI and the console both do with a scenario step: which service, path and body it sends
// (example files read from the repository, `{naam}` filled from earlier answers), which party is
// meant by "plaza", and which fields of the answer to show.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT, type ServiceName } from '../config.js';
import type { Party } from '../parties.js';
import type { Stap } from './definitions.js';
import { serviceForPath } from './route-table.js';

export interface StapVerzoek {
  service: ServiceName;
  /** The path as the service takes it. */
  path: string;
  /** The path as the step shows it, with `{naam}` filled in. */
  pad: string;
  body: unknown;
}

export class StapFout extends Error {}

/** The request of a step; `bewaard` holds what earlier steps kept (`bewaar`). */
export function stapVerzoek(stap: Stap, bewaard: Record<string, string>): StapVerzoek {
  const pad = stap.pad.replace(/\{(\w+)\}/g, (_, k: string) => bewaard[k] ?? `{${k}}`);
  const route = serviceForPath(pad);
  if (!route) throw new StapFout(`bij welke dienst hoort ${pad}?`);
  return { service: route.service, path: route.path, pad, body: readBody(stap.bestand, stap.nieuwId === true) };
}

/** A JSON file (relative to the repository, or `-` for standard input); `freshId` gives a bericht a new UUID and time. */
export function readBody(file: string | undefined, freshId: boolean): unknown {
  if (file === undefined) return undefined;
  const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(resolve(REPO_ROOT, file), 'utf8');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new StapFout(`${file} is geen JSON`);
  }
  const bd = (body as { bedrijfsdocument?: Record<string, unknown> })?.bedrijfsdocument;
  if (freshId && bd) {
    bd.identificatiecodeBedrijfsdocument = randomUUID();
    bd.datumTijdBedrijfsdocument = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return body;
}

/** An OIN, or a unique part of a party's naam or rol ("operator", "plaza"); a Dutch sentence when none or several fit. */
export function findParty(
  who: string,
  parties: readonly Party[],
  issued: ReadonlyArray<{ oin: string; naam: string }> = [],
): { oin: string } | { fout: string } {
  if (/^\d{8}[0-9A-Z]{12}$/.test(who)) return { oin: who };
  const needle = who.toLowerCase();
  // An exact rol ("duo", "operator") wins over a part of a name ("duo-sim beheer").
  const byRol = parties.filter((p) => p.rol === needle);
  if (byRol.length === 1) return { oin: byRol[0]!.oin };
  const named = [...parties, ...issued];
  const exact = named.filter((p) => p.naam.toLowerCase() === needle);
  const hits = exact.length > 0 ? exact : named.filter((p) => p.naam.toLowerCase().includes(needle));
  const oins = [...new Set(hits.map((h) => h.oin))];
  if (oins.length === 1) return { oin: oins[0]! };
  return {
    fout:
      oins.length === 0
        ? `geen partij of certificaat "${who}"; zie npm run sim -- partijen, of maak er een met npm run sim -- cert issue`
        : `"${who}" past op ${[...new Set(hits.map((h) => h.naam))].join(', ')}; wees preciezer`,
  };
}

/** A dotted path with `[*]` for every element of an array: `berichten[*].soort`. */
export function pick(value: unknown, path: string): unknown {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return value;
  const each = head.endsWith('[*]');
  const key = each ? head.slice(0, -3) : head;
  const next = (value as Record<string, unknown> | null)?.[key];
  if (rest.length === 0) return next;
  if (each) return Array.isArray(next) ? next.map((v) => pick(v, rest.join('.'))) : undefined;
  return pick(next, rest.join('.'));
}
