// RIO-03: the periodes of an object (each with its own naam) fill its life exactly: none ends
// before it starts (N05010), none lies outside the life (N05030), each begins where the previous
// one ended, so there is neither gap nor overlap (N05050), and together they run from
// inBedrijfdatum to uitBedrijfdatum, or open-ended when the life is (N05060).
import { fout, type Foutmelding } from '@duo-sim/shared';
import type { Geldigheid, Levensloop } from './types.js';

/** Every RIO-03 violation of `periodes` within `leven`; pointers under `pointer` (e.g. `/periodes`). */
export function checkPeriodes(
  periodes: readonly Geldigheid[],
  leven: Levensloop,
  pointer: string,
  sleutel: Record<string, string>,
): Foutmelding[] {
  const fouten: Foutmelding[] = [];
  const at = (i: number, veld?: string) => `${pointer}/${i}${veld ? `/${veld}` : ''}`;
  const metBegin = (p: Geldigheid) => ({ ...sleutel, begindatum: p.begindatum });

  periodes.forEach((p, i) => {
    // RIO-03 (N05010)
    if (p.einddatum !== undefined && p.einddatum <= p.begindatum) {
      fouten.push(
        fout(
          'N05010',
          `De periode eindigt op ${p.einddatum}, niet na haar begindatum ${p.begindatum}; een einddatum ligt na de begindatum.`,
          at(i, 'einddatum'),
          metBegin(p),
        ),
      );
    }
    // RIO-03 (N05030)
    if (p.begindatum < leven.inBedrijfdatum) {
      fouten.push(
        fout(
          'N05030',
          `De periode begint op ${p.begindatum}, voor de inBedrijfdatum ${leven.inBedrijfdatum}; periodes liggen binnen het bestaan van het object.`,
          at(i, 'begindatum'),
          metBegin(p),
        ),
      );
    } else if (leven.uitBedrijfdatum !== undefined && (p.einddatum === undefined || p.einddatum > leven.uitBedrijfdatum)) {
      fouten.push(
        fout(
          'N05030',
          `De periode loopt ${p.einddatum === undefined ? 'open door' : `tot ${p.einddatum}`}, na de uitBedrijfdatum ${leven.uitBedrijfdatum}; periodes liggen binnen het bestaan van het object.`,
          at(i, p.einddatum === undefined ? undefined : 'einddatum'),
          metBegin(p),
        ),
      );
    }
  });

  const volgorde = periodes.map((p, i) => ({ p, i })).sort((a, b) => a.p.begindatum.localeCompare(b.p.begindatum) || a.i - b.i);
  for (let k = 1; k < volgorde.length; k++) {
    const vorige = volgorde[k - 1]!.p;
    const { p, i } = volgorde[k]!;
    if (vorige.einddatum === p.begindatum) continue;
    // RIO-03 (N05050)
    const waarom =
      vorige.einddatum === undefined
        ? `de periode vanaf ${vorige.begindatum} loopt open door`
        : vorige.einddatum < p.begindatum
          ? `de vorige periode eindigt al op ${vorige.einddatum} (gat)`
          : `de vorige periode loopt tot ${vorige.einddatum} (overlap)`;
    fouten.push(
      fout(
        'N05050',
        `De periode begint op ${p.begindatum}, maar ${waarom}; elke periode begint op de einddatum van de vorige.`,
        at(i, 'begindatum'),
        metBegin(p),
      ),
    );
  }

  const eerste = volgorde[0];
  const laatste = volgorde[volgorde.length - 1];
  // RIO-03 (N05060); a periode before the inBedrijfdatum or past the uitBedrijfdatum is N05030 above.
  if (eerste && eerste.p.begindatum > leven.inBedrijfdatum) {
    fouten.push(
      fout(
        'N05060',
        `De eerste periode begint op ${eerste.p.begindatum}, niet op de inBedrijfdatum ${leven.inBedrijfdatum}; de periodes dekken het hele bestaan.`,
        at(eerste.i, 'begindatum'),
        metBegin(eerste.p),
      ),
    );
  }
  if (
    laatste &&
    laatste.p.einddatum !== undefined &&
    (leven.uitBedrijfdatum === undefined || laatste.p.einddatum < leven.uitBedrijfdatum)
  ) {
    const tot =
      leven.uitBedrijfdatum === undefined
        ? 'het object heeft geen uitBedrijfdatum, dus de laatste periode loopt open door'
        : `verwacht tot de uitBedrijfdatum ${leven.uitBedrijfdatum}`;
    fouten.push(
      fout(
        'N05060',
        `De laatste periode eindigt op ${laatste.p.einddatum}; ${tot}.`,
        at(laatste.i, 'einddatum'),
        metBegin(laatste.p),
      ),
    );
  }
  return fouten;
}
