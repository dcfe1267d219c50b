// The parties of a world = the seed's parties (fixtures/parties.json) + the parties added to this
// world, kept in <dataDir>/partijen.json (docs/architecture.md#the-worlds-parties). Today the only
// added parties are vendors made with `sim leverancier nieuw`. OSR alone writes the file, in one
// rename, so a reader never sees half of it; every service re-reads it when it changes, and at once
// when a certificate's OIN is unknown, so a new vendor is a party from the very next request.
import { renameSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { isOin } from './ids.js';
import type { Logger } from './logger.js';
import { createPartyRegistry, loadParties, type Party, type PartyRegistry } from './parties.js';
import { writePrivateFile } from './private-files.js';
import { createReloadingFile } from './reloading-file.js';

/** A vendor added to this world: what OSR needs to make its mandates again after a reset. */
export interface EigenLeverancier {
  oin: string;
  naam: string;
  rol: 'leverancier';
  /** The BRINs whose besturen mandated it for ROD_PO and VERZUIM. */
  scholen: string[];
  /** The simulated date it was made: its mandates start then. */
  sinds: string;
}

export interface WereldPartijen {
  /** The number of the last vendor made; only grows, so an OIN is never given twice. */
  volgnummer: number;
  partijen: EigenLeverancier[];
}

export const LEEG: Readonly<WereldPartijen> = Object.freeze({ volgnummer: 0, partijen: [] });

export function worldPartiesFile(dataDir: string): string {
  return join(dataDir, 'partijen.json');
}

/**
 * The OIN of the n-th vendor of this world: the seed's vendor range (`000000991…0000`, ID-05) from
 * number 1001 on, clear of the seed's own vendors (1, 2, 3, …).
 */
export function eigenLeverancierOin(volgnummer: number): string {
  return `000000991${String(1000 + volgnummer).padStart(7, '0')}0000`;
}

function isEigenLeverancier(p: unknown): p is EigenLeverancier {
  const e = p as Partial<EigenLeverancier> | null;
  return (
    typeof e?.oin === 'string' &&
    isOin(e.oin) &&
    typeof e.naam === 'string' &&
    e.naam.trim() !== '' &&
    e.rol === 'leverancier' &&
    Array.isArray(e.scholen) &&
    e.scholen.every((s) => typeof s === 'string') &&
    typeof e.sinds === 'string'
  );
}

/** The file's contents; LEEG when there is none; throws when it is not such a file. */
export function readWorldParties(file: string): WereldPartijen {
  if (!existsSync(file)) return LEEG;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<WereldPartijen> | null;
  const { volgnummer, partijen } = parsed ?? {};
  if (typeof volgnummer !== 'number' || !Number.isInteger(volgnummer) || volgnummer < 0)
    throw new Error(`${file}: volgnummer is geen geheel getal`);
  if (!Array.isArray(partijen) || !partijen.every(isEigenLeverancier))
    throw new Error(`${file}: partijen is geen lijst van leveranciers`);
  return { volgnummer, partijen };
}

/** Replaces the file in one rename: a service that reads it meanwhile sees the old or the new list. */
export function writeWorldParties(file: string, data: WereldPartijen): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writePrivateFile(temporary, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(temporary, file);
}

/** The seed's parties followed by this world's own, for the CLI (`partijen`, `--as`). */
export function loadWorldParties(fixturesDir: string, dataDir: string): Party[] {
  const seed = loadParties(join(fixturesDir, 'parties.json'));
  return combine(seed, readWorldParties(worldPartiesFile(dataDir)).partijen);
}

/** An added party never replaces a seed party: the seed decides who is the operator or DUO. */
function combine(seed: readonly Party[], eigen: readonly EigenLeverancier[]): Party[] {
  const seedOins = new Set(seed.map((p) => p.oin));
  return [...seed, ...eigen.filter((e) => !seedOins.has(e.oin)).map((e): Party => ({ oin: e.oin, naam: e.naam, rol: e.rol }))];
}

export interface WorldRegistryOptions {
  logger?: Logger;
  /** The file is stat-ed at most once per this many ms for a known OIN; an unknown OIN checks at once. */
  checkEveryMs?: number;
}

/**
 * The world's PartyRegistry. An unreadable file keeps the parties last read (logged once per
 * version): a broken file never turns a request into a 500. A missing file means no added parties
 * (a removed vendor's certificate is revoked as well, so it is refused either way).
 */
export function createWorldPartyRegistry(
  seed: readonly Party[],
  file: string,
  options: WorldRegistryOptions = {},
): PartyRegistry {
  const { logger, checkEveryMs = 250 } = options;
  let registry = createPartyRegistry(seed);
  const parties = createReloadingFile({
    file,
    checkEveryMs,
    read: (f) => createPartyRegistry(combine(seed, readWorldParties(f).partijen)),
    onRead: (read) => (registry = read),
    onMissing: () => (registry = createPartyRegistry(seed)),
    onUnreadable: (err) =>
      logger?.warn({ file, fout: err.message }, 'partijen.json is onleesbaar; de laatst gelezen partijen blijven gelden'),
  });
  const current = () => {
    parties.check();
    return registry;
  };

  const lookup = (oin: string): Party | undefined => {
    const found = current().get(oin);
    if (found !== undefined) return found;
    parties.checkNow();
    return registry.get(oin);
  };

  return {
    all: () => current().all(),
    get: lookup,
    hasRol: (oin, rol) => lookup(oin)?.rol === rol,
    isOperator: (oin) => lookup(oin)?.rol === 'operator',
  };
}
