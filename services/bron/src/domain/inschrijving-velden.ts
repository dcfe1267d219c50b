// The fields of one inschrijving that depend on the soort onderwijs (BRON-08, BRON-09, BRON-10) and
// the reden of an uitschrijving (BRON-11).
import { fout, type Foutmelding } from '@duo-sim/shared';
import { INSCHRIJVING_POINTER as P, inschrijvingSleutel } from './inschrijving-sleutel.js';
import type { Inschrijving, Melding, SoortOnderwijs } from './types.js';

/** BRON-08 (sim): the highest groep per soort onderwijs. */
export const MAX_GROEP: Record<SoortOnderwijs, number> = { BAO: 8, SBAO: 8, SO: 8, VSO: 12 };

/** BRON-09: fields only BAO/SBAO may carry. */
export const ALLEEN_BAO_SBAO = [
  'nnca',
  'voorschoolsProgramma',
  'maandenVoorschools',
  'vroegschoolsProgramma',
  'ontwikkelingsperspectief',
  'opdc',
] as const;
/** BRON-10: fields only SO/VSO may carry. */
export const ALLEEN_SO_VSO = ['tlvBeschikkingsnummer', 'soortVerblijf', 'experiment', 'onderwijsconcept'] as const;

/** BRON-07, BRON-09, BRON-10: (speciaal) basisonderwijs, as opposed to (voortgezet) speciaal onderwijs. */
export function isBaoSbao(soort: SoortOnderwijs): boolean {
  return soort === 'BAO' || soort === 'SBAO';
}

/** BRON-08 (sim): the groep of one periode exists in the soort onderwijs. */
export function checkGroep(
  soort: SoortOnderwijs,
  groep: number,
  pointer: string,
  sleutel: Record<string, string>,
): Foutmelding[] {
  const max = MAX_GROEP[soort];
  if (Number.isInteger(groep) && groep >= 1 && groep <= max) return [];
  return [
    fout('BRON-08', `Groep ${groep} bestaat niet in ${soort}; verwacht een groep van 1 tot en met ${max}.`, pointer, sleutel),
  ];
}

/** BRON-09, BRON-10: no field of the other kind of school; (sim) the voorschoolse fields fit together. */
export function checkVeldenPerSoort(ins: Inschrijving): Foutmelding[] {
  const foutmeldingen: Foutmelding[] = [];
  const sleutel = inschrijvingSleutel(ins);
  const baoSbao = isBaoSbao(ins.soortOnderwijs);
  const record = ins as unknown as Record<string, unknown>;
  const [code, velden, bij] = baoSbao
    ? (['BRON-10', ALLEEN_SO_VSO, 'SO en VSO'] as const)
    : (['BRON-09', ALLEEN_BAO_SBAO, 'BAO en SBAO'] as const);
  for (const veld of velden) {
    if (record[veld] !== undefined) {
      foutmeldingen.push(
        fout(
          code,
          `Het veld ${veld} hoort alleen bij ${bij}, niet bij ${ins.soortOnderwijs}; laat het weg.`,
          `${P}/${veld}`,
          sleutel,
        ),
      );
    }
  }
  if (!baoSbao) return foutmeldingen;
  // BRON-09 (sim): maandenVoorschools only with a voorschools programma; vroegschools ends after it begins.
  if (ins.maandenVoorschools !== undefined && ins.voorschoolsProgramma !== true) {
    foutmeldingen.push(
      fout(
        'BRON-09',
        'maandenVoorschools is alleen toegestaan als voorschoolsProgramma true is; geef beide of geen van beide.',
        `${P}/maandenVoorschools`,
        sleutel,
      ),
    );
  }
  const vve = ins.vroegschoolsProgramma;
  if (vve?.einddatum !== undefined && vve.einddatum < vve.begindatum) {
    foutmeldingen.push(
      fout(
        'BRON-09',
        `Het vroegschoolse programma eindigt op ${vve.einddatum}, voor de begindatum ${vve.begindatum}; de einddatum ligt op of na de begindatum.`,
        `${P}/vroegschoolsProgramma/einddatum`,
        sleutel,
      ),
    );
  }
  return foutmeldingen;
}

/** BRON-11 (sim): a reden belongs to an uitschrijving; an uitschrijving without reden is accepted with a melding. */
export function checkRedenUitschrijving(ins: Inschrijving): { foutmeldingen: Foutmelding[]; meldingen: Melding[] } {
  const sleutel = inschrijvingSleutel(ins);
  const foutmeldingen: Foutmelding[] = [];
  const meldingen: Melding[] = [];
  if (ins.redenUitschrijving !== undefined && ins.uitschrijfdatum === undefined) {
    foutmeldingen.push(
      fout(
        'BRON-11',
        'Er is een redenUitschrijving zonder uitschrijfdatum; geef een reden alleen samen met een uitschrijfdatum.',
        `${P}/redenUitschrijving`,
        sleutel,
      ),
    );
  }
  if (ins.uitschrijfdatum !== undefined && ins.redenUitschrijving === undefined) {
    meldingen.push(
      fout(
        'BRON-11',
        'De uitschrijving heeft geen redenUitschrijving; geef de reden van uitschrijving mee.',
        `${P}/redenUitschrijving`,
        sleutel,
      ),
    );
  }
  return { foutmeldingen, meldingen };
}
