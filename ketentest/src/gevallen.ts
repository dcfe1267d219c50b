// The ketentest's cases: for each, the Dutch instructions a vendor reads and the data its LAS needs.
// Pure: the setup (voorbereiding.ts) chooses the schools and pupils, this file turns them into cases.
import { addDays } from '@duo-sim/shared';
import type { BestaandeInschrijving, Geval, GevalSoort, KetenSchool, Leerling } from './model.js';

export interface GevalBouwstenen {
  vandaag: string;
  /** The vendor's school for most cases. */
  school: KetenSchool;
  /** The vendor's school with the ONDERHOUD window (a second school when it has one). */
  onderhoudSchool: KetenSchool;
  /** Another vendor's school: the pupil who moves goes there; the dubbele inschrijving is there. */
  andereSchool: KetenSchool;
  leerlingen: Record<GevalSoort, Leerling | undefined>;
  bestaand: Partial<Record<GevalSoort, BestaandeInschrijving>>;
  /** The other school's inschrijfdatum of the pupil who moves (KENNISGEVING). */
  verhuisdatum: string;
  berichtenbusStart: number;
  onderhoud?: { retryAfterSeconden: number; aantal: number; storingId: string };
  soorten: readonly GevalSoort[];
}

export function naamVan(l: Leerling): string {
  return [l.voornamen, l.voorvoegsel, l.achternaam].filter(Boolean).join(' ');
}

function wie(l: Leerling): string {
  const pgn = l.burgerservicenummer ? `BSN ${l.burgerservicenummer}` : 'geen BSN';
  return `${naamVan(l)} (${pgn}, geboren ${l.geboortedatum}, ${l.geslacht === 'V' ? 'meisje' : 'jongen'})`;
}

function bestaandRegel(b: BestaandeInschrijving): string {
  const periodes = b.periodes.map((p) => `groep ${p.groep} vanaf ${p.begindatum}`).join(', ');
  return `Staat al ingeschreven: inschrijvingsvolgnummer ${b.inschrijvingsvolgnummer}, inschrijfdatum ${b.inschrijfdatum}, ${periodes}.`;
}

type Bouw = (
  b: GevalBouwstenen,
  l: Leerling | undefined,
  bestaand: BestaandeInschrijving | undefined,
) => Omit<Geval, 'code' | 'soort'>;

