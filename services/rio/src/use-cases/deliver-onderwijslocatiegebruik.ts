// The beheer-berichten for an onderwijslocatiegebruik (docs/services/rio.md, RIO-07): POST a new
// gebruik (an address not yet in RIO becomes a new locatie with a code, RIO-02), PUT a standlevering
// of an existing one. One gebruik per (bestuur, locatie) (RIO-04). Checks and write share one
// transaction, so what was checked is what is written.
import { fout, Problem, problems, type Schemas } from '@duo-sim/shared';
import { checkGebruikPad, isEigenBestuur, vreemdeErkenningen, type Beheerder } from '../domain/eigen-objecten.js';
import { checkOnderwijslocatiegebruik } from '../domain/onderwijslocatiegebruik.js';
import { canonicalAdres, canonicalGebruik } from '../domain/standlevering.js';
import type { Onderwijslocatiegebruik, Vestigingserkenning } from '../domain/types.js';
import type { AppDeps } from '../deps.js';
import { notFound } from '../responses.js';
import type { RioStore } from '../store.js';

type Aanlevering = Schemas.RIOOnderwijslocatiegebruikAanlevering;

function loadVestigingen(store: RioStore, aanlevering: Aanlevering): Map<string, Vestigingserkenning> {
  const codes = new Set(aanlevering.juridischeRelaties.map((r) => r.vestigingserkenningscode));
  return new Map(
    [...codes].flatMap((c): Array<[string, Vestigingserkenning]> => {
      const v = store.findVestigingserkenning(c);
      return v ? [[c, v]] : [];
    }),
  );
}

function assertEigenBestuur(beheerder: Beheerder, bestuurcode: string): void {
  if (!isEigenBestuur(beheerder, bestuurcode)) {
    throw problems.forbidden(
      `Onderwijsbestuur ${bestuurcode} is niet dat van de afzender; een bestuur levert alleen eigen locatiegebruiken aan.`,
    );
  }
}

/**
 * RIO-07 (AUT401): a bestuur delivers only its own gebruiken, tied only to vestigingen of its own
 * bevoegd gezag; relaties the stored gebruik already has stay allowed.
 */
function assertMagAanleveren(
  store: RioStore,
  beheerder: Beheerder,
  aanlevering: Aanlevering,
  vestigingen: Map<string, Vestigingserkenning>,
  huidig?: Onderwijslocatiegebruik,
): void {
  assertEigenBestuur(beheerder, aanlevering.onderwijsbestuurcode);
  const bestaand = new Set(huidig?.juridischeRelaties.map((r) => r.vestigingserkenningscode) ?? []);
  const fouten = vreemdeErkenningen(
    beheerder,
    aanlevering.juridischeRelaties.flatMap((r, i) => {
      if (bestaand.has(r.vestigingserkenningscode)) return [];
      const vestiging = vestigingen.get(r.vestigingserkenningscode);
      return [
        {
          code: r.vestigingserkenningscode,
          erkenning: vestiging ? store.findInstellingserkenning(vestiging.instellingserkenningscode) : undefined,
          pointer: `/juridischeRelaties/${i}/vestigingserkenningscode`,
          sleutelnaam: 'vestigingserkenningscode',
        },
      ];
    }),
  );
  if (fouten.length > 0) throw new Problem(403, fouten);
}

