// The workshop of this world (docs/workshop.md): its participants with their vendor, schools and
// pupils, the hashes of the join tokens, and which opdracht the teacher has opened. Kept in
// <dataDir>/workshop.json, 0600: it holds each vendor's PKCS#12 password for the participant's
// certificate download. Written by `sim workshop`, read (and the active opdracht moved) by the console.
// Both change it while the other runs: every change goes through updateWorkshop (workshop-lock.ts).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writePrivateFile } from '../private-files.js';
import { withWorkshopLock } from './workshop-lock.js';
import { workshopTokenMatches } from './tokens.js';

export interface WorkshopSchool {
  brin: string;
  naam: string;
  school_oin: string;
  /** What an inschrijving of this school names (RIO), so an opdracht can give it. */
  vestigingscode: string;
  onderwijsaanbiedercode: string;
  onderwijslocatiecode: string;
}

export interface WorkshopLeerling {
  bsn: string;
  naam: string;
  geboortedatum: string;
  gemeentecode: string;
}

export interface Deelnemer {
  /** 1, 2, …: the participant's place in the class; the neighbour of n is n+1 (the last's is 1). */
  nummer: number;
  naam: string;
  oin: string;
  scholen: WorkshopSchool[];
  leerlingen: WorkshopLeerling[];
  bestanden: { certificaat: string; sleutel: string; pkcs12: string };
  wachtwoord: string;
  tokenHash: string;
}

export interface Workshop {
  naam: string;
  gemaakt: string;
  /** The opdrachten file, relative to the fixtures folder (fixtures/workshops/standaard.json). */
  opdrachten: string;
  /** How many opdrachten the teacher has opened (the first is open from the start). */
  geopend: number;
  docentTokenHash: string;
  deelnemers: Deelnemer[];
  /** Per participant's OIN the opdrachten done; kept, because the console's journal window moves on. */
  behaald?: Record<string, string[]>;
}

export function workshopFile(dataDir: string): string {
  return join(dataDir, 'workshop.json');
}

/** The workshop of this world, or undefined when there is none; throws on a file that is not one. */
export function readWorkshop(file: string): Workshop | undefined {
  if (!existsSync(file)) return undefined;
  const w = JSON.parse(readFileSync(file, 'utf8')) as Partial<Workshop> | null;
  if (
    typeof w?.naam !== 'string' ||
    typeof w.docentTokenHash !== 'string' ||
    typeof w.opdrachten !== 'string' ||
    typeof w.geopend !== 'number' ||
    !Array.isArray(w.deelnemers) ||
    !w.deelnemers.every((d: Partial<Deelnemer>) => typeof d.oin === 'string' && typeof d.tokenHash === 'string')
  )
    throw new Error(`${file} is geen workshop van duo-sim; verwijder het met npm run sim -- workshop stop`);
  return w as Workshop;
}

/**
 * Replaces the file in one rename, so a reader never sees half of it. The temporary name is random:
 * two writers (threads of one process too) never share one. Only for a file nobody else changes
 * (a new workshop, a test); a change of the existing workshop goes through updateWorkshop.
 */
export function writeWorkshop(file: string, workshop: Workshop): void {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writePrivateFile(temporary, `${JSON.stringify(workshop, null, 2)}\n`);
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Changes the workshop without losing another writer's change: under the lock it reads the file as
 * it is now, applies `change` and writes the result. The console (the teacher's controls, the progress)
 * and the CLI (`sim workshop link`) both write it, so a change made from an older copy would undo the
 * other's. `change` returns undefined to write nothing; the result is the workshop as it is afterwards.
 */
export function updateWorkshop(file: string, change: (workshop: Workshop) => Workshop | undefined): Workshop | undefined {
  return withWorkshopLock(file, () => {
    const current = readWorkshop(file);
    if (!current) return undefined;
    const changed = change(current);
    if (changed === undefined) return current;
    writeWorkshop(file, changed);
    return changed;
  });
}

/** Makes the workshop unless one exists (under the lock, so two `sim workshop` runs make one); false when one did. */
export function createWorkshop(file: string, workshop: Workshop): boolean {
  return withWorkshopLock(file, () => {
    if (existsSync(file)) return false;
    writeWorkshop(file, workshop);
    return true;
  });
}

export function removeWorkshop(file: string): boolean {
  return withWorkshopLock(file, () => {
    if (!existsSync(file)) return false;
    rmSync(file);
    return true;
  });
}

export type WorkshopRol = { rol: 'docent' } | { rol: 'deelnemer'; deelnemer: Deelnemer };

/** Who a token is: the teacher, a participant, or nobody. Checks every hash, so the answer's time says nothing. */
export function whoseToken(workshop: Workshop, token: string): WorkshopRol | undefined {
  let found: WorkshopRol | undefined = workshopTokenMatches(token, workshop.docentTokenHash) ? { rol: 'docent' } : undefined;
  for (const deelnemer of workshop.deelnemers) {
    if (workshopTokenMatches(token, deelnemer.tokenHash)) found ??= { rol: 'deelnemer', deelnemer };
  }
  return found;
}

/** The participant next in the class (the last one's neighbour is the first). */
export function buurVan(workshop: Workshop, deelnemer: Deelnemer): Deelnemer {
  const i = workshop.deelnemers.findIndex((d) => d.oin === deelnemer.oin);
  return workshop.deelnemers[(i + 1) % workshop.deelnemers.length]!;
}
