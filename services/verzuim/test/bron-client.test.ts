// createBronClient (@duo-sim/shared) over real mTLS with DUO's certificate, against a stand-in that
// answers as docs/services/bron.md says BRON does; the end-to-end test (test/verzuim.e2e.test.ts) uses the real BRON.
import express from 'express';
import {
  BronAnswerError,
  createBronClient,
  createServiceClient,
  DUO_OIN,
  PeerUnavailableError,
  type ServiceClient,
} from '@duo-sim/shared';
import { clientTls, type Served, serveOverMtls } from '@duo-sim/test-support';
import { inschrijving, MILAN_PERSOON, THIJS } from './verzuim-test-world';

describe('createBronClient', () => {
  let served: Served;
  let http: ServiceClient;
  const gevraagd: string[] = [];

  beforeAll(async () => {
    const app = express();
    app.get('/scholen/:brin/inschrijvingen', (req, res) => {
      gevraagd.push(req.originalUrl);
      if (req.params.brin === '99ZZ') {
        res.status(404).json({ foutmeldingen: [{ foutcode: 'NIET_GEVONDEN', fouttekst: 'Geen school.' }] });
        return;
      }
      res.json({ brin: req.params.brin, peildatum: req.query.peildatum, inschrijvingen: [inschrijving(THIJS, '11AA00')] });
    });
    app.get('/onderwijsnummers/:nummer', (req, res) => {
      if (req.params.nummer === MILAN_PERSOON.onderwijsnummer) res.json(MILAN_PERSOON);
      else if (req.params.nummer === '100000041')
        res.status(500).json({ foutmeldingen: [{ foutcode: 'INT500', fouttekst: 'Stuk.' }] });
      else res.status(404).json({ foutmeldingen: [{ foutcode: 'NIET_GEVONDEN', fouttekst: 'Niet toegekend.' }] });
    });
    served = await serveOverMtls(app);
    http = createServiceClient(served.url, clientTls(DUO_OIN));
  });
  afterAll(async () => {
    await http.close();
    await served.close();
  });

  it('asks GET /scholen/{brin}/inschrijvingen?peildatum= and returns the inschrijvingen', async () => {
    const bron = createBronClient(http);
    await expect(bron.inschrijvingenOp('11AA', '2026-11-02')).resolves.toEqual([inschrijving(THIJS, '11AA00')]);
    expect(gevraagd.at(-1)).toBe('/scholen/11AA/inschrijvingen?peildatum=2026-11-02');
  });

  it('throws BronAnswerError with BRON’s foutmeldingen on any other status', async () => {
    const err = await createBronClient(http)
      .inschrijvingenOp('99ZZ', '2026-11-02')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BronAnswerError);
    expect(err).toMatchObject({ status: 404, message: expect.stringContaining('NIET_GEVONDEN') });
  });

  it('returns the holder of an onderwijsnummer, null when BRON never issued it, and throws on other answers', async () => {
    const bron = createBronClient(http);
    await expect(bron.persoonVanOnderwijsnummer(MILAN_PERSOON.onderwijsnummer)).resolves.toEqual(MILAN_PERSOON);
    await expect(bron.persoonVanOnderwijsnummer('100000004'.replace('4', '5'))).resolves.toBeNull();
    await expect(bron.persoonVanOnderwijsnummer('100000041')).rejects.toBeInstanceOf(BronAnswerError);
  });

  it('throws PeerUnavailableError, not "not enrolled", when BRON cannot be reached', async () => {
    const nowhere = createServiceClient('https://localhost:1', clientTls(DUO_OIN), { timeoutMs: 2000 });
    try {
      await expect(createBronClient(nowhere).inschrijvingenOp('11AA', '2026-11-02')).rejects.toBeInstanceOf(PeerUnavailableError);
    } finally {
      await nowhere.close();
    }
  });
});
