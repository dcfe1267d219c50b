// The workshop of this world (docs/workshop.md): its participants with their vendor, schools and
// pupils, the hashes of the join tokens, and which opdracht the teacher has opened. Kept in
// <dataDir>/workshop.json, 0600: it holds each vendor's PKCS#12 password for the participant's
// certificate download. Written by `sim workshop`, read (and the active opdracht moved) by the console.
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writePrivateFile } from '../private-files.js';
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

/** Replaces the file in one rename, so the console never reads half of it. */
export function writeWorkshop(file: string, workshop: Workshop): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writePrivateFile(temporary, `${JSON.stringify(workshop, null, 2)}\n`);
  renameSync(temporary, file);
}

export function removeWorkshop(file: string): boolean {
  if (!existsSync(file)) return false;
  rmSync(file);
  return true;
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
