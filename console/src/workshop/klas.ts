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
  if (nieuw) bron.bewaar({ ...workshop, behaald });
  return { opdrachten, behaald };
}
