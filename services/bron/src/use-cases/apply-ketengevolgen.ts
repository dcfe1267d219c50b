// Applies what an accepted change means for the pupil's other schools (INFO-03..05, BRON-14):
// runs inside the transaction of the change, so the berichten and the change land together.
import { DUO_OIN, type OsrClient } from '@duo-sim/shared';
import { dubbeleInschrijvingen, ketenGevolgen, type SchoolInschrijving } from '../domain/keten.js';
import type { Inschrijving, Pgn } from '../domain/types.js';
import type { BronStore } from '../store.js';

/** The pupil's current inschrijvingen at every school, as BronStore.inschrijvingenVanLeerling reads them. */
export type OpLeerling = ReadonlyArray<{ brin: string; inschrijving: Inschrijving }>;

/**
 * The names of the schools the pupil is or will be at, for the kennisgevingen (asked of OSR before
 * the commit); `opLeerling` when the caller already read the pupil.
 */
export async function schoolNamen(
  osr: OsrClient,
  store: BronStore,
  pgn: string,
  extra: Record<string, string>,
  opLeerling: OpLeerling = store.inschrijvingenVanLeerling(pgn),
): Promise<Map<string, string>> {
  const namen = new Map(Object.entries(extra));
  const brins = new Set(opLeerling.map((s) => s.brin));
  await Promise.all(
    [...brins]
      .filter((b) => !namen.has(b))
      .map(async (brin) => {
        const school = await osr.findSchool({ brin });
        if (school) namen.set(brin, school.naam);
      }),
  );
  return namen;
}

/**
 * INFO-03/04/05 after the change of `gewijzigd` (already stored): applies DUO's own correction at
 * once and returns what places the berichten (then BRON-14), so the caller can put its
 * terugkoppeling in the mailbox first. `na` is the pupil's inschrijvingen with the change in them
 * (what the store now holds); the correction is applied to it too, so nothing is read again.
 */
export function verwerkKetengevolgen(
  store: BronStore,
  pgn: string,
  gewijzigd: SchoolInschrijving,
  vorige: Inschrijving | undefined,
  today: string,
  namen: ReadonlyMap<string, string>,
  na: readonly SchoolInschrijving[],
): { correctie?: SchoolInschrijving; plaatsBerichten(): void } {
  let stand = na;
  const gevolgen = ketenGevolgen(gewijzigd, vorige, stand, today, namen);
  const correctie = gevolgen.correctie;
  if (correctie) {
    // INFO-05: a DUO mutation in the old school's history.
    store.slaInschrijvingOp(correctie.brin, correctie.ins, 'GEWIJZIGD', { berichtId: null, afzender: DUO_OIN, vandaag: today });
    stand = vervang(stand, correctie);
  }
  return {
    ...(correctie ? { correctie } : {}),
    plaatsBerichten() {
      for (const b of gevolgen.berichten) store.plaatsBericht(b.brin, b.soort, b.inhoud);
      werkDubbeleInschrijvingenBij(store, pgn, gewijzigd.ins.leerling, today, namen, stand);
    },
  };
}

/** The pupil's inschrijvingen after storing `ins` at `brin`: replaced under its key, or added last (the store's order). */
export function vervang<T extends SchoolInschrijving>(stand: readonly T[], nieuw: T): T[] {
  const same = (s: SchoolInschrijving) =>
    s.brin === nieuw.brin && s.ins.inschrijvingsvolgnummer === nieuw.ins.inschrijvingsvolgnummer;
  return stand.some(same) ? stand.map((s) => (same(s) ? nieuw : s)) : [...stand, nieuw];
}

/**
 * BRON-14 (sim): a new overlap of inschrijvingen at two schools is told to both at once, and again
 * to both when it is resolved (by an uitschrijving, a correction or a verwijdering).
 */
export function werkDubbeleInschrijvingenBij(
  store: BronStore,
  pgn: string,
  leerling: Pgn,
  today: string,
  namen: ReadonlyMap<string, string>,
  stand: readonly SchoolInschrijving[] = store.inschrijvingenVanLeerling(pgn).map(toSchool),
): void {
  const nu = dubbeleInschrijvingen(stand);
  const open = new Set(store.openDubbeleInschrijvingen(pgn));
  for (const [sleutel, [a, b]] of nu) {
    if (open.has(sleutel)) continue;
    store.registreerDubbeleInschrijving(pgn, sleutel, today);
    meld(store, 'ONTSTAAN', leerling, a, b, namen);
  }
  for (const sleutel of open) {
    if (nu.has(sleutel)) continue;
    store.losDubbeleInschrijvingOp(pgn, sleutel, today);
    const [ka, kb] = sleutel.split('|') as [string, string];
    const [brinA, volgA] = ka.split('/') as [string, string];
    const [brinB, volgB] = kb.split('/') as [string, string];
    for (const [eigen, volg, ander] of [
      [brinA, volgA, brinB],
      [brinB, volgB, brinA],
    ] as const) {
      store.plaatsBericht(eigen, 'DUBBELE_INSCHRIJVING', {
        status: 'OPGELOST',
        leerling,
        inschrijvingsvolgnummer: volg,
        andereSchool: { brin: ander, naam: namen.get(ander) ?? ander },
      });
    }
  }
}

function meld(
  store: BronStore,
  status: 'ONTSTAAN',
  leerling: Pgn,
  a: SchoolInschrijving,
  b: SchoolInschrijving,
  namen: ReadonlyMap<string, string>,
): void {
  for (const [eigen, ander] of [
    [a, b],
    [b, a],
  ] as const) {
    store.plaatsBericht(eigen.brin, 'DUBBELE_INSCHRIJVING', {
      status,
      leerling,
      inschrijvingsvolgnummer: eigen.ins.inschrijvingsvolgnummer,
      andereSchool: { brin: ander.brin, naam: namen.get(ander.brin) ?? ander.brin },
      andereInschrijving: {
        inschrijfdatum: ander.ins.inschrijfdatum,
        ...(ander.ins.uitschrijfdatum ? { uitschrijfdatum: ander.ins.uitschrijfdatum } : {}),
      },
    });
  }
}

export function toSchool(s: { brin: string; inschrijving: Inschrijving }): SchoolInschrijving {
  return { brin: s.brin, ins: s.inschrijving };
}
