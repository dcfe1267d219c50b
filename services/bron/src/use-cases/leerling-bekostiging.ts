// po-bekostigen in the service: builds each pupil's record from the store, puts the status in the
// terugkoppeling, and sends BEKOSTIGINGSMELDING to every school whose pupils' status changed (BEK-09).
import {
  bekostigingNu,
  bekostigingVan,
  heeftDefinitieveStatus,
  type InschrijvingBekostiging,
  type PupilRecord,
} from '../domain/bekostiging-status.js';
import type { TeldatumModus } from '../domain/bekostiging-teldatum.js';
import { veranderingen } from '../domain/bekostiging-overzicht.js';
import { geboortegegevensVan, type BrpPersoon } from '../domain/identificatie.js';
import type { Inschrijving, Pgn } from '../domain/types.js';
import type { BrpRegister } from '../brp.js';
import type { BronStore, LeerlingSleutel } from '../store.js';
import { issuedNumbers } from './issued-numbers.js';

export interface BekostigingDeps {
  store: BronStore;
  brp: BrpRegister;
  teldatumModus: TeldatumModus;
}

/** Everything BEK-02..08 need of one pupil: every key with its history, and the geboortedatum. */
export function pupilRecord(deps: BekostigingDeps, pgn: string): PupilRecord {
  const sleutels = deps.store.versiesVanLeerling(pgn);
  const leerling = leerlingVan(pgn, sleutels);
  return recordVan(sleutels, geboortedatumVan(leerling, deps.brp.metPgn(leerling), deps.store));
}

/**
 * pupilRecord of every pupil the school ever had, in PGN order, from one read of their histories and
 * one batched BRP lookup (BEK-02..09 overview of a school of thousands of pupils).
 */
export function schoolRecords(deps: BekostigingDeps, brin: string): PupilRecord[] {
  const leerlingen = [...deps.store.versiesVanLeerlingenVanSchool(brin)].map(([pgn, sleutels]) => ({
    leerling: leerlingVan(pgn, sleutels),
    sleutels,
  }));
  const uitStub = deps.brp.geboortegegevensVanPgns(leerlingen.map((l) => l.leerling));
  // Not in the stub: an onderwijsnummer BRON issued, as geboortegegevensVan looks it up after the stub.
  return leerlingen.map(({ leerling, sleutels }) =>
    recordVan(sleutels, uitStub(leerling)?.geboortedatum ?? geboortedatumVan(leerling, [], deps.store)),
  );
}

/** The pupil as the latest stored inschrijving names them, or from the PGN alone when every key was removed. */
function leerlingVan(pgn: string, sleutels: readonly LeerlingSleutel[]): Pgn {
  for (const { versies } of sleutels) {
    const laatste = versies[versies.length - 1]?.inschrijving;
    if (laatste) return laatste.leerling;
  }
  return pgn.startsWith('10') ? { onderwijsnummer: pgn } : { burgerservicenummer: pgn };
}

function geboortedatumVan(leerling: Pgn, brp: readonly BrpPersoon[], store: BronStore): string | undefined {
  return geboortegegevensVan(leerling, brp, issuedNumbers(store))?.geboortedatum;
}

function recordVan(sleutels: readonly LeerlingSleutel[], geboortedatum: string | undefined): PupilRecord {
  const inschrijvingen = sleutels.map(({ brin, versies }) => ({
    brin,
    inschrijving: versies[versies.length - 1]?.inschrijving ?? null,
    geaccepteerd: versies[0]?.vandaag ?? '',
    versies,
  }));
  return { ...(geboortedatum !== undefined ? { geboortedatum } : {}), inschrijvingen };
}

/**
 * The record after BRON stored `ins` at `brin` on `today` (BronStore.slaInschrijvingOp), without
 * reading the pupil again: the new version is added to its key, or a new key is put in the store's
 * order (brin, volgnummer).
 */
export function metVersie(record: PupilRecord, brin: string, ins: Inschrijving, today: string): PupilRecord {
  const volgnummer = ins.inschrijvingsvolgnummer;
  const versie = { vandaag: today, inschrijving: ins };
  // A key's first version is its first aanlevering, never null, so it names the volgnummer.
  const keyOf = (i: PupilRecord['inschrijvingen'][number]) =>
    (i.versies[0]?.inschrijving ?? i.inschrijving)?.inschrijvingsvolgnummer;
  const at = record.inschrijvingen.findIndex((i) => i.brin === brin && keyOf(i) === volgnummer);
  const inschrijvingen = [...record.inschrijvingen];
  if (at >= 0) {
    const oud = inschrijvingen[at]!;
    inschrijvingen[at] = { ...oud, inschrijving: ins, versies: [...oud.versies, versie] };
  } else {
    const na = inschrijvingen.findIndex((i) => i.brin > brin || (i.brin === brin && (keyOf(i) ?? '') > volgnummer));
    inschrijvingen.splice(na < 0 ? inschrijvingen.length : na, 0, {
      brin,
      inschrijving: ins,
      geaccepteerd: today,
      versies: [versie],
    });
  }
  return { ...record, inschrijvingen };
}

/** The statuses of one pupil now (BEK-09); before and after a change, inside its transaction. */
export function statussen(
  deps: BekostigingDeps,
  pgn: string,
  today: string,
  record = pupilRecord(deps, pgn),
): InschrijvingBekostiging[] {
  return bekostigingNu(record, today, deps.teldatumModus);
}

/** BEK-09 after a change: the bekostiging for its terugkoppeling and all the pupil's statuses. */
export function naWijziging(deps: BekostigingDeps, record: PupilRecord, brin: string, volgnummer: string, today: string) {
  return {
    bekostiging: bekostigingVan(record, brin, volgnummer, today, deps.teldatumModus),
    statussen: bekostigingNu(record, today, deps.teldatumModus),
  };
}

/** BRON-04: whether this inschrijving has had a DEFINITIEF bekostigingsstatus. */
export function isDefinitiefBekostigd(
  deps: BekostigingDeps,
  pgn: string,
  brin: string,
  ins: Inschrijving,
  today: string,
): boolean {
  const e = pupilRecord(deps, pgn).inschrijvingen.find(
    (i) => i.brin === brin && i.inschrijving?.inschrijvingsvolgnummer === ins.inschrijvingsvolgnummer,
  );
  return e !== undefined && heeftDefinitieveStatus(e, today, deps.teldatumModus);
}

/**
 * BEK-09: a BEKOSTIGINGSMELDING to every school where an existing status changed — at the school
 * that sent the change and at the other schools of the pupil. A new inschrijving's first status is in
 * its terugkoppeling, and a removed one's end in the VERWIJDERD terugkoppeling, so neither is a melding.
 * Returns the number of meldingen.
 */
export function meldVeranderingen(
  store: BronStore,
  voorheen: readonly InschrijvingBekostiging[],
  nu: readonly InschrijvingBekostiging[],
): number {
  let aantal = 0;
  for (const v of veranderingen(voorheen, nu)) {
    if (!v.voorheen || !v.nu) continue;
    store.plaatsBericht(v.brin, 'BEKOSTIGINGSMELDING', {
      leerling: v.leerling,
      inschrijvingsvolgnummer: v.inschrijvingsvolgnummer,
      teldatum: v.nu.teldatum,
      status: v.nu.status,
      soort: v.nu.soort,
      redenen: v.nu.redenen,
      voorheen: {
        teldatum: v.voorheen.teldatum,
        status: v.voorheen.status,
        soort: v.voorheen.soort,
        redenen: v.voorheen.redenen,
      },
    });
    aantal++;
  }
  return aantal;
}
