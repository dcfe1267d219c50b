// The key of one inschrijving: which pupil (ID-01..03), which school (EK-03) and which volgnummer
// (BRON-02). Every other rule group names its foutmeldingen by this key.
import { checkLeerling, fout, pgnSleutel, type Foutmelding } from '@duo-sim/shared';
import type { Inschrijving } from './types.js';

/** The pointer of the inschrijving in POST /inschrijvingen. */
export const INSCHRIJVING_POINTER = '/inschrijving';
const P = INSCHRIJVING_POINTER;

/** The sleutelgegevens of the inschrijving: its pupil and its volgnummer. */
export function inschrijvingSleutel(ins: Inschrijving): Record<string, string> {
  return { ...pgnSleutel(ins.leerling), inschrijvingsvolgnummer: ins.inschrijvingsvolgnummer };
}

/** ID-01, ID-02, ID-03, EK-03 and BRON-02: the pupil, the school acted for and the volgnummer. */
export function checkSleutel(ins: Inschrijving, schoolBrin: string): Foutmelding[] {
  const foutmeldingen = checkLeerling(ins.leerling, `${P}/leerling`);

  // EK-03: the school acted for owns the vestiging.
  if (!ins.vestigingscode.startsWith(schoolBrin)) {
    foutmeldingen.push(
      fout(
        'EK-03',
        `Vestiging ${ins.vestigingscode} hoort niet bij school ${schoolBrin}; de vestigingscode begint met de BRIN van de verzendende instantie.`,
        `${P}/vestigingscode`,
        { vestigingscode: ins.vestigingscode },
      ),
    );
  }

  // BRON-02: the volgnummer is 1–20 characters.
  if (ins.inschrijvingsvolgnummer.length < 1 || ins.inschrijvingsvolgnummer.length > 20) {
    foutmeldingen.push(
      fout(
        'BRON-02',
        'Het inschrijvingsvolgnummer moet 1 tot 20 tekens lang zijn.',
        `${P}/inschrijvingsvolgnummer`,
        inschrijvingSleutel(ins),
      ),
    );
  }
  return foutmeldingen;
}
