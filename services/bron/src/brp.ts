// A BRP register in memory (docs/architecture.md), indexed so a lookup costs the same for any number of
// persons: the operator's additions (brp-toevoegingen.ts), and the stub in tests.
import type { Schemas } from '@duo-sim/shared';
import { persoonsleutel, type BrpPersoon } from './domain/identificatie.js';
import type { Pgn } from './domain/types.js';

/** What BEK-02..08 need of a person: the age on a date, and the geslacht beside it. */
export type Geboortegegevens = Pick<BrpPersoon, 'geboortedatum' | 'geslacht'>;

export interface BrpRegister {
  /** The stub person with this PGN, as a list of zero or one (what the domain rules take). */
  metPgn(pgn: Pgn): BrpPersoon[];
  /**
   * The geboortedatum and geslacht of each of these PGNs, looked up together (a school's bekostiging
   * overview: one batched read of two columns instead of a whole person per pupil); the returned lookup
   * answers what metPgn's person says, undefined when the stub has no such PGN.
   */
  geboortegegevensVanPgns(pgns: readonly Pgn[]): (pgn: Pgn) => Geboortegegevens | undefined;
  /** Every stub person with this persoonsleutel (BRON-01 zonder PGN). */
  metSleutel(sleutel: string): BrpPersoon[];
}

export function createBrpRegister(personen: readonly Schemas.BRPPersoon[]): BrpRegister {
  const byBsn = new Map<string, BrpPersoon>();
  const byOnr = new Map<string, BrpPersoon>();
  const bySleutel = new Map<string, BrpPersoon[]>();
  for (const p of personen) {
    if (p.burgerservicenummer) byBsn.set(p.burgerservicenummer, p);
    if (p.onderwijsnummer) byOnr.set(p.onderwijsnummer, p);
    const key = persoonsleutel(p);
    const list = bySleutel.get(key);
    if (list) list.push(p);
    else bySleutel.set(key, [p]);
  }
  const metPgn = (pgn: Pgn): BrpPersoon[] => {
    const hit =
      pgn.burgerservicenummer !== undefined
        ? byBsn.get(pgn.burgerservicenummer)
        : pgn.onderwijsnummer !== undefined
          ? byOnr.get(pgn.onderwijsnummer)
          : undefined;
    return hit ? [hit] : [];
  };
  return {
    metPgn,
    // Already indexed in memory: nothing to batch.
    geboortegegevensVanPgns: () => (pgn) => {
      const p = metPgn(pgn)[0];
      return p && { geboortedatum: p.geboortedatum, geslacht: p.geslacht };
    },
    metSleutel: (sleutel) => bySleutel.get(sleutel) ?? [],
  };
}
