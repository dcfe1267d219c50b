// The path every vendor bericht to BRON or the verzuimregister takes (docs/services/common.md, docs/rules.md#edukoppeling-transport-and-envelope):
// schema, bedrijfsdocument, the school it is sent for, the vendor's OSR mandate, then idempotent
// replay around the service's own checks and commit. Both services use this one function, so the
// order and the foutcodes are the same everywhere.
import type { Request, Response } from 'express';
import { checkBedrijfsdocument, type Bedrijfsdocument, type Commit, type Outcome, type ReplayGuard } from './bericht.js';
import type { Clock } from './clock.js';
import { locals, partijOf } from './http/context.js';
import type { OsrClient, OsrDienstcode, OsrSchool } from './osr-client.js';
import { Problem, problems } from './problem.js';
import type { SchemaRegistry } from './schemas.js';

export interface VendorBerichtDeps {
  schemas: SchemaRegistry;
  osr: OsrClient;
  replay: ReplayGuard;
  clock: Clock;
}

export interface VendorBerichtContext<B> {
  body: B;
  /** The vendor's OIN (its certificate, EK-01). */
  partij: string;
  /** The school the bericht is sent for (EK-03), as OSR knows it. */
  school: OsrSchool;
  /** identificatiecodeBedrijfsdocument (EK-05). */
  berichtId: string;
  /** The simulated date at receipt (EK-09). */
  today: string;
}

export interface VendorBerichtOptions<B> {
  /** Schema of the whole bericht (file name in shared/schemas without .json). */
  schema: string;
  dienst: OsrDienstcode;
  /** The service's checks (throw a Problem to reject; nothing is stored) and its commit. */
  prepare: (ctx: VendorBerichtContext<B>) => Commit | Promise<Commit>;
  /**
   * Instead of replay, prepare and commit in this thread: hands the checked bericht to whoever
   * runs them elsewhere (BRON's shards, services/bron/src/shards.ts) and returns their outcome, or
   * undefined when they cannot take it yet (then it runs here).
   */
  elsewhere?: (ctx: VendorBerichtContext<B>) => Promise<Outcome> | undefined;
}

function idOf(body: unknown): string | undefined {
  const id = (body as { bedrijfsdocument?: { identificatiecodeBedrijfsdocument?: unknown } } | null)?.bedrijfsdocument
    ?.identificatiecodeBedrijfsdocument;
  return typeof id === 'string' ? id : undefined;
}

/** Runs a vendor bericht through every check and answers it; throws Problems for the error handler. */
export async function handleVendorBericht<B extends { bedrijfsdocument: Bedrijfsdocument }>(
  deps: VendorBerichtDeps,
  req: Request,
  res: Response,
  options: VendorBerichtOptions<B>,
): Promise<void> {
  const body = req.body as unknown;
  const berichtId = idOf(body);
  // docs/services/common.md: every answer to a bericht echoes its id, the problems too.
  if (berichtId !== undefined) locals(res).berichtId = berichtId;

  const schemaFouten = deps.schemas.validate(options.schema, body);
  if (schemaFouten.length > 0) throw problems.rejected(schemaFouten, berichtId);
  const bericht = body as B;
  const bd = bericht.bedrijfsdocument;
  const ekFouten = checkBedrijfsdocument(bd);
  if (ekFouten.length > 0) throw problems.rejected(ekFouten, berichtId);

  const partij = partijOf(res);
  locals(res).namens = bd.verzendendeInstantie;
  // EK-03: a school OIN of a school the chain does not know is not a school one may act for.
  const school = await deps.osr.findSchool({ oin: bd.verzendendeInstantie });
  if (!school) {
    throw new Problem(
      403,
      [
        {
          foutcode: 'AUT401',
          fouttekst: 'De verzendende instantie is geen bekende school.',
          pointer: '/bedrijfsdocument/verzendendeInstantie',
        },
      ],
      berichtId,
    );
  }
  // EK-07: the vendor needs an OSR mandate for this school and dienst today.
  const today = deps.clock.today();
  if (
    !(await deps.osr.hasMandate({ supplierOin: partij, schoolOin: school.oin, service: options.dienst, referenceDate: today }))
  ) {
    throw new Problem(
      403,
      [
        {
          foutcode: 'AUT401',
          // Said of the sender, not of a leverancier: a gemeente or bestuur that sends hears it too.
          fouttekst: `De afzender heeft vandaag geen mandaat in OSR voor dienst ${options.dienst} van school ${school.brin}.`,
          sleutelgegevens: [
            { sleutelnaam: 'leverancier', sleutelwaarde: partij },
            { sleutelnaam: 'school', sleutelwaarde: school.oin },
          ],
        },
      ],
      berichtId,
    );
  }
  const ctx = { body: bericht, partij, school, berichtId: bd.identificatiecodeBedrijfsdocument, today };
  const outcome =
    (await options.elsewhere?.(ctx)) ??
    (await deps.replay.handle(partij, bd.identificatiecodeBedrijfsdocument, body, () => options.prepare(ctx)));
  res.status(outcome.status).json(outcome.body);
}

/**
 * For reads of a school's data by its vendor (mailbox, registratieoverzicht, meldingen): the caller
 * must hold a mandate for the school and dienst today (EK-07). DUO's own services and the operator
 * may read too. A well-formed BRIN that no school has gets the same 403 as a school without
 * mandate, so the answer does not tell a vendor which schools exist (docs/authorization.md); DUO
 * and the operator, who may know every school, hear 404.
 */
export async function assertMayReadForSchool(
  deps: { osr: OsrClient; clock: Clock; isDuoOrOperator: (oin: string) => boolean },
  partij: string,
  brin: string,
  dienst: OsrDienstcode,
): Promise<OsrSchool> {
  const school = await deps.osr.findSchool({ brin });
  if (deps.isDuoOrOperator(partij)) {
    if (!school) throw problems.notFound('NIET_GEVONDEN', `Geen school met BRIN ${brin}.`);
    return school;
  }
  const mandaat =
    school !== null &&
    (await deps.osr.hasMandate({
      supplierOin: partij,
      schoolOin: school.oin,
      service: dienst,
      referenceDate: deps.clock.today(),
    }));
  if (!mandaat || school === null) {
    throw problems.forbidden(`Alleen een leverancier met een mandaat voor dienst ${dienst} van school ${brin} mag dit lezen.`);
  }
  return school;
}
