// Who the service reads a body for (issue 13, docs/reliability.md): a caller must be a party of the
// world before anything of its request is parsed, and only the operator may send to /_sim/*. Both
// refusals come before express.json, so a large or hostile body from such a caller is never read:
// the answer closes the connection instead of draining what is still coming.
import type { NextFunction, Request, Response } from 'express';
import type { PartyRegistry } from '../parties.js';
import { Problem, problems } from '../problem.js';
import { partijOf } from './context.js';

/**
 * A certificate of the simulator CA whose OIN has no role yet may still ask GET /health: it lets a
 * new party check its TLS set-up, and the answer (service, version, simulated date) is the same for
 * everyone.
 */
function isHealthCheck(req: Request): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && req.path === '/health';
}

// Express matches routes case-insensitively and with a trailing slash: so does this gate.
const SIM_PATH = /^\/_sim(\/|$)/i;
const JOURNAL_PATH = /^\/_sim\/journal\/?$/i;

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

/** 403 AUT401 for a certificate whose OIN is no party of the world, without a name or a hint. */
export function knownPartyGate(parties: PartyRegistry) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (parties.get(partijOf(res)) !== undefined || isHealthCheck(req)) {
      next();
      return;
    }
    refuse(
      res,
      next,
      new Problem(403, [
        {
          foutcode: 'AUT401',
          fouttekst:
            'Dit certificaat geeft geen toegang tot deze dienst; gebruik het certificaat van een partij met een rol in de keten.',
        },
      ]),
    );
  };
}

/** 403 AUT401 for a party that is not the operator on an operator endpoint, before its body is read. */
export function operatorPathGate(parties: PartyRegistry) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (isOperatorPath(req) && !parties.isOperator(partijOf(res))) {
      refuse(res, next, problems.forbidden('Alleen de operator van de simulator mag dit.'));
      return;
    }
    next();
  };
}
