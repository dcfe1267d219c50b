// GET/PUT/DELETE /_sim/storingen (docs/storingen.md): the operator sets any fault, a vendor only
// faults on its own traffic. A vendor never learns of another vendor's faults: what it may not see
// does not exist for it (404), and naming another leverancier is refused the same whether that OIN
// is a vendor or not.
import { randomUUID } from 'node:crypto';
import { Router, type Response } from 'express';
import type { OperationSpec } from '../openapi.js';
import type { PartyRegistry } from '../parties.js';
import { problems } from '../problem.js';
import type { SchemaRegistry } from '../schemas.js';
import { partijOf } from '../http/context.js';
import { checkNieuweStoring } from './domain.js';
import type { StoringenStore } from './store.js';
import type { NieuweStoring, Storing } from './types.js';

export interface StoringenRouteDeps {
  service: string;
  store: StoringenStore;
  schemas: SchemaRegistry;
  parties: PartyRegistry;
  /** "POST /inschrijvingen" for every operation a fault may aim at. */
  operaties: readonly string[];
  now?: () => number;
}

const WIE = 'operator: alle storingen; leverancier: alleen storingen op het eigen verkeer';

export const STORINGEN_OPERATIONS: readonly OperationSpec[] = [
  { method: 'get', path: '/_sim/storingen', summary: 'De actieve storingen', wie: WIE, response: 'sim-storingen' },
  {
    method: 'put',
    path: '/_sim/storingen',
    summary: 'Zet een storing (ONDERHOUD, INT500, VERTRAGING, VERBROKEN, TIME_OUT; op BRON ook pushstoringen)',
    wie: WIE,
    request: 'sim-storing-nieuw',
    response: 'sim-storing',
    status: 201,
  },
  {
    method: 'delete',
    path: '/_sim/storingen',
    summary: 'Haal alle storingen weg die de aanroeper mag zien',
    wie: WIE,
    status: 204,
  },
  { method: 'delete', path: '/_sim/storingen/{id}', summary: 'Haal één storing weg', wie: WIE, status: 204 },
];

type Rechten = { alles: true } | { alles: false; leverancier: string };

export function storingenRoutes(deps: StoringenRouteDeps): Router {
  const now = deps.now ?? Date.now;
  const router = Router();
  const rechten = (res: Response): Rechten => {
    const self = partijOf(res);
    if (deps.parties.isOperator(self)) return { alles: true };
    if (deps.parties.hasRol(self, 'leverancier')) return { alles: false, leverancier: self };
    throw problems.forbidden('Alleen de operator en leveranciers (voor hun eigen verkeer) mogen storingen zetten en zien.');
  };
  const zichtbaar = (r: Rechten) => (s: Storing) => r.alles || s.leverancier === r.leverancier;

  router.get('/_sim/storingen', (_req, res) => {
    const r = rechten(res);
    res.json({ storingen: deps.store.list(now()).filter(zichtbaar(r)) });
  });

  router.put('/_sim/storingen', (req, res) => {
    const r = rechten(res);
    const body = req.body as Partial<NieuweStoring> | undefined;
    // Before the content: whether another leverancier exists is no business of this vendor.
    if (!r.alles && body && typeof body === 'object' && body.leverancier !== undefined && body.leverancier !== r.leverancier) {
      throw problems.forbidden(
        'Een leverancier mag alleen storingen op het eigen verkeer zetten; laat leverancier weg of geef het eigen OIN.',
      );
    }
    const fouten = deps.schemas.validate('sim-storing-nieuw', body);
    if (fouten.length > 0) throw problems.rejected(fouten);
    const nieuw = body as NieuweStoring;
    const nuMs = now();
    const regels = checkNieuweStoring(nieuw, { service: deps.service, operaties: deps.operaties, nuMs });
    if (regels.length > 0) throw problems.rejected(regels);
    const storing: Storing = {
      id: randomUUID(),
      ...nieuw,
      ...(r.alles ? {} : { leverancier: r.leverancier }),
      aangemaakt: new Date(nuMs).toISOString(),
      ...(nieuw.aantal !== undefined ? { resterend: nieuw.aantal } : {}),
    };
    deps.store.add(storing);
    res.status(201).json(storing);
  });

  router.delete('/_sim/storingen', (_req, res) => {
    const r = rechten(res);
    deps.store.removeWhere(zichtbaar(r));
    res.status(204).end();
  });

  router.delete('/_sim/storingen/:id', (req, res) => {
    const r = rechten(res);
    const storing = deps.store.get(req.params.id, now());
    if (!storing || !zichtbaar(r)(storing)) {
      throw problems.notFound(
        'NIET_GEVONDEN',
        `Er is geen actieve storing ${req.params.id}; GET /_sim/storingen geeft de storingen die er zijn.`,
      );
    }
    deps.store.remove(storing.id);
    res.status(204).end();
  });
  return router;
}
