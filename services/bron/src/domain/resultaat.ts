// BRON-15 schooladvies and BRON-16 doorstroomtoets (docs/services/bron.md POST /resultaten): only for a pupil
// in groep 8 at the school; late exchange and an advies outside its window are meldingen.
import { daysBetween, fout, type Foutmelding } from '@duo-sim/shared';
import { periodeOp } from './periodes.js';
import type { Inschrijving, Melding } from './types.js';

export type Advies =
  | 'GEEN_SPECIFIEK_ADVIES'
  | 'VSO'
  | 'PRAKTIJKONDERWIJS'
  | 'VMBO_BB'
  | 'VMBO_BB_LWOO'
  | 'VMBO_BB_KB'
  | 'VMBO_BB_KB_LWOO'
  | 'VMBO_KB'
  | 'VMBO_KB_LWOO'
  | 'VMBO_KB_GL_TL'
  | 'VMBO_KB_GL_TL_LWOO'
  | 'VMBO_GL_TL'
  | 'VMBO_GL_TL_LWOO'
  | 'VMBO_GL_TL_HAVO'
  | 'HAVO'
  | 'HAVO_VWO'
  | 'VWO';

/** BRON-15: the sort value of each advies (real up to vmbo kb t/m gl/tl, sim above); "met lwoo" sorts as without. */
export const ADVIES_SORTERING: Record<Advies, number> = {
  GEEN_SPECIFIEK_ADVIES: 0,
  VSO: 5,
  PRAKTIJKONDERWIJS: 10,
  VMBO_BB: 15,
  VMBO_BB_LWOO: 15,
  VMBO_BB_KB: 20,
  VMBO_BB_KB_LWOO: 20,
  VMBO_KB: 30,
  VMBO_KB_LWOO: 30,
  VMBO_KB_GL_TL: 35,
  VMBO_KB_GL_TL_LWOO: 35,
  VMBO_GL_TL: 40,
  VMBO_GL_TL_LWOO: 40,
  VMBO_GL_TL_HAVO: 45,
  HAVO: 50,
  HAVO_VWO: 55,
  VWO: 60,
};

export interface Schooladvies {
  soort: 'VOORLOPIG' | 'DEFINITIEF';
  advies: Advies;
  adviesdatum: string;
}

export interface Doorstroomtoets {
  uitslagdatum: string;
  verhinderd: boolean;
  rekenen?: '<1F' | '1F' | '1S';
  lezen?: '<1F' | '1F' | '2F';
  taalverzorging?: '<1F' | '1F' | '2F';
}

/** BRON-15/16 (real): a result is exchanged within 14 days. */
export const UITWISSELTERMIJN = 14;

/** BRON-15 (real): the voorlopig advies is given 10–31 January, the definitief one by 24 March. */
const VENSTER: Record<Schooladvies['soort'], [string, string]> = {
  VOORLOPIG: ['01-10', '01-31'],
  DEFINITIEF: ['01-10', '03-24'],
};

export interface ResultaatUitslag {
  foutmeldingen: Foutmelding[];
  meldingen: Melding[];
}

const P = '/resultaat';

/** BRON-15/16: only for a pupil in groep 8 of this inschrijving on the date of the result. */
function checkGroep8(ins: Inschrijving, datum: string, code: string): Foutmelding[] {
  const periode = periodeOp(ins, datum);
  if (periode?.groep === 8) return [];
  return [
    fout(
      code,
      periode === undefined
        ? `De leerling is op ${datum} niet ingeschreven met dit inschrijvingsvolgnummer; een resultaat hoort bij een leerling in groep 8.`
        : `De leerling zit op ${datum} in groep ${periode.groep}; een resultaat is er alleen voor een leerling in groep 8.`,
      `${P}/inschrijvingsvolgnummer`,
      { inschrijvingsvolgnummer: ins.inschrijvingsvolgnummer },
    ),
  ];
}

function checkDatum(
  datum: string,
  today: string,
  code: string,
  pointer: string,
): { fouten: Foutmelding[]; meldingen: Melding[] } {
  if (datum > today)
    return {
      fouten: [
        fout(code, `De datum ${datum} ligt na vandaag (${today}); lever een resultaat aan nadat het gegeven is.`, pointer),
      ],
      meldingen: [],
    };
  const dagen = daysBetween(datum, today);
  if (dagen > UITWISSELTERMIJN) {
    return {
      fouten: [],
      meldingen: [
        fout(code, `Het resultaat is ${dagen} dagen na ${datum} aangeleverd; de termijn is ${UITWISSELTERMIJN} dagen.`, pointer),
      ],
    };
  }
  return { fouten: [], meldingen: [] };
}

/** BRON-15 */
export function checkSchooladvies(
  advies: Schooladvies,
  ins: Inschrijving,
  today: string,
  voorlopig: Schooladvies | undefined,
): ResultaatUitslag {
  const pointer = `${P}/schooladvies`;
  const foutmeldingen = checkGroep8(ins, advies.adviesdatum, 'BRON-15');
  const datum = checkDatum(advies.adviesdatum, today, 'BRON-15', `${pointer}/adviesdatum`);
  foutmeldingen.push(...datum.fouten);
  const meldingen = [...datum.meldingen];
  const [van, tot] = VENSTER[advies.soort];
  const maandDag = advies.adviesdatum.slice(5);
  if (maandDag < van || maandDag > tot) {
    meldingen.push(
      fout(
        'BRON-15',
        `Een ${advies.soort === 'VOORLOPIG' ? 'voorlopig' : 'definitief'} schooladvies wordt gegeven tussen ${van.slice(3)}-${van.slice(0, 2)} en ${tot.slice(3)}-${tot.slice(0, 2)}; deze adviesdatum valt erbuiten.`,
        `${pointer}/adviesdatum`,
      ),
    );
  }
  if (advies.soort === 'DEFINITIEF' && voorlopig && ADVIES_SORTERING[advies.advies] < ADVIES_SORTERING[voorlopig.advies]) {
    foutmeldingen.push(
      fout(
        'BRON-15',
        `Het definitieve advies (${advies.advies}) is lager dan het voorlopige (${voorlopig.advies}); het mag gelijk of hoger zijn.`,
        `${pointer}/advies`,
        { voorlopig: voorlopig.advies, definitief: advies.advies },
      ),
    );
  }
  return { foutmeldingen, meldingen };
}

/** BRON-16 */
export function checkDoorstroomtoets(toets: Doorstroomtoets, ins: Inschrijving, today: string): ResultaatUitslag {
  const pointer = `${P}/doorstroomtoets`;
  const foutmeldingen = checkGroep8(ins, toets.uitslagdatum, 'BRON-16');
  const datum = checkDatum(toets.uitslagdatum, today, 'BRON-16', `${pointer}/uitslagdatum`);
  foutmeldingen.push(...datum.fouten);
  for (const vak of ['rekenen', 'lezen', 'taalverzorging'] as const) {
    if (toets.verhinderd && toets[vak] !== undefined) {
      foutmeldingen.push(
        fout('BRON-16', `Een verhinderde leerling heeft geen referentieniveau voor ${vak}; laat het weg.`, `${pointer}/${vak}`),
      );
    }
    if (!toets.verhinderd && toets[vak] === undefined) {
      foutmeldingen.push(
        fout(
          'BRON-16',
          `Het referentieniveau voor ${vak} ontbreekt; geef het, of meld de leerling als verhinderd.`,
          `${pointer}/${vak}`,
        ),
      );
    }
  }
  return { foutmeldingen, meldingen: datum.meldingen };
}
