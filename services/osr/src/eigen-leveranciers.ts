// OSR-07 (sim): adding a vendor of your own to the world, and removing it (docs/services/osr.md).
// OSR is the one writer of data/partijen.json, and adds one vendor at a time: the number that makes
// its OIN is read and written with nothing in between, so two vendors never get the same OIN.
import {
  eigenLeverancierOin,
  issueVendorCertificate,
  readWorldParties,
  revokeCertificate,
  writeWorldParties,
  type Clock,
  type IssuedVendorCertificate,
  type OsrSchool,
  type PartyRegistry,
} from '@duo-sim/shared';
import type { OsrStore } from './store.js';

/** Where this world keeps its parties and certificates. */
export interface WereldBestanden {
  partijenFile: string;
  pkiDir: string;
}

export interface NieuweLeverancier {
  oin: string;
  naam: string;
  sinds: string;
  scholen: Array<{ brin: string; school_oin: string; bestuur_oin: string }>;
  bestanden: Omit<IssuedVendorCertificate, 'wachtwoord'>;
  wachtwoord: string;
}

export interface EigenLeveranciers {
  /** Checked by the caller (checkNieuweLeverancier); `scholen` are schools OSR knows. */
  voegToe(naam: string, scholen: readonly OsrSchool[]): Promise<NieuweLeverancier>;
  /** undefined when `oin` is no vendor added to this world. */
  verwijder(oin: string): { oin: string; naam: string; ingetrokken: string } | undefined;
}

export function createEigenLeveranciers(
  files: WereldBestanden,
  deps: { store: OsrStore; clock: Clock; parties: PartyRegistry },
): EigenLeveranciers {
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    voegToe: (naam, scholen) =>
      oneAtATime(async () => {
        const world = readWorldParties(files.partijenFile);
        let volgnummer = world.volgnummer + 1;
        // A seed that ever grows into this range keeps its own OINs.
        while (deps.parties.get(eigenLeverancierOin(volgnummer)) !== undefined) volgnummer++;
        const oin = eigenLeverancierOin(volgnummer);
        const sinds = deps.clock.today();
        const { wachtwoord, ...bestanden } = await issueVendorCertificate(files.pkiDir, { oin, naam });
        // The vendor is a party of the world once this file is renamed into place; OSR then knows
        // it as a supplier in the same turn, before anyone can ask.
        writeWorldParties(files.partijenFile, {
          volgnummer,
          partijen: [...world.partijen, { oin, naam, rol: 'leverancier', scholen: scholen.map((s) => s.brin), sinds }],
        });
        deps.store.insertLeverancier(oin, naam);
        return {
          oin,
          naam,
          sinds,
          scholen: scholen.map((s) => ({ brin: s.brin, school_oin: s.oin, bestuur_oin: s.bestuur.oin })),
          bestanden,
          wachtwoord,
        };
      }),
    verwijder(oin) {
      const world = readWorldParties(files.partijenFile);
      const found = world.partijen.find((p) => p.oin === oin);
      if (!found) return undefined;
      // Revoked first: should writing the list fail, the vendor is refused all the same.
      const { entry } = revokeCertificate(files.pkiDir, oin);
      writeWorldParties(files.partijenFile, { ...world, partijen: world.partijen.filter((p) => p.oin !== oin) });
      return { oin, naam: found.naam, ingetrokken: entry.fingerprint256 };
    },
  };
}
