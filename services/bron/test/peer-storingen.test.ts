// A storing on OSR or RIO as BRON meets it (docs/storingen.md): the peer answers 503 or 500, BRON cannot
// check the bericht, stores nothing and tells the vendor which peer is unavailable — not what the peer
// told BRON, and not the generic "er ging intern iets mis" of a bug.
import { startBron, inschrijvingBericht, PLAZA, OPERATOR, type BronUnderTest } from './bron-world';

describe('a storing on a peer of BRON (docs/storingen.md)', () => {
  let bron: BronUnderTest;
  beforeEach(async () => {
    bron = await startBron();
  });
  afterEach(() => bron.close());
  const stored = () => bron.count('inschrijvingen') + bron.count('berichten') + bron.count('ontvangen_berichten');

  it.each([
    ['OSR', 'ONDERHOUD', 503],
    ['OSR', 'INT500', 500],
    ['RIO', 'INT500', 500],
  ] as const)('%s with %s: 500 INT500 naming the peer and its status, nothing stored', async (peer, soort, status) => {
    const served = peer === 'OSR' ? bron.peers.osrServed : bron.peers.rioServed;
    expect((await served.as(OPERATOR).put('/_sim/storingen', { soort, aantal: 100 })).status).toBe(201);
    const res = await bron.served.as(PLAZA).post('/inschrijvingen', inschrijvingBericht());
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.foutmeldingen).toEqual([
      {
        foutcode: 'INT500',
        fouttekst: `${peer} is tijdelijk niet beschikbaar (antwoord ${status}); probeer het later opnieuw.`,
      },
    ]);
    expect(stored()).toBe(0);
  });

  it('sends the same bericht through once the storing is lifted', async () => {
    const gezet = await bron.peers.osrServed.as(OPERATOR).put('/_sim/storingen', { soort: 'ONDERHOUD', aantal: 100 });
    const bericht = inschrijvingBericht();
    expect((await bron.served.as(PLAZA).post('/inschrijvingen', bericht)).status).toBe(500);
    expect((await bron.peers.osrServed.as(OPERATOR).request('DELETE', `/_sim/storingen/${gezet.body.id}`)).status).toBe(204);
    const again = await bron.served.as(PLAZA).post('/inschrijvingen', bericht);
    expect([again.status, again.body.terugkoppeling?.mutatie]).toEqual([201, 'TOEGEVOEGD']);
  });
});
