// The client BRON uses to ask RIO (docs/services/rio.md): "are this aanbieder,
// locatie and vestiging inschrijfbaar together on this date" is one call (RIO-11). A change in RIO
// is honoured by the very next question (docs/architecture.md#peer-answers-cached-in-one-process-never-stale): answers are kept only while RIO's change
// signal says nothing changed, and only when RIO runs in the same process (change-signal.ts).
import type * as Schemas from './generated/schemas.js';
import { PeerAnswerError, type ServiceClient } from './http-client.js';

/** RIO-11's question (schema rio-inschrijfbaarheid-query); the client always names the peildatum, the date of inschrijving. */
export type InschrijfbaarheidVraag = Required<Schemas.RIOInschrijfbaarheidsvraag>;

/** RIO-11's answer (schema rio-inschrijfbaarheid): every reason why not, empty when inschrijfbaar. */
export type InschrijfbaarheidAntwoord = Schemas.RIOInschrijfbaarheid;

/** RIO answered something other than the 200 the contract promises (a malformed question gets 400). */
export class RioAnswerError extends PeerAnswerError {
  constructor(status: number, body: unknown) {
    super('RIO', status, body);
    this.name = 'RioAnswerError';
  }
}

export interface RioClient {
  /**
   * RIO-11. Resolves with RIO's answer, inschrijfbaar or not; rejects with PeerUnavailableError
   * when RIO cannot be reached and with RioAnswerError on any other status than 200.
   */
  inschrijfbaarheid(vraag: InschrijfbaarheidVraag): Promise<InschrijfbaarheidAntwoord>;
}

export function createRioClient(client: ServiceClient): RioClient {
  return {
    async inschrijfbaarheid(vraag) {
      const query = new URLSearchParams({
        onderwijsaanbiedercode: vraag.onderwijsaanbiedercode,
        onderwijslocatiecode: vraag.onderwijslocatiecode,
        vestigingscode: vraag.vestigingscode,
        peildatum: vraag.peildatum,
      });
      const res = await client.request<InschrijfbaarheidAntwoord>('GET', `/inschrijfbaarheid?${query.toString()}`);
      if (res.status !== 200) throw new RioAnswerError(res.status, res.body);
      return res.body;
    },
  };
}
