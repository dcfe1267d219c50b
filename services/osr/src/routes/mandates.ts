// /api/v1/mandates (docs/services/osr.md): the mandate check (OSR-04) and creating and ending mandates
// by the school's bestuur or the operator (OSR-02).
import { randomBytes, randomUUID } from 'node:crypto';
import {
  locals,
  partijOf,
  problems,
  validBody,
  validQuery,
  type OperationSpec,
  type OsrDienstcode,
  type OsrMandaat,
} from '@duo-sim/shared';
import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import {
  checkEndDate,
  checkMandateReferences,
  checkNewMandatePeriod,
  checkThirdPartyQuery,
  isEnded,
  isMandateActive,
  mandateViewFor,
  mayManageMandates,
  overlapFouten,
  selectOwnMandates,
  type MandateQuery,
  type Period,
} from '../domain/mandates.js';

interface NewMandate {
  school_oin: string;
  supplier_oin: string;
  service: OsrDienstcode;
  start_date?: string;
  end_date?: string | null;
}

export const mandateOperations: readonly OperationSpec[] = [
  {
    method: 'get',
    path: '/api/v1/mandates',
    summary:
      'Mandaatcheck (OSR-04): de leverancier zelf krijgt zijn mandaten geldig op reference_date (of 404 mandate not found), iedere andere partij alleen OK of NOK',
    wie: 'iedere partij; details alleen voor de leverancier zelf',
    parameters: [
      { name: 'school_oin', in: 'query', description: 'school-OIN; verplicht voor een derde partij' },
      { name: 'supplier_oin', in: 'query', description: 'OIN van de leverancier; verplicht voor een derde partij' },
      { name: 'service', in: 'query', description: 'ROD_PO, VERZUIM of RIO; verplicht voor een derde partij' },
      { name: 'reference_date', in: 'query', description: 'JJJJ-MM-DD, standaard de gesimuleerde datum' },
    ],
    response: 'osr-mandaatantwoord',
  },
  {
    method: 'post',
    path: '/api/v1/mandates',
    summary: 'Mandaat aanmaken voor een leverancier, school en dienst; antwoord met id en token (OSR-01, OSR-02, OSR-03)',
    wie: 'het bestuur van de school, of de operator',
    request: 'osr-mandaat-nieuw',
    response: 'osr-mandaat',
    status: 201,
  },
  {
    method: 'patch',
    path: '/api/v1/mandates/{id}',
    summary: 'Mandaat beëindigen: end_date zetten; mandaten worden nooit verwijderd (OSR-02, OSR-03)',
    wie: 'het bestuur van de school, of de operator',
    request: 'osr-mandaat-einde',
    response: 'osr-mandaat',
  },
];

/** OSR-01: an unguessable token, 32 hex characters, that proves the mandate (OSR-05). */
function newToken(): string {
  return randomBytes(16).toString('hex');
}

