// The vendor mix (scripts/src/bench/mix.ts): its proportion, spread over the load, and requests the
// chain accepts (meldingen only for pupils BRON accepted, reads of public registers and own mandates).
import { join } from 'node:path';
import { createMixStreams, MIX_WEIGHTS, mixCycle, type MixKind } from '../src/bench/mix';
import { loadPupils, loadSchools } from '../src/bench/world';

const count = (kinds: MixKind[]) => kinds.reduce<Record<string, number>>((n, k) => ({ ...n, [k]: (n[k] ?? 0) + 1 }), {});

it('sends the chosen proportion: 10 inschrijvingen, 2 meldingen, 5 RIO and 3 OSR reads per 20 requests', () => {
  expect(MIX_WEIGHTS).toEqual({ inschrijving: 10, melding: 2, rio: 5, osr: 3 });
  const cycle = mixCycle(MIX_WEIGHTS);
  expect(cycle).toHaveLength(20);
  expect(count(cycle)).toEqual({ inschrijving: 10, melding: 2, rio: 5, osr: 3 });
});

it('spreads the kinds over the cycle: every half has about half of each kind', () => {
  const cycle = mixCycle(MIX_WEIGHTS);
  const first = count(cycle.slice(0, 10));
  expect(first.inschrijving).toBe(5);
  expect(first.melding).toBe(1);
  expect(Math.abs(first.rio - 2.5)).toBeLessThanOrEqual(0.5);
  expect(Math.abs(first.osr - 1.5)).toBeLessThanOrEqual(0.5);
  // No kind twice in a row except the inschrijving, which is half of the mix.
  for (let i = 1; i < cycle.length; i++) if (cycle[i] !== 'inschrijving') expect(cycle[i]).not.toBe(cycle[i - 1]);
});

describe('the mix streams over the seed world', () => {
  const fixtures = join(__dirname, '../../fixtures');
  const schools = loadSchools(fixtures, '2026-11-01');
  const urls = {
    bron: 'https://localhost:1/',
    rio: 'https://localhost:2',
    osr: 'https://localhost:3',
    verzuim: 'https://localhost:4',
  };
  const streams = () =>
    createMixStreams({
      schools,
      pupils: loadPupils(fixtures, '2024-11-01'),
      vandaag: '2026-11-01',
      maxDays: 730,
      tag: 't',
      urls,
    });

  it('sends a melding only for a pupil whose inschrijving BRON accepted, on that inschrijving’s day and vestiging', () => {
    const [stream] = streams();
    const sent = Array.from({ length: 40 }, () => stream.next());
    // Nothing was accepted yet: the meldingen' turns went to inschrijvingen.
    expect(sent.filter((b) => b.target?.kind === 'melding')).toHaveLength(0);
    const inschrijving = sent.find((b) => b.target?.kind === 'inschrijving')!;
    inschrijving.accepted!();
    let melding = stream.next();
    while (melding.target?.kind !== 'melding') melding = stream.next();
    const i = JSON.parse(inschrijving.body).inschrijving;
    const m = JSON.parse(melding.body);
    expect(melding.target).toMatchObject({ origin: 'https://localhost:4', method: 'POST', path: '/meldingen', expect: 201 });
    expect(m.melding).toMatchObject({
      leerling: i.leerling,
      vestigingscode: i.vestigingscode,
      begindatum: i.inschrijfdatum,
      einddatum: i.inschrijfdatum,
      verzuimsoort: 'OVERIG',
    });
    expect(m.bedrijfsdocument.verzendendeInstantie).toBe(JSON.parse(inschrijving.body).bedrijfsdocument.verzendendeInstantie);
  });

  it('reads RIO’s objects of the vendor’s own schools and OSR’s mandates of the vendor itself', () => {
    for (const stream of streams()) {
      const own = schools.filter((s) => s.vendorOin === stream.vendorOin);
      const reads = Array.from({ length: 60 }, () => stream.next()).filter((b) => b.target?.method === 'GET');
      expect(reads.length).toBeGreaterThan(0);
      for (const r of reads) {
        expect(r.vendorOin).toBe(stream.vendorOin);
        expect(r.target!.expect).toBe(200);
        if (r.target!.kind === 'osr') {
          expect(r.target!.origin).toBe('https://localhost:3');
          expect(r.target!.path).toMatch(
            /^\/api\/v1\/mandates\?school_oin=\d{11}[0-9]{2}[A-Z]{2}00000&service=(ROD_PO|VERZUIM)$/,
          );
          expect(own.map((s) => s.schoolOin)).toContain(/school_oin=([^&]+)/.exec(r.target!.path)![1]);
        } else {
          expect(r.target!.origin).toBe('https://localhost:2');
          const code = r.target!.path.split('/')[2];
          expect(own.flatMap((s) => [s.onderwijsaanbiedercode, s.vestigingscode, s.onderwijslocatiecode])).toContain(code);
        }
      }
    }
  });
});
