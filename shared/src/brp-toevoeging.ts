// POST /_sim/brp-personen (operator, BRON and the verzuimregister): persons added to this world's BRP
// stub, e.g. the ketentest's fresh pupils (docs/ketentest.md). Both services judge a body the same way.
import type { BRPPersoon } from './generated/schemas.js';
import { isBsn, isOnderwijsnummer } from './ids.js';
import type { OperationSpec } from './openapi.js';
import { Problem, type Foutmelding } from './problem.js';
import type { SchemaRegistry } from './schemas.js';

export const BRP_TOEVOEGING_OPERATION: OperationSpec = {
  method: 'post',
  path: '/_sim/brp-personen',
  summary: 'Voeg personen toe aan de BRP-stub van deze wereld (weg na reset)',
  wie: 'operator',
  request: 'brp-personen',
  status: 201,
};

/**
 * The persons of a valid body; otherwise a Problem: 400 for a body that breaks the schema or a
 * number that fails ID-01/ID-02, 409 `BRP-DUPLICAAT` for a number this world's BRP already holds
 * (the seed's persons must stay who they are).
 */
export function checkBrpToevoeging(schemas: SchemaRegistry, body: unknown, bekend: (p: BRPPersoon) => boolean): BRPPersoon[] {
  const schemaFouten = schemas.validate('brp-personen', body);
  if (schemaFouten.length > 0) throw new Problem(400, schemaFouten);
  const personen = body as BRPPersoon[];
  const fouten: Foutmelding[] = [];
  const gezien = new Set<string>();
  personen.forEach((p, i) => {
    if (p.burgerservicenummer !== undefined && !isBsn(p.burgerservicenummer)) {
      fouten.push({
        foutcode: 'ID-01',
        fouttekst: 'Dit burgerservicenummer haalt de elfproef niet; geef een BSN van 9 cijfers dat de elfproef haalt.',
        pointer: `/${i}/burgerservicenummer`,
      });
    }
    if (p.onderwijsnummer !== undefined && !isOnderwijsnummer(p.onderwijsnummer)) {
      fouten.push({
        foutcode: 'ID-02',
        fouttekst: 'Dit onderwijsnummer klopt niet; geef 9 cijfers die met 10 beginnen en de proef van ID-02 halen.',
        pointer: `/${i}/onderwijsnummer`,
      });
    }
  });
  if (fouten.length > 0) throw new Problem(400, fouten);
  const dubbel: Foutmelding[] = [];
  personen.forEach((p, i) => {
    const nummer = p.burgerservicenummer ?? p.onderwijsnummer;
    if (nummer === undefined) return;
    if (gezien.has(nummer) || bekend(p)) {
      const veld = p.burgerservicenummer !== undefined ? 'burgerservicenummer' : 'onderwijsnummer';
      dubbel.push({
        foutcode: 'BRP-DUPLICAAT',
        fouttekst: `De BRP-stub kent ${veld} ${nummer} al; geef een nummer dat nog niemand in deze wereld heeft.`,
        pointer: `/${i}/${veld}`,
      });
    }
    gezien.add(nummer);
  });
  if (dubbel.length > 0) throw new Problem(409, dubbel);
  return personen;
}
