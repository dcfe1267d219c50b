// RIO-07: a bestuur changes only its own objects (AUT401), and a standlevering is about the object in
// its path. Pure: who the sender is (a Beheerder) and the erkenningen an aanlevering refers to are
// passed in; the use cases turn the foutmeldingen into 403 or 400.
import { fout, type Foutmelding } from '@duo-sim/shared';
import type { Instellingserkenning, Onderwijsbestuur } from './types.js';

/** The sender of a beheer-bericht: the operator, or the RIO besturen with the caller's OIN. */
export interface Beheerder {
  operator: boolean;
  /** The RIO besturen with the caller's OIN (empty for the operator). */
  besturen: Onderwijsbestuur[];
}

/** An erkenning an aanlevering ties its object to, with where in the bericht it is named. */
export interface NieuweErkenning {
  code: string;
  erkenning: Instellingserkenning | undefined;
  pointer: string;
  sleutelnaam: string;
}

export function isEigenBestuur(beheerder: Beheerder, bestuurcode: string): boolean {
  return beheerder.operator || beheerder.besturen.some((b) => b.onderwijsbestuurcode === bestuurcode);
}

/**
 * RIO-07 (AUT401): a bestuur may tie its objects only to erkenningen of its own bevoegd gezag.
 * Checked for the relaties an aanlevering adds, so an object that passed to another bestuur keeps
 * the relaties it already had.
 */
export function vreemdeErkenningen(beheerder: Beheerder, nieuw: readonly NieuweErkenning[]): Foutmelding[] {
  if (beheerder.operator) return [];
  const eigen = new Set(beheerder.besturen.map((b) => b.bevoegdGezagNummer));
  return nieuw
    .filter((n) => n.erkenning !== undefined && !eigen.has(n.erkenning.bevoegdGezagNummer))
    .map((n) => ({
      foutcode: 'AUT401',
      fouttekst: `${n.code} is erkend voor bevoegd gezag ${n.erkenning!.bevoegdGezagNummer}, niet voor dat van de afzender; een bestuur koppelt alleen eigen erkenningen.`,
      pointer: n.pointer,
      sleutelgegevens: [{ sleutelnaam: n.sleutelnaam, sleutelwaarde: n.code }],
    }));
}

/** RIO-07: a PUT of a gebruik names the gebruik in its path; the body may not name another, nor a new address. */
export function checkGebruikPad(
  aanlevering: { onderwijsbestuurcode: string; onderwijslocatiecode?: string; onderwijslocatie?: unknown },
  bestuurcode: string,
  locatiecode: string,
): Foutmelding[] {
  const sleutels = { onderwijsbestuurcode: bestuurcode, onderwijslocatiecode: locatiecode };
  const fouten: Foutmelding[] = [];
  if (aanlevering.onderwijsbestuurcode !== bestuurcode) {
    fouten.push(
      fout(
        'RIO-07',
        `De onderwijsbestuurcode in het bericht (${aanlevering.onderwijsbestuurcode}) is niet die in het pad (${bestuurcode}).`,
        '/onderwijsbestuurcode',
        sleutels,
      ),
    );
  }
  if (aanlevering.onderwijslocatiecode !== undefined && aanlevering.onderwijslocatiecode !== locatiecode) {
    fouten.push(
      fout(
        'RIO-07',
        `De onderwijslocatiecode in het bericht (${aanlevering.onderwijslocatiecode}) is niet die in het pad (${locatiecode}).`,
        '/onderwijslocatiecode',
        sleutels,
      ),
    );
  }
  if (aanlevering.onderwijslocatie !== undefined) {
    fouten.push(
      fout(
        'RIO-07',
        'Een gebruik houdt zijn locatie; een nieuw adres is een nieuw gebruik (POST /onderwijslocatiegebruiken).',
        '/onderwijslocatie',
        sleutels,
      ),
    );
  }
  return fouten;
}

/** RIO-07: a PUT of an aanbieder is about the aanbieder in its path. */
export function checkAanbiederPad(aanlevering: { onderwijsaanbiedercode?: string }, code: string): Foutmelding[] {
  if (aanlevering.onderwijsaanbiedercode === undefined || aanlevering.onderwijsaanbiedercode === code) return [];
  return [
    fout(
      'RIO-07',
      `De onderwijsaanbiedercode in het bericht (${aanlevering.onderwijsaanbiedercode}) is niet die in het pad (${code}).`,
      '/onderwijsaanbiedercode',
      { onderwijsaanbiedercode: aanlevering.onderwijsaanbiedercode },
    ),
  ];
}
