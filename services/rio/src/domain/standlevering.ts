// RIO-07: an aanlevering is a standlevering, the object's whole state. It is stored in one
// canonical form (fields in schema order, periodes and relaties by begindatum), so that sending
// the same state again changes nothing and leaves no entry in the change feed (RIO-09).
import type {
  Geldigheid,
  Onderwijsaanbieder,
  OnderwijsaanbiederInhoud,
  Onderwijslocatiegebruik,
  OnderwijslocatieAdres,
} from './types.js';

function opBegindatum<T extends Geldigheid>(items: readonly T[], code: (item: T) => string = () => ''): T[] {
  return [...items].sort((a, b) => a.begindatum.localeCompare(b.begindatum) || code(a).localeCompare(code(b)));
}

function metEinde<T extends object>(item: T, einddatum: string | undefined): T {
  return einddatum === undefined ? item : { ...item, einddatum };
}

export function canonicalAanbieder(a: OnderwijsaanbiederInhoud, code: string): Onderwijsaanbieder {
  return {
    onderwijsaanbiedercode: code,
    inBedrijfdatum: a.inBedrijfdatum,
    ...(a.uitBedrijfdatum === undefined ? {} : { uitBedrijfdatum: a.uitBedrijfdatum }),
    periodes: opBegindatum(a.periodes).map((p) => ({ ...metEinde({ begindatum: p.begindatum }, p.einddatum), naam: p.naam })),
    besturen: opBegindatum(a.besturen, (r) => r.onderwijsbestuurcode).map((r) =>
      metEinde({ onderwijsbestuurcode: r.onderwijsbestuurcode, begindatum: r.begindatum }, r.einddatum),
    ),
    juridischeRelaties: opBegindatum(a.juridischeRelaties, (r) => r.instellingserkenningscode).map((r) =>
      metEinde({ instellingserkenningscode: r.instellingserkenningscode, begindatum: r.begindatum }, r.einddatum),
    ),
  } as Onderwijsaanbieder;
}

export function canonicalGebruik(
  g: Omit<Onderwijslocatiegebruik, 'onderwijslocatiecode'>,
  locatiecode: string,
): Onderwijslocatiegebruik {
  return {
    onderwijsbestuurcode: g.onderwijsbestuurcode,
    onderwijslocatiecode: locatiecode,
    inBedrijfdatum: g.inBedrijfdatum,
    ...(g.uitBedrijfdatum === undefined ? {} : { uitBedrijfdatum: g.uitBedrijfdatum }),
    naam: g.naam,
    juridischeRelaties: opBegindatum(g.juridischeRelaties, (r) => r.vestigingserkenningscode).map((r) =>
      metEinde({ vestigingserkenningscode: r.vestigingserkenningscode, begindatum: r.begindatum }, r.einddatum),
    ),
  } as Onderwijslocatiegebruik;
}

export function canonicalAdres(a: OnderwijslocatieAdres): OnderwijslocatieAdres {
  return {
    postcode: a.postcode,
    huisnummer: a.huisnummer,
    ...(a.toevoeging === undefined ? {} : { toevoeging: a.toevoeging }),
    plaatsnaam: a.plaatsnaam,
    ...(a.bagId === undefined ? {} : { bagId: a.bagId }),
    gps: { latitude: a.gps.latitude, longitude: a.gps.longitude },
  };
}
