// Who the service reads a body for (issue 13, docs/reliability.md): a caller must be a party of the
// world before anything of its request is parsed, and only the operator may send to /_sim/*. Both
// refusals come before express.json, so a large or hostile body from such a caller is never read:
// the answer closes the connection instead of draining what is still coming.
import type { NextFunction, Request, Response } from 'express';
import type { PartyRegistry } from '../parties.js';
import { Problem, problems } from '../problem.js';
import { partijOf } from './context.js';

/**
 * A request that would make the service read a body: every method but GET and HEAD, and any request
 * that announces a body (express.json parses one on a GET too).
 */
function carriesBody(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return true;
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

// Express matches routes case-insensitively and with a trailing slash: so does this gate.
const SIM_PATH = /^\/_sim(\/|$)/i;
const JOURNAL_PATH = /^\/_sim\/journal\/?$/i;
const STORINGEN_PATH = /^\/_sim\/storingen(\/[^/]+)?\/?$/i;

/** Operator-only: every /_sim/* path except reading the journal, which each party may do for itself. */
function isOperatorPath(req: Request): boolean {
  if (!SIM_PATH.test(req.path)) return false;
  return !((req.method === 'GET' || req.method === 'HEAD') && JOURNAL_PATH.test(req.path));
}

function refuse(res: Response, next: NextFunction, problem: Problem): void {
  // Keeping the connection would make Node read (and discard) the rest of the body after the answer.
  res.setHeader('Connection', 'close');
  next(problem);
}

/**
 * 403 AUT401, without a name or a hint, for a certificate whose OIN is no party of the world when it
 * sends (or announces) a body. Its reads without a body stay open, GET /health among them: the
 * contract gives "any party" reads to every certificate of the simulator CA, which lets a party whose
 * certificate was just issued check its set-up, and what each read shows is that read's own business.
 */
export function knownPartyGate(parties: PartyRegistry) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (parties.get(partijOf(res)) !== undefined || !carriesBody(req)) {
      next();
      return;
    }
    refuse(
      res,
      next,
      new Problem(403, [
        {
          foutcode: 'AUT401',
          fouttekst: 'Dit certificaat mag hier niets aanleveren; gebruik het certificaat van een partij met een rol in de keten.',
        },
      ]),
    );
  };
}

/**
 * 403 AUT401 for a party that is not the operator on an operator endpoint, before its body is read.
 * One exception: a vendor sets, reads and lifts faults on its own traffic (/_sim/storingen,
 * docs/storingen.md); the route decides what it may see, and its body is a small fault.
 */
export function operatorPathGate(parties: PartyRegistry) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const partij = partijOf(res);
    const vendorStoringen = STORINGEN_PATH.test(req.path) && parties.hasRol(partij, 'leverancier');
    if (isOperatorPath(req) && !parties.isOperator(partij) && !vendorStoringen) {
      refuse(res, next, problems.forbidden('Alleen de operator van de simulator mag dit.'));
      return;
    }
    next();
  };
}
