// The date rules of an object's relaties (to a bestuur, a BRIN4 or a BRIN6): a relatie ends after
// it starts (J06010), two relaties to the same object do not overlap (J06020), and every relatie
// lies within the life of the object that holds it (N05030, as for periodes, RIO-03).
import { fout, type Foutmelding } from '@duo-sim/shared';
import type { Geldigheid, Levensloop } from './types.js';

function overlappen(a: Geldigheid, b: Geldigheid): boolean {
  return a.begindatum < (b.einddatum ?? '9999-12-31') && b.begindatum < (a.einddatum ?? '9999-12-31');
}

export function checkRelaties<T extends Geldigheid>(
  relaties: readonly T[],
  doel: { sleutelnaam: string; code: (r: T) => string },
  leven: Levensloop,
  pointer: string,
  sleutel: Record<string, string>,
): Foutmelding[] {
  const fouten: Foutmelding[] = [];
  relaties.forEach((r, i) => {
    const code = doel.code(r);
    const sleutels = { ...sleutel, [doel.sleutelnaam]: code };
    if (r.einddatum !== undefined && r.einddatum <= r.begindatum) {
      fouten.push(
        fout(
          'J06010',
          `De relatie met ${code} eindigt op ${r.einddatum}, niet na haar begindatum ${r.begindatum}; een einddatum ligt na de begindatum.`,
          `${pointer}/${i}/einddatum`,
          sleutels,
        ),
      );
    }
    if (r.begindatum < leven.inBedrijfdatum) {
      fouten.push(
        fout(
          'N05030',
          `De relatie met ${code} begint op ${r.begindatum}, voor de inBedrijfdatum ${leven.inBedrijfdatum}; relaties liggen binnen het bestaan van het object.`,
          `${pointer}/${i}/begindatum`,
          sleutels,
        ),
      );
    } else if (leven.uitBedrijfdatum !== undefined && (r.einddatum === undefined || r.einddatum > leven.uitBedrijfdatum)) {
      fouten.push(
        fout(
          'N05030',
          `De relatie met ${code} loopt ${r.einddatum === undefined ? 'open door' : `tot ${r.einddatum}`}, na de uitBedrijfdatum ${leven.uitBedrijfdatum}; relaties liggen binnen het bestaan van het object.`,
          `${pointer}/${i}${r.einddatum === undefined ? '' : '/einddatum'}`,
          sleutels,
        ),
      );
    }
    const eerder = relaties.findIndex((o, j) => j < i && doel.code(o) === code && overlappen(o, r));
    if (eerder >= 0) {
      fouten.push(
        fout(
          'J06020',
          `De relatie met ${code} vanaf ${r.begindatum} overlapt de relatie op positie ${eerder} met hetzelfde object; relaties met hetzelfde object volgen elkaar op.`,
          `${pointer}/${i}/begindatum`,
          sleutels,
        ),
      );
    }
  });
  return fouten;
}
