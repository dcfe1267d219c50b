// The world view reads through the services' APIs as the operator; a part a service cannot give
// says why, and the rest is still shown.
import request from 'supertest';
import { startConsoleUnderTest, type ConsoleUnderTest } from './support/console-under-test';

const SCHOOL = {
  oin: '0000000700011AA00000',
  brin: '11AA',
  naam: 'OBS De Vlinderboom',
  onderwijsaanbiedercode: '110A001',
  bestuur: { oin: '00000099200000010000', naam: 'Stichting Domstad Kindcentra', bevoegdGezagNummer: '90001' },
};

describe('the world view', () => {
  let t: ConsoleUnderTest;
  beforeEach(() => {
    t = startConsoleUnderTest();
    t.chain.on('osr', (_m, path) => {
      if (path === '/api/v1/schools') return { status: 200, body: { onderwijsinstellingen: [SCHOOL] } };
      if (path.startsWith(`/api/v1/schools/${SCHOOL.oin}/mandates`))
        return {
          status: 200,
          body: {
            mandaten: [{ supplier_oin: '00000099100000010000', service: 'ROD_PO', start_date: '2020-01-01', end_date: null }],
          },
        };
      if (path.includes('service=VERZUIM'))
        return {
          status: 200,
          body: {
            endpoints: [
              {
                supplier_oin: '00000099100000010000',
                url: 'https://plaza.example/verzuim',
                start_date: '2026-01-01',
                end_date: null,
              },
            ],
          },
        };
      return undefined;
    });
  });
  afterEach(() => t.close());

  it('finds schools and parties by name, BRIN or OIN, and offers a pupil by BSN', async () => {
    const byName = await request(t.console.app).get('/wereld?zoek=vlinder');
    expect(byName.text).toContain('href="/wereld/scholen/11AA"');
    const byBsn = await request(t.console.app).get('/wereld?zoek=802533048');
    expect(byBsn.text).toContain('href="/wereld/leerlingen/802533048"');
    const none = await request(t.console.app).get('/wereld?zoek=bestaatniet');
    expect(none.text).toContain('Geen school gevonden.');
  });

  it('shows a school with mandates and both diensten’s afleveradressen, and says why a part is missing', async () => {
    t.chain.down.add('verzuim');
    const res = await request(t.console.app).get('/wereld/scholen/11aa');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Leerling Plaza B.V.');
    expect(res.text).toContain('Afleveradressen ROD_PO (OSR)');
    expect(res.text).toContain('https://plaza.example/verzuim');
    expect(res.text).toContain('VERZUIM is niet bereikbaar.');
  });

  it('answers an unknown school, pupil number or gemeente with a page', async () => {
    expect((await request(t.console.app).get('/wereld/scholen/99ZZ')).status).toBe(404);
    const bad = await request(t.console.app).get('/wereld/leerlingen/12ab');
    expect(bad.status).toBe(404);
    expect(bad.text).toContain('9 cijfers');
    expect((await request(t.console.app).get('/wereld/gemeenten/9999')).status).toBe(404);
  });
});
