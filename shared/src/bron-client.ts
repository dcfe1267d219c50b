// The client the verzuimregister uses to ask BRON (docs/services/bron.md), with DUO's certificate: which
// pupils a school has ingeschreven on a date (VZM-08), and who holds an onderwijsnummer BRON issued
// (so a pupil known only by that number can be routed to its woongemeente, VZM-09). Nothing is
// cached: an inschrijving accepted by BRON counts for the very next question.
import type { BRONInschrijving, BRONOnderwijsnummerhouder } from './generated/schemas.js';
import { PeerAnswerError, type ServiceClient } from './http-client.js';

/** One inschrijving as BRON accepted it (schema bron-inschrijving). */
export type BronInschrijving = BRONInschrijving;

/** The person behind an onderwijsnummer BRON issued (BRON-01, ID-02): `GET /onderwijsnummers/{nummer}`. */
export type BronPersoon = BRONOnderwijsnummerhouder;

/** BRON answered something other than what the contract promises for a well-formed question. */
export class BronAnswerError extends PeerAnswerError {
  constructor(status: number, body: unknown) {
    super('BRON', status, body);
    this.name = 'BronAnswerError';
  }
}

export interface BronClient {
  /**
   * The inschrijvingen of school `brin` (BRIN4) ingeschreven on `peildatum`
   * (inschrijfdatum ≤ peildatum ≤ uitschrijfdatum, BRON-03: uitschrijfdatum inclusive).
   * Rejects with PeerUnavailableError when BRON cannot be reached, BronAnswerError on any status but 200.
   */
  inschrijvingenOp(brin: string, peildatum: string): Promise<BronInschrijving[]>;
  /** The person BRON issued `nummer` to, or null when BRON never issued it (404). */
  persoonVanOnderwijsnummer(nummer: string): Promise<BronPersoon | null>;
}

export function createBronClient(client: ServiceClient): BronClient {
  return {
    async inschrijvingenOp(brin, peildatum) {
      const query = new URLSearchParams({ peildatum });
      const res = await client.request<{ inschrijvingen?: BronInschrijving[] }>(
        'GET',
        `/scholen/${encodeURIComponent(brin)}/inschrijvingen?${query.toString()}`,
      );
      if (res.status !== 200 || !Array.isArray(res.body?.inschrijvingen)) throw new BronAnswerError(res.status, res.body);
      return res.body.inschrijvingen;
    },

    async persoonVanOnderwijsnummer(nummer) {
      const res = await client.request<BronPersoon>('GET', `/onderwijsnummers/${encodeURIComponent(nummer)}`);
      if (res.status === 404) return null;
      if (res.status !== 200) throw new BronAnswerError(res.status, res.body);
      return res.body;
    },
  };
}