const BOUW: Record<GevalSoort, Bouw> = {
  IDENTIFICEREN: (b, l) => ({
    titel: 'Een leerling zonder BSN identificeren en inschrijven',
    school: b.school,
    leerling: l!,
    gegevens: { inschrijfdatum: addDays(b.vandaag, -1), groep: 3 },
    opdracht: [
      `${wie(l!)} komt uit Duitsland (landcode 9089) en heeft geen BSN.`,
      'Identificeer haar zonder PGN (POST /identificaties met naam, geboortedatum, geslacht en buitenlands adres).',
      `Schrijf haar daarna in met het onderwijsnummer uit het antwoord: inschrijfdatum ${addDays(b.vandaag, -1)}, groep 3.`,
    ],
  }),
  INSCHRIJVEN: (b, l) => ({
    titel: 'Een nieuwe leerling inschrijven',
    school: b.school,
    leerling: l!,
    gegevens: { inschrijfdatum: addDays(b.vandaag, -2), groep: 2 },
    opdracht: [`Schrijf ${wie(l!)} in: inschrijfdatum ${addDays(b.vandaag, -2)}, groep 2.`],
  }),
  GROEP_WIJZIGEN: (b, l, bestaand) => ({
    titel: 'De groep van een leerling wijzigen',
    school: b.school,
    leerling: l!,
    bestaand: bestaand!,
    gegevens: { begindatum: b.vandaag, groep: 5 },
    opdracht: [
      `${wie(l!)} gaat vandaag (${b.vandaag}) naar groep 5.`,
      bestaandRegel(bestaand!),
      'Lever de hele inschrijving opnieuw aan met een nieuwe periode (standlevering).',
    ],
  }),
  UITSCHRIJVEN: (b, l, bestaand) => ({
    titel: 'Een leerling uitschrijven',
    school: b.school,
    leerling: l!,
    bestaand: bestaand!,
    gegevens: { uitschrijfdatum: addDays(b.vandaag, -1), redenUitschrijving: 'VERHUIZING_BUITENLAND' },
    opdracht: [
      `${wie(l!)} is verhuisd naar het buitenland; ${addDays(b.vandaag, -1)} was haar laatste schooldag.`,
      bestaandRegel(bestaand!),
      'Schrijf haar uit met die uitschrijfdatum en reden VERHUIZING_BUITENLAND.',
    ],
  }),
  VERWIJDEREN: (b, l, bestaand) => ({
    titel: 'Een per vergissing ingeschreven leerling verwijderen',
    school: b.school,
    leerling: l!,
    bestaand: bestaand!,
    gegevens: {},
    opdracht: [
      `${wie(l!)} is per vergissing ingeschreven en is nooit op school geweest.`,
      bestaandRegel(bestaand!),
      'Verwijder de inschrijving (POST /verwijderingen).',
    ],
  }),
  RESULTATEN: (b, l, bestaand) => ({
    titel: 'Schooladvies en doorstroomtoets aanleveren',
    school: b.school,
    leerling: l!,
    bestaand: bestaand!,
    gegevens: {
      advies: 'HAVO',
      adviesdatum: b.vandaag,
      uitslagdatum: b.vandaag,
      rekenen: '1S',
      lezen: '2F',
      taalverzorging: '2F',
    },
    opdracht: [
      `${wie(l!)} zit in groep 8.`,
      bestaandRegel(bestaand!),
      `Lever het voorlopig schooladvies HAVO (adviesdatum ${b.vandaag}) en de uitslag van de doorstroomtoets`,
      `(uitslagdatum ${b.vandaag}: rekenen 1S, lezen 2F, taalverzorging 2F) aan, elk in een eigen bericht (POST /resultaten).`,
    ],
  }),
  KENNISGEVING: (b, l, bestaand) => ({
    titel: 'Handelen op een kennisgeving: de leerling is naar een andere school',
    school: b.school,
    leerling: l!,
    bestaand: bestaand!,
    andereSchool: { brin: b.andereSchool.brin, naam: b.andereSchool.naam },
    gegevens: {},
    verwacht: { uitschrijfdatum: addDays(b.verhuisdatum, -1), redenUitschrijving: 'ANDERE_SCHOOL' },
    opdracht: [
      `${wie(l!)} is verhuisd; een andere school heeft haar ingeschreven.`,
      bestaandRegel(bestaand!),
      'Lees de KENNISGEVING_INSCHRIJVING in de berichtenbus en schrijf haar uit met reden ANDERE_SCHOOL,',
      'met als uitschrijfdatum de dag vóór haar inschrijfdatum op de nieuwe school (INFO-04).',
    ],
  }),
  DUBBELE_INSCHRIJVING: (b, l) => ({
    titel: 'Een dubbele inschrijving oplossen',
    school: b.school,
    leerling: l!,
    andereSchool: { brin: b.andereSchool.brin, naam: b.andereSchool.naam },
    gegevens: { inschrijfdatum: addDays(b.vandaag, -1), groep: 2 },
    opdracht: [
      `Schrijf ${wie(l!)} in: inschrijfdatum ${addDays(b.vandaag, -1)}, groep 2.`,
      'DUO meldt daarna een DUBBELE_INSCHRIJVING: zij staat nog op een andere school. Haar ouders hebben zich bedacht',
      'en zij is nooit bij u geweest. Los de dubbele inschrijving op door uw inschrijving te verwijderen.',
    ],
  }),
  BERICHTENBUS: (b) => ({
    titel: 'De berichtenbus lezen met de cursor, zonder gaten en zonder opnieuw te lezen',
    school: b.school,
    gegevens: { cursor: b.berichtenbusStart },
    opdracht: [
      `Lees de berichtenbus van ${b.school.brin} vanaf cursor ${b.berichtenbusStart} (GET /scholen/${b.school.brin}/berichten?na=${b.berichtenbusStart}).`,
      'Geef elke volgende keer de "volgende" van het vorige antwoord mee: geen gaten, niets twee keer.',
      `De push naar uw afleveradres ligt voor ${b.school.brin} de komende 15 minuten stil: BRON levert elk bericht pas 2 minuten later af`,
      '(storing PUSH_VERTRAAGD). Wacht er niet op: de berichtenbus is de bron, en de push levert later wat u al gelezen hebt.',
    ],
  }),
  ONDERHOUD: (b, l) => ({
    titel: 'Door een onderhoudsvenster heen komen',
    school: b.onderhoudSchool,
    leerling: l!,
    gegevens: {
      inschrijfdatum: addDays(b.vandaag, -1),
      groep: 4,
      retryAfterSeconden: b.onderhoud?.retryAfterSeconden ?? 1,
      storingId: b.onderhoud?.storingId ?? '',
    },
    opdracht: [
      `Schrijf ${wie(l!)} in op ${b.onderhoudSchool.brin}: inschrijfdatum ${addDays(b.vandaag, -1)}, groep 4.`,
      `BRON is voor deze school in onderhoud: uw eerste inschrijvingen daar krijgen 503 ONDERHOUD met Retry-After.`,
      'Probeer opnieuw met HETZELFDE identificatiecodeBedrijfsdocument, wacht minstens Retry-After, en niet vaker dan nodig.',
    ],
  }),
  VERZUIM: (b, l, bestaand) => ({
    titel: 'Een verzuimmelding doen en intrekken',
    school: b.school,
    leerling: l!,
    bestaand: bestaand!,
    gegevens: { verzuimsoort: 'OVERIG', begindatum: addDays(b.vandaag, -2) },
    opdracht: [
      `Meld verzuim van ${wie(l!)}: verzuimsoort OVERIG, begindatum ${addDays(b.vandaag, -2)}, met een contactpersoon (POST /meldingen bij het verzuimregister).`,
      'Het blijkt een vergissing: trek de melding in (PATCH /meldingen/{meldingsnummer} met status INGETROKKEN).',
    ],
  }),
};

export function maakGevallen(b: GevalBouwstenen): Geval[] {
  return b.soorten.map((soort, i) => ({
    code: `KT-${String(i + 1).padStart(2, '0')}`,
    soort,
    ...BOUW[soort](b, b.leerlingen[soort], b.bestaand[soort]),
  }));
}
