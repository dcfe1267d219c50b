// RIO-11: the question BRON and the verzuimregister ask for every inschrijving, answered from what
// RIO holds: always an answer with every reason, never a refusal.
import type { Schemas } from '@duo-sim/shared';
import { checkInschrijfbaarheid } from '../domain/inschrijfbaarheid-check.js';
import type { AppDeps } from '../deps.js';

export function answerInschrijfbaarheid(
  { store }: AppDeps,
  vraag: Schemas.RIOInschrijfbaarheidsvraag & { peildatum: string },
): Schemas.RIOInschrijfbaarheid {
  const foutmeldingen = checkInschrijfbaarheid(vraag, {
    aanbieder: store.findAanbieder(vraag.onderwijsaanbiedercode),
    locatie: store.findLocatie(vraag.onderwijslocatiecode),
    vestiging: store.findVestigingserkenning(vraag.vestigingscode),
    gebruikenVanLocatie: store.listGebruikenOfLocatie(vraag.onderwijslocatiecode),
  });
  return { inschrijfbaar: foutmeldingen.length === 0, peildatum: vraag.peildatum, foutmeldingen };
}