/** POST: a new gebruik, of a known locatie (by code) or of a new address. */
export function createOnderwijslocatiegebruik(
  deps: AppDeps,
  beheerder: Beheerder,
  aanlevering: Aanlevering,
): Schemas.RIOOnderwijslocatiegebruikGoedgekeurd {
  const { store, clock } = deps;
  const { onderwijslocatiecode: code, onderwijslocatie: adres } = aanlevering;
  if ((code === undefined) === (adres === undefined)) {
    throw problems.rejected([
      {
        foutcode: 'SCHEMA',
        fouttekst:
          'Geef precies een van onderwijslocatiecode (een bestaande locatie) en onderwijslocatie (het adres van een nieuwe).',
        pointer: code === undefined ? '/' : '/onderwijslocatie',
      },
    ]);
  }
  const bestuurcode = aanlevering.onderwijsbestuurcode;
  const tijdstip = clock.now().toISOString();
  const uitkomst = store.transaction(() => {
    const vestigingen = loadVestigingen(store, aanlevering);
    assertMagAanleveren(store, beheerder, aanlevering, vestigingen);
    const bestaand = code !== undefined ? store.findLocatie(code) : store.findLocatieByAdres(adres!);
    // RIO-04 (N01020)
    if (bestaand && store.findGebruik(bestuurcode, bestaand.onderwijslocatiecode)) {
      throw new Problem(409, [
        fout(
          'N01020',
          `Onderwijsbestuur ${bestuurcode} gebruikt onderwijslocatie ${bestaand.onderwijslocatiecode} al; wijzig dat gebruik met PUT /onderwijslocatiegebruiken/${bestuurcode}-${bestaand.onderwijslocatiecode}.`,
          undefined,
          { onderwijsbestuurcode: bestuurcode, onderwijslocatiecode: bestaand.onderwijslocatiecode },
        ),
      ]);
    }
    const { onderwijslocatie: _adres, ...inhoud } = aanlevering;
    const fouten = checkOnderwijslocatiegebruik(
      { ...inhoud, ...(bestaand ? { onderwijslocatiecode: bestaand.onderwijslocatiecode } : {}) },
      {
        bestuur: store.findBestuur(bestuurcode),
        locatieBekend: code === undefined || bestaand !== undefined,
        vestigingserkenningen: vestigingen,
      },
    );
    if (fouten.length > 0) throw problems.rejected(fouten);
    const locatie = bestaand ?? store.insertLocatie(canonicalAdres(adres!), tijdstip);
    const gebruik = canonicalGebruik(inhoud, locatie.onderwijslocatiecode);
    store.insertGebruik(gebruik, tijdstip);
    return { gebruik, locatie, nieuw: !bestaand };
  });
  return {
    requestGoedgekeurd: true,
    onderwijslocatiegebruik: uitkomst.gebruik,
    onderwijslocatie: uitkomst.locatie,
    nieuweOnderwijslocatie: uitkomst.nieuw,
  };
}

/**
 * RIO-07: the path names the bestuur, so another bestuur is refused before RIO looks the gebruik
 * up: it hears the same whether that bestuur uses the locatie or not (docs/authorization.md).
 * Called before the body is read.
 */
export function assertMayReplaceGebruik(beheerder: Beheerder, bestuurcode: string): void {
  assertEigenBestuur(beheerder, bestuurcode);
}

/** PUT: a standlevering of the gebruik in the path. */
export function replaceOnderwijslocatiegebruik(
  deps: AppDeps,
  beheerder: Beheerder,
  { bestuurcode, locatiecode }: { bestuurcode: string; locatiecode: string },
  aanlevering: Aanlevering,
): Schemas.RIOOnderwijslocatiegebruikGoedgekeurd {
  const { store, clock } = deps;
  const padFouten = checkGebruikPad(aanlevering, bestuurcode, locatiecode);
  if (padFouten.length > 0) throw problems.rejected(padFouten);
  const sleutels = { onderwijsbestuurcode: bestuurcode, onderwijslocatiecode: locatiecode };
  const tijdstip = clock.now().toISOString();
  const gebruik = store.transaction(() => {
    const huidig = store.findGebruik(bestuurcode, locatiecode);
    if (!huidig)
      throw notFound(
        'A01130',
        `Onderwijsbestuur ${bestuurcode} heeft geen gebruik van onderwijslocatie ${locatiecode}; een nieuw gebruik gaat met POST.`,
        sleutels,
      );
    const vestigingen = loadVestigingen(store, aanlevering);
    assertMagAanleveren(store, beheerder, aanlevering, vestigingen, huidig);
    const { onderwijslocatie: _adres, ...inhoud } = aanlevering;
    const fouten = checkOnderwijslocatiegebruik(
      { ...inhoud, onderwijslocatiecode: locatiecode },
      { bestuur: store.findBestuur(bestuurcode), locatieBekend: true, vestigingserkenningen: vestigingen },
    );
    if (fouten.length > 0) throw problems.rejected(fouten);
    const nieuw = canonicalGebruik(inhoud, locatiecode);
    store.replaceGebruik(nieuw, tijdstip);
    return nieuw;
  });
  return {
    requestGoedgekeurd: true,
    onderwijslocatiegebruik: gebruik,
    onderwijslocatie: store.findLocatie(locatiecode)!,
    nieuweOnderwijslocatie: false,
  };
}
