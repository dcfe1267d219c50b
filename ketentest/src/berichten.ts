// The berichten of the chain as the setup and the reference LAS write them: a bedrijfsdocument
// (EK-03..05) around the content. Each call makes a new identificatiecodeBedrijfsdocument; a retry
// must send the body it made before, not call these again.
import { randomUUID } from 'node:crypto';
import { DUO_OIN } from '@duo-sim/shared';
import type { KetenSchool, Periode } from './model.js';

export type Pgn = { burgerservicenummer: string } | { onderwijsnummer: string };

export function bedrijfsdocument(school: KetenSchool) {
  return {
    identificatiecodeBedrijfsdocument: randomUUID(),
    verzendendeInstantie: school.oin,
    ontvangendeInstantie: DUO_OIN,
    datumTijdBedrijfsdocument: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

export interface InschrijvingGegevens {
  inschrijvingsvolgnummer: string;
  inschrijfdatum: string;
  periodes: Periode[];
  uitschrijfdatum?: string;
  redenUitschrijving?: string;
}

export function inschrijvingBericht(school: KetenSchool, leerling: Pgn, ins: InschrijvingGegevens) {
  return {
    bedrijfsdocument: bedrijfsdocument(school),
    inschrijving: {
      leerling,
      inschrijvingsvolgnummer: ins.inschrijvingsvolgnummer,
      vestigingscode: school.vestigingscode,
      onderwijsaanbiedercode: school.onderwijsaanbiedercode,
      onderwijslocatiecode: school.onderwijslocatiecode,
      soortOnderwijs: school.soortOnderwijs,
      inschrijfdatum: ins.inschrijfdatum,
      ...(ins.uitschrijfdatum ? { uitschrijfdatum: ins.uitschrijfdatum } : {}),
      ...(ins.redenUitschrijving ? { redenUitschrijving: ins.redenUitschrijving } : {}),
      periodes: ins.periodes,
    },
  };
}

export function verwijderingBericht(school: KetenSchool, leerling: Pgn, inschrijvingsvolgnummer: string) {
  return { bedrijfsdocument: bedrijfsdocument(school), verwijdering: { leerling, inschrijvingsvolgnummer } };
}
