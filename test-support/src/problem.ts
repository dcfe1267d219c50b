// What every refusal looks like (docs/services/common.md): the status, application/problem+json,
// and DUO-style foutmeldingen each with a foutcode and a Dutch fouttekst.
import type { TestResponse } from './mtls';

export interface Foutmelding {
  foutcode: string;
  fouttekst: string;
  pointer?: string;
  sleutelgegevens?: unknown;
}

/**
 * Asserts that `res` is a problem with `status` whose foutmeldingen include `foutcode` (at `pointer`
 * when given), and that every foutmelding is well formed. Returns the foutmeldingen.
 */
export function expectProblem(res: TestResponse, status: number, foutcode: string, pointer?: string): Foutmelding[] {
  expect({ status: res.status, type: String(res.headers['content-type'] ?? '') }).toEqual({
    status,
    type: expect.stringMatching(/^application\/problem\+json/),
  });
  const fouten = (res.body as { foutmeldingen?: Foutmelding[] })?.foutmeldingen;
  expect(Array.isArray(fouten) && fouten.length > 0).toBe(true);
  for (const f of fouten!) {
    expect(f).toEqual(expect.objectContaining({ foutcode: expect.any(String), fouttekst: expect.stringMatching(/\S/) }));
  }
  expect(fouten).toContainEqual(expect.objectContaining(pointer === undefined ? { foutcode } : { foutcode, pointer }));
  return fouten!;
}

/** The foutcodes of a problem (or of RIO's inschrijfbaarheid answer), in order. */
export function foutcodes(body: { foutmeldingen?: Array<{ foutcode: string }> }): string[] {
  return (body.foutmeldingen ?? []).map((f) => f.foutcode);
}
