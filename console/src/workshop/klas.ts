// The class's progress: the goals checked over the console's journal window, what was done before
// kept in workshop.json (the window moves on; a done opdracht stays done).
import type { Workshop } from '@duo-sim/shared';
import type { JournalFeed } from '../feed.js';
import type { WorkshopBron } from './bron.js';
import { voortgang, type OpdrachtenBestand } from './doelen.js';

export interface Klasstand {
  opdrachten: OpdrachtenBestand;
  /** Per participant's OIN the ids of the opdrachten done. */
  behaald: Record<string, string[]>;
}

export function klasstand(bron: WorkshopBron, feed: JournalFeed, workshop: Workshop): Klasstand {
  const opdrachten = bron.opdrachten(workshop);
  const behaald = voortgang(workshop, opdrachten.opdrachten, feed.window());
  const nieuw = workshop.deelnemers.some((d) => behaald[d.oin]!.length !== (workshop.behaald?.[d.oin]?.length ?? 0));
  if (nieuw) bron.wijzig((nu) => ({ ...nu, behaald: samen(nu.behaald ?? {}, behaald) }));
  return { opdrachten, behaald };
}

/** What the file holds and what was found now: a done opdracht stays done, whoever wrote it first. */
function samen(bewaard: Record<string, string[]>, gevonden: Record<string, string[]>): Record<string, string[]> {
  const uit: Record<string, string[]> = { ...bewaard };
  for (const [oin, ids] of Object.entries(gevonden)) uit[oin] = [...new Set([...(bewaard[oin] ?? []), ...ids])];
  return uit;
}
