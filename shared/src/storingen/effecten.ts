// What a fault does to a request it hits (docs/storingen.md). ONDERHOUD, INT500 and TIME_OUT answer
// before the bericht is handled, so nothing is stored and a retry with the same id gets a normal first
// answer. VERTRAGING lets the bericht be handled and holds the answer: a LAS that gives up meanwhile
// must retry with the same id and gets the stored answer. VERBROKEN cuts the answer halfway, before
// the bericht is handled or, with naVerwerking, after it was stored: that is what tests a LAS's replay.
import type { NextFunction, Request, Response } from 'express';
import { brinFromSchoolOin } from '../ids.js';
import { Problem } from '../problem.js';
import { sendProblem } from '../http/errors.js';
import { locals, partijOf } from '../http/context.js';
import type { OperatieHerkenner } from './operaties.js';
import type { StoringenStore } from './store.js';
import { STANDAARD_RETRY_AFTER_S, TIME_OUT_MAX_MS, type Storing } from './types.js';

export interface StoringEffectDeps {
  service: string;
  store: StoringenStore;
  operaties: OperatieHerkenner;
  /** Real time in ms (limits are real instants). */
  now?: () => number;
  /** The longest TIME_OUT holds a request (tests shorten it). */
  timeOutMaxMs?: number;
}

/** How the maintenance answer names the service, as DUO's own does ("ROD is tijdelijk …"). */
const DIENSTNAAM: Record<string, string> = { bron: 'ROD', osr: 'OSR', rio: 'RIO', verzuim: 'Het verzuimregister' };

/** The school a request is about: a BRIN or school OIN in the path or query, else the bericht's sender. */
function schoolOf(req: Request, params: Record<string, string>): string | undefined {
  const query = req.query as Record<string, unknown>;
  const brin = params.brin ?? params.vestigingscode ?? (typeof query.brin === 'string' ? query.brin : undefined);
  if (brin !== undefined) return brin.slice(0, 4).toUpperCase();
  const oin = params.school_oin ?? (typeof query.school_oin === 'string' ? query.school_oin : undefined);
  if (oin !== undefined) return brinFromSchoolOin(oin) ?? undefined;
  const afzender = (req.body as { bedrijfsdocument?: { verzendendeInstantie?: unknown } } | undefined)?.bedrijfsdocument
    ?.verzendendeInstantie;
  return typeof afzender === 'string' ? (brinFromSchoolOin(afzender) ?? undefined) : undefined;
}

export function storingEffecten(deps: StoringEffectDeps) {
  const now = deps.now ?? Date.now;
  const timeOutMaxMs = deps.timeOutMaxMs ?? TIME_OUT_MAX_MS;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (deps.store.isEmpty()) {
      next();
      return;
    }
    const herkend = deps.operaties.herken(req.method, req.path);
    const storing =
      herkend &&
      deps.store.fire({ operatie: herkend.operatie, partij: partijOf(res), school: schoolOf(req, herkend.params) }, now());
    if (!storing) {
      next();
      return;
    }
    locals(res).storing = { id: storing.id, soort: storing.soort };
    switch (storing.soort) {
      case 'ONDERHOUD':
        onderhoud(res, next, deps.service, storing);
        return;
      case 'INT500':
        next(new Problem(500, [{ foutcode: 'INT500', fouttekst: 'Er ging intern iets mis; probeer het later opnieuw.' }]));
        return;
      case 'VERTRAGING':
        delayAnswer(res, storing.vertragingMs ?? 0);
        next();
        return;
      case 'VERBROKEN':
        cutAnswer(res);
        if (storing.naVerwerking === true) next();
        else
          next(
            new Problem(500, [
              {
                foutcode: 'VERBROKEN',
                fouttekst:
                  'De verbinding werd verbroken voordat het bericht verwerkt was; stuur het opnieuw met dezelfde identificatie.',
              },
            ]),
          );
        return;
      case 'TIME_OUT':
        holdUntilClientGivesUp(res, timeOutMaxMs);
        return;
      default:
        // A push fault never matches a request (domain.ts#raakt).
        next();
    }
  };
}

function onderhoud(res: Response, next: NextFunction, service: string, storing: Storing): void {
  const seconden = storing.retryAfterSeconden ?? STANDAARD_RETRY_AFTER_S;
  res.setHeader('Retry-After', String(seconden));
  const naam = DIENSTNAAM[service] ?? service;
  next(
    new Problem(503, [
      {
        foutcode: 'ONDERHOUD',
        fouttekst: `${naam} is tijdelijk niet beschikbaar wegens onderhoud; stuur hetzelfde bericht over ${seconden} seconden opnieuw.`,
      },
    ]),
  );
}

/** The answer, whatever the handler makes of it, leaves vertragingMs later (the journal's duurMs includes the wait). */
function delayAnswer(res: Response, ms: number): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.end = ((...args: unknown[]) => {
    setTimeout(() => end(...args), ms);
    return res;
  }) as typeof res.end;
}

/**
 * The status line, the headers (Content-Length of the whole body) and half of the body are sent, then
 * the connection is closed: every HTTP client sees a response that ends early. The journal keeps the
 * whole answer, so a reader sees what was lost.
 */
function cutAnswer(res: Response): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.end = ((chunk?: unknown) => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.alloc(0);
    res.setHeader('Connection', 'close');
    if (bytes.length < 2) {
      // No body to cut (204): the connection goes before the status line does.
      res.socket?.destroy();
      return end();
    }
    res.once('finish', () => res.socket?.end());
    return end(bytes.subarray(0, Math.floor(bytes.length / 2)));
  }) as typeof res.end;
}

/**
 * No answer until the client gives up (its connection closes) or `maxMs` passes; then the connection
 * is dropped without a byte. The 504 TIME_OUT problem goes to the journal only, so the exchange is
 * there with its mark.
 */
function holdUntilClientGivesUp(res: Response, maxMs: number): void {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    clearTimeout(timer);
    res.socket?.destroy();
    sendProblem(
      res,
      new Problem(504, [
        {
          foutcode: 'TIME_OUT',
          fouttekst:
            'Er kwam geen antwoord: een storing hield het verzoek vast tot de client opgaf; stuur het opnieuw met dezelfde identificatie.',
        },
      ]),
    );
  };
  const timer = setTimeout(release, maxMs);
  timer.unref();
  res.on('close', release);
}
