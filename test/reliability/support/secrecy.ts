// "Answers that reveal nothing" (docs/authorization.md): a party that may not know a resource
// exists gets, byte for byte, the answer it gets for one that does not exist, apart from the ids
// it sent itself; and no answer names what the caller did not send.
import { type TestResponse } from '@duo-sim/test-support';

/** The seed world's names, codes and OINs that a refusal must not hand to a caller who did not send them. */
const WORLD_SECRETS = [
  'Vlinderboom',
  'Stichting',
  'Domstad',
  'Keistad',
  'Heuvelrug',
  'Utrecht',
  'Zeist',
  'Amersfoort',
  '0344',
  '0355',
  '0307',
  '100B001',
  '100B002',
  '11AA',
  '11AB',
  '12BA',
  '12BB',
];

/** Status, media type and body as one text, with `sent` (what the caller put in this request) replaced by `as`. */
export function answerText(res: TestResponse, replace: ReadonlyArray<[string, string]> = []): string {
  const body = { ...(res.body as Record<string, unknown>) };
  // A bericht's own id is echoed in every answer: it is the caller's, not the resource's.
  if (typeof body.identificatiecodeBedrijfsdocument === 'string') body.identificatiecodeBedrijfsdocument = '<eigen id>';
  let text = JSON.stringify({ status: res.status, type: res.headers['content-type'], body });
  for (const [sent, as] of replace) text = text.split(sent).join(as);
  return text;
}

/** The names, BRINs, gemeentecodes and OINs in `answer` that are not in `request` (path and body). */
export function leakedNames(answer: unknown, request: string): string[] {
  const text = JSON.stringify(answer);
  const oins = text.match(/\d{20}/g) ?? [];
  return [...WORLD_SECRETS, ...oins].filter((s) => text.includes(s) && !request.includes(s));
}
