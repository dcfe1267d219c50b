// The opdrachten's goals (docs/workshop.md#the-opdrachten-and-their-answers), checked as pure functions over the journal:
// a goal is a list of stappen that must be found in this order among the exchanges of the participant
// (or of its neighbour, or of the participant before it). Texts and goals name the participant's own
// schools and pupils through placeholders such as {school1.brin} or {buur.leerling3.bsn}.
import type { Deelnemer, JournalEntry, Workshop } from '@duo-sim/shared';
import { buurVan } from '@duo-sim/shared';

export type Wie = 'zelf' | 'buur' | 'vorige';

export interface DoelStap {
  /** Whose exchange: the participant's own (default), its neighbour's, or the previous participant's. */
  wie?: Wie;
  service: 'rio' | 'osr' | 'bron' | 'verzuim';
  /** "POST /inschrijvingen"; a * stands for any characters ("GET /scholen/{school1.brin}/berichten*"). */
  operatie: string;
  /** The status lies in [van, tot]. */
  status: [number, number];
  /** Texts that must all occur in the request or the answer (placeholders filled in). */
  bevat?: string[];
  /** The simulated date of the exchange is this date or later (the teacher moved the clock). */
  vandaagVanaf?: string;
}

export interface Opdracht {
  id: string;
  titel: string;
  tekst: string;
  /** How to do it: for the teacher (docs/workshop.md), shown to a participant once it is done. */
  antwoord: string;
  doel: DoelStap[];
}

export interface OpdrachtenBestand {
  naam: string;
  opdrachten: Opdracht[];
}

export type JournaalRegel = JournalEntry & { service: string };

/** The participants a placeholder may name, seen from one participant. */
export interface Kring {
  zelf: Deelnemer;
  buur: Deelnemer;
  vorige: Deelnemer;
}

export function kringVan(workshop: Workshop, deelnemer: Deelnemer): Kring {
  const i = workshop.deelnemers.findIndex((d) => d.oin === deelnemer.oin);
  const n = workshop.deelnemers.length;
  return { zelf: deelnemer, buur: buurVan(workshop, deelnemer), vorige: workshop.deelnemers[(i - 1 + n) % n]! };
}

function waarde(d: Deelnemer, pad: string): string | undefined {
  const m = /^(school|leerling)(\d)\.(\w+)$/.exec(pad);
  if (m) {
    const lijst = (m[1] === 'school' ? d.scholen : d.leerlingen) as unknown as ReadonlyArray<Record<string, unknown>>;
    const v = lijst[Number(m[2]) - 1]?.[m[3]!];
    return typeof v === 'string' ? v : undefined;
  }
  if (pad === 'naam') return d.naam;
  if (pad === 'oin') return d.oin;
  return undefined;
}

/** Fills in {school1.brin}, {leerling2.naam}, {buur.school1.naam}, {vorige.leerling3.bsn}, …; an unknown one stays. */
export function vulIn(tekst: string, kring: Kring): string {
  return tekst.replace(/\{(?:(buur|vorige)\.)?([\w.]+)\}/g, (heel, wie: string | undefined, pad: string) => {
    return waarde(kring[(wie as Wie | undefined) ?? 'zelf'], pad) ?? heel;
  });
}

const alsPatroon = (operatie: string) =>
  new RegExp(
    `^${operatie
      .split('*')
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

/** A stap with the participant's circle filled in, once per goal: the scoreboard checks 40 participants' goals over thousands of exchanges. */
interface Zoekstap {
  stap: DoelStap;
  partij: string;
  operatie: RegExp;
  bevat: string[];
}

const zoekstap = (stap: DoelStap, kring: Kring): Zoekstap => ({
  stap,
  partij: kring[stap.wie ?? 'zelf'].oin,
  operatie: alsPatroon(vulIn(stap.operatie, kring)),
  bevat: (stap.bevat ?? []).map((b) => vulIn(b, kring)),
});

function past(z: Zoekstap, regel: JournaalRegel): boolean {
  const { stap } = z;
  if (regel.service !== stap.service || regel.partij !== z.partij) return false;
  if (regel.status < stap.status[0] || regel.status > stap.status[1]) return false;
  if (!z.operatie.test(regel.operatie)) return false;
  if (stap.vandaagVanaf && regel.vandaag < stap.vandaagVanaf) return false;
  if (z.bevat.length === 0) return true;
  const tekst = `${JSON.stringify(regel.verzoek ?? null)}\n${JSON.stringify(regel.antwoord ?? null)}`;
  return z.bevat.every((b) => tekst.includes(b));
}

/** True when every stap of the goal is found in the journal, each after the one before it (oldest first). */
export function doelBereikt(doel: readonly DoelStap[], journaal: readonly JournaalRegel[], kring: Kring): boolean {
  const stappen = doel.map((s) => zoekstap(s, kring));
  let stap = 0;
  for (const regel of journaal) {
    if (stap === stappen.length) break;
    if (past(stappen[stap]!, regel)) stap++;
  }
  return stap === stappen.length;
}

/**
 * Which opdrachten each participant has done: those done before (`eerder`, kept in workshop.json)
 * and those whose goal the journal shows now. Per participant only the exchanges of its circle count.
 */
export function voortgang(
  workshop: Workshop,
  opdrachten: readonly Opdracht[],
  journaal: readonly JournaalRegel[],
): Record<string, string[]> {
  const uit: Record<string, string[]> = {};
  for (const d of workshop.deelnemers) {
    const kring = kringVan(workshop, d);
    const oins = new Set([kring.zelf.oin, kring.buur.oin, kring.vorige.oin]);
    const eigen = journaal.filter((r) => r.partij !== null && oins.has(r.partij));
    const eerder = new Set(workshop.behaald?.[d.oin] ?? []);
    uit[d.oin] = opdrachten.filter((o) => eerder.has(o.id) || doelBereikt(o.doel, eigen, kring)).map((o) => o.id);
  }
  return uit;
}
