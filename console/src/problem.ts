// The console's own refusals of bad input to its JSON API, as the services do it: problem+json with
// DUO-style foutmeldingen (docs/console.md).
import { Problem } from '@duo-sim/shared';

export function consoleProblem(status: number, foutcode: string, fouttekst: string, pointer: string): Problem {
  return new Problem(status, [{ foutcode, fouttekst, pointer }]);
}
