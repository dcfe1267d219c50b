// Input the schema used to accept and the verzuimregister then mishandled (issue 13, docs/reliability.md):
// a date in year 50 (500 in the date code) and a lone surrogate in the toelichting (stored as U+FFFD).
import { meldingBericht, PLAZA, startVerzuim, type VerzuimUnderTest } from './verzuim-test-world';

describe('verzuimregister input policy (issue 13)', () => {
  let vz: VerzuimUnderTest;
  beforeEach(async () => {
    vz = await startVerzuim();
  });
  afterEach(() => vz.close());

  /** Posts raw JSON text, so escapes such as \ud800 reach the service as sent. */
  const postRaw = (raw: string) =>
    vz.served.as(PLAZA).request('POST', '/meldingen', { raw, headers: { 'content-type': 'application/json' } });
  const pairs = (body: { foutmeldingen: Array<{ foutcode: string; pointer?: string }> }) =>
    body.foutmeldingen.map((f) => [f.foutcode, f.pointer]);

  it('refuses begindatum and einddatum in year 50 with 400 and pointers, not 500 (item 1)', async () => {
    const before = vz.store.counts();
    const res = await vz.served
      .as(PLAZA)
      .post('/meldingen', meldingBericht('11AA', { begindatum: '0050-06-15', einddatum: '0050-06-20' }));
    expect(res.status).toBe(400);
    expect(pairs(res.body)).toEqual([
      ['SCHEMA', '/melding/begindatum'],
      ['SCHEMA', '/melding/einddatum'],
    ]);
    expect(vz.store.counts()).toEqual(before);
  });

  it('refuses a lone surrogate in the toelichting with 400 and its pointer instead of storing U+FFFD (item 7)', async () => {
    const before = vz.store.counts();
    const body = meldingBericht();
    const raw = JSON.stringify(body).replace('"toelichting":"', '"toelichting":"\\ud800');
    const res = await postRaw(raw);
    expect(res.status).toBe(400);
    expect(res.body.identificatiecodeBedrijfsdocument).toBe(body.bedrijfsdocument.identificatiecodeBedrijfsdocument);
    expect(res.body.foutmeldingen).toEqual([
      { foutcode: 'SCHEMA', fouttekst: expect.stringMatching(/losse surrogaat U\+D800/), pointer: '/melding/toelichting' },
    ]);
    expect(vz.store.counts()).toEqual(before);
  });

  it('accepts line breaks in the toelichting but not in the contactpersoon naam (item 7)', async () => {
    const ok = await vz.served
      .as(PLAZA)
      .post('/meldingen', meldingBericht('11AA', { toelichting: 'Maandag afwezig.\nDinsdag ook.' }));
    expect(ok.status).toBe(201);
    const before = vz.store.counts();
    const res = await vz.served
      .as(PLAZA)
      .post('/meldingen', meldingBericht('11AA', { contactpersoon: { naam: 'J. de Vries\nmentor', telefoon: '030-1234567' } }));
    expect([res.status, pairs(res.body)]).toEqual([400, [['SCHEMA', '/melding/contactpersoon/naam']]]);
    expect(vz.store.counts()).toEqual(before);
  });
});