export function mandateRoutes(deps: AppDeps): Router {
  const router = Router();
  const { store, clock, parties, schemas } = deps;
  const isSupplier = (oin: string) => store.hasLeverancier(oin) || parties.hasRol(oin, 'leverancier');

  router.get('/api/v1/mandates', (req, res) => {
    const caller = partijOf(res);
    const q = validQuery<MandateQuery>(schemas, 'osr-mandates-query', req);
    const referenceDate = q.reference_date ?? clock.today();
    if (q.school_oin !== undefined) locals(res).namens = q.school_oin;

    if (mandateViewFor(caller, q, isSupplier(caller)) === 'supplier') {
      const candidates =
        q.school_oin !== undefined && q.service !== undefined
          ? store.mandatesOfTriple(q.school_oin, caller, q.service)
          : store.mandatesOfSupplier(caller);
      const own = selectOwnMandates(candidates, q, referenceDate);
      if (own.length === 0) {
        const voor = [q.school_oin && `school ${q.school_oin}`, q.service && `dienst ${q.service}`].filter(Boolean).join(' en ');
        throw problems.notFound(
          'OSR-04',
          `mandate not found: deze leverancier heeft op ${referenceDate} geen geldig mandaat${voor ? ` voor ${voor}` : ''}.`,
        );
      }
      res.json({ mandaten: own });
      return;
    }

    const missing = checkThirdPartyQuery(q);
    if (missing.length > 0) throw problems.rejected(missing);
    // OSR-04 (sim): for a third party, no valid mandate (or an unknown school or supplier) is NOK.
    const ok = store.mandatesOfTriple(q.school_oin!, q.supplier_oin!, q.service!).some((m) => isMandateActive(m, referenceDate));
    res.json({ result: ok ? 'OK' : 'NOK' });
  });

  router.post('/api/v1/mandates', (req, res) => {
    const caller = partijOf(res);
    const isOperator = parties.isOperator(caller);
    // OSR-02: only a bestuur (for its own schools) or the operator creates mandates.
    if (!isOperator && !parties.hasRol(caller, 'bestuur')) {
      throw problems.forbidden('Alleen het bestuur van de school of de operator maakt een mandaat aan.');
    }
    const body = validBody<NewMandate>(schemas, 'osr-mandaat-nieuw', req);
    locals(res).namens = body.school_oin;
    const school = store.school(body.school_oin);
    // Another bestuur's school and a school OSR does not know get the same answer: the operator
    // alone hears (400, OSR-01) that a school is unknown (docs/authorization.md).
    if (!isOperator && (!school || !mayManageMandates(caller, school, false))) {
      throw problems.forbidden('Een bestuur mandateert alleen voor zijn eigen scholen.');
    }
    const today = clock.today();
    const period: Period = { start_date: body.start_date ?? today, end_date: body.end_date ?? null };

    const mandate = store.atomically((): OsrMandaat => {
      const periodFouten = checkNewMandatePeriod(period, today);
      const fouten = [
        ...checkMandateReferences(
          {
            schoolKnown: school !== undefined,
            supplierKnown: store.hasLeverancier(body.supplier_oin),
            dienstKnown: store.hasDienst(body.service),
          },
          body,
        ),
        ...periodFouten,
        // An inverted period overlaps nothing meaningfully; its own foutmelding says enough.
        ...(periodFouten.some((f) => f.pointer === '/end_date')
          ? []
          : overlapFouten(period, store.mandatesOfTriple(body.school_oin, body.supplier_oin, body.service), '/start_date')),
      ];
      if (fouten.length > 0) throw problems.rejected(fouten);
      const created: OsrMandaat = {
        id: randomUUID(),
        school_oin: body.school_oin,
        supplier_oin: body.supplier_oin,
        service: body.service,
        start_date: period.start_date,
        end_date: period.end_date,
        token: newToken(),
      };
      store.insertMandate(created);
      return created;
    });
    res.status(201).json(mandate);
  });

  router.patch('/api/v1/mandates/:id', (req, res) => {
    const caller = partijOf(res);
    const found = store.mandate(req.params.id);
    // OSR-02: the school's own bestuur or the operator ends its mandates. To anyone else a mandate
    // of another school is answered as one that does not exist (docs/authorization.md).
    if (!found || !mayManageMandates(caller, store.school(found.school_oin)!, parties.isOperator(caller))) {
      throw problems.notFound('NIET_GEVONDEN', `OSR kent geen mandaat met id ${req.params.id} dat deze partij mag beheren.`);
    }
    // Only now: the journal of the caller must not name the school of a mandate it may not know.
    locals(res).namens = found.school_oin;
    const body = validBody<{ end_date: string }>(schemas, 'osr-mandaat-einde', req);
    const today = clock.today();

    const updated = store.atomically((): OsrMandaat => {
      const current = store.mandate(found.id)!;
      if (isEnded(current, today)) {
        throw problems.conflict(
          'OSR-03',
          `Dit mandaat is beëindigd op ${current.end_date}; het verandert niet meer, maak zo nodig een nieuw mandaat aan.`,
        );
      }
      const endFouten = checkEndDate(current, body.end_date, today);
      const others = store
        .mandatesOfTriple(current.school_oin, current.supplier_oin, current.service)
        .filter((m) => m.id !== current.id);
      const fouten =
        endFouten.length > 0
          ? endFouten
          : overlapFouten({ start_date: current.start_date, end_date: body.end_date }, others, '/end_date');
      if (fouten.length > 0) throw problems.rejected(fouten);
      store.setEndDate(current.id, body.end_date);
      return { ...current, end_date: body.end_date };
    });
    res.json(updated);
  });

  return router;
}
