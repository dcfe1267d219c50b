// The beheer-berichten for an onderwijsaanbieder (docs/services/rio.md, RIO-07): POST a new aanbieder,
// RIO assigns its code (RIO-02); PUT a standlevering of an existing one. Checks and write share one
// transaction: the checks hold for the write, and concurrent creates get distinct codes.
import { fout, Problem, problems, type Schemas } from '@duo-sim/shared';
import { eigenaarsVanAanbieder } from '../domain/eigenaarschap.js';
import { checkAanbiederPad, isEigenBestuur, vreemdeErkenningen, type Beheerder } from '../domain/eigen-objecten.js';
import { checkOnderwijsaanbieder, verwijzingenVan, type AanbiederVerwijzingen } from '../domain/onderwijsaanbieder.js';
import { canonicalAanbieder } from '../domain/standlevering.js';
import type { Instellingserkenning, Onderwijsaanbieder, Onderwijsbestuur } from '../domain/types.js';
import type { AppDeps } from '../deps.js';
import { notFound } from '../responses.js';
import type { RioStore } from '../store.js';

type Aanlevering = Schemas.RIOOnderwijsaanbiederAanlevering;

function loadVerwijzingen(store: RioStore, aanlevering: Aanlevering): AanbiederVerwijzingen {
  const { besturen, brins } = verwijzingenVan(aanlevering);
  return {
    besturen: new Map(
      besturen.flatMap((c): Array<[string, Onderwijsbestuur]> => {
        const b = store.findBestuur(c);
        return b ? [[c, b]] : [];
      }),
    ),
    instellingserkenningen: new Map(
      brins.flatMap((c): Array<[string, Instellingserkenning]> => {
        const e = store.findInstellingserkenning(c);
        return e ? [[c, e]] : [];
      }),
    ),
  };
}

/**
 * RIO-07 (AUT401): a bestuur delivers only aanbieders it runs itself, and ties them only to its own
 * BRIN4s; `huidig` is the stored state (PUT), whose existing relaties stay allowed.
 */
function assertMagAanleveren(
  beheerder: Beheerder,
  aanlevering: Aanlevering,
  verwijzingen: AanbiederVerwijzingen,
  huidig?: Onderwijsaanbieder,
): void {
  if (beheerder.operator) return;
  if (!aanlevering.besturen.some((r) => isEigenBestuur(beheerder, r.onderwijsbestuurcode))) {
    throw problems.forbidden(
      'Een bestuur levert alleen aanbieders aan die het zelf in stand houdt; neem uw eigen onderwijsbestuurcode op in besturen.',
    );
  }
  const bestaand = new Set(huidig?.juridischeRelaties.map((r) => r.instellingserkenningscode) ?? []);
  const fouten = vreemdeErkenningen(
    beheerder,
    aanlevering.juridischeRelaties.flatMap((r, i) =>
      bestaand.has(r.instellingserkenningscode)
        ? []
        : [
            {
              code: r.instellingserkenningscode,
              erkenning: verwijzingen.instellingserkenningen.get(r.instellingserkenningscode),
              pointer: `/juridischeRelaties/${i}/instellingserkenningscode`,
              sleutelnaam: 'instellingserkenningscode',
            },
          ],
    ),
  );
  if (fouten.length > 0) throw new Problem(403, fouten);
}

/** POST: a new aanbieder; RIO gives the code (RIO-02). */
export function createOnderwijsaanbieder(
  { store, clock }: AppDeps,
  beheerder: Beheerder,
  aanlevering: Aanlevering,
): Schemas.RIOOnderwijsaanbiederGoedgekeurd {
  if (aanlevering.onderwijsaanbiedercode !== undefined) {
    // RIO-02: the code is RIO's to give.
    throw problems.rejected([
      fout(
        'RIO-02',
        'RIO kent de onderwijsaanbiedercode zelf toe; laat onderwijsaanbiedercode weg bij een nieuwe aanbieder.',
        '/onderwijsaanbiedercode',
        { onderwijsaanbiedercode: aanlevering.onderwijsaanbiedercode },
      ),
    ]);
  }
  const tijdstip = clock.now().toISOString();
  const aanbieder = store.transaction(() => {
    const verwijzingen = loadVerwijzingen(store, aanlevering);
    assertMagAanleveren(beheerder, aanlevering, verwijzingen);
    const fouten = checkOnderwijsaanbieder(aanlevering, verwijzingen);
    if (fouten.length > 0) throw problems.rejected(fouten);
    const { onderwijsaanbiedercode: _geen, ...inhoud } = canonicalAanbieder(aanlevering, '');
    return store.insertAanbieder(inhoud, tijdstip);
  });
  return { requestGoedgekeurd: true, onderwijsaanbieder: aanbieder };
}

/** PUT: a standlevering of the aanbieder in the path (RIO-07). */
export function replaceOnderwijsaanbieder(
  { store, clock }: AppDeps,
  beheerder: Beheerder,
  code: string,
  aanlevering: Aanlevering,
): Schemas.RIOOnderwijsaanbiederGoedgekeurd {
  const padFouten = checkAanbiederPad(aanlevering, code);
  if (padFouten.length > 0) throw problems.rejected(padFouten);
  const tijdstip = clock.now().toISOString();
  const aanbieder = store.transaction(() => {
    const huidig = store.findAanbieder(code);
    // RIO-07 (AUT401): the bestuur that runs it now (or last) changes it. A bestuur hears the
    // same for a code RIO does not know; only the operator hears 404 (docs/authorization.md).
    const eigen =
      huidig !== undefined &&
      [...eigenaarsVanAanbieder(huidig.besturen, clock.today())].some((c) => isEigenBestuur(beheerder, c));
    if (!beheerder.operator && !eigen) {
      throw problems.forbidden(
        `Alleen het bestuur dat onderwijsaanbieder ${code} in stand houdt, of de operator, mag hem wijzigen.`,
      );
    }
    if (!huidig)
      throw notFound(
        'N09440',
        `Onderwijsaanbieder ${code} is onbekend in RIO; een nieuwe aanbieder gaat met POST /onderwijsaanbieders.`,
        { onderwijsaanbiedercode: code },
      );
    const verwijzingen = loadVerwijzingen(store, aanlevering);
    assertMagAanleveren(beheerder, aanlevering, verwijzingen, huidig);
    const fouten = checkOnderwijsaanbieder({ ...aanlevering, onderwijsaanbiedercode: code }, verwijzingen);
    if (fouten.length > 0) throw problems.rejected(fouten);
    const nieuw = canonicalAanbieder(aanlevering, code);
    store.replaceAanbieder(nieuw, tijdstip);
    return nieuw;
  });
  return { requestGoedgekeurd: true, onderwijsaanbieder: aanbieder };
}
