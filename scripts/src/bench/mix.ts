// The vendor mix: what a LAS vendor sends across the whole chain in one load, so that "a thread per
// service" is measured on work that lands on every service, not only on BRON (the BRON-only load
// reaches OSR only through BRON's own mandate lookups).
//
// The proportion, per 20 requests (our choice; no real traffic figures exist for the sandbox):
// - 10 BRON inschrijvingen: what a LAS sends most (every enrolment, change and uitschrijving);
// - 2 verzuim meldingen: far rarer per pupil than enrolment changes in a real school year, but a
//   sandbox day tries them often; each one makes the verzuimregister ask OSR (VERZUIM mandate) and
//   BRON (is the pupil ingeschreven on the begindatum, VZM-08);
// - 5 RIO reads: before sending for a school a LAS checks the codes it fills in (onderwijsaanbieder,
//   vestiging, onderwijslocatie); it caches them, so about one read per two berichten;
// - 3 OSR reads: the vendor checks its own ROD_PO and VERZUIM mandates (GET /api/v1/mandates).
// Every request is one the chain accepts (docs/authorization.md): the vendor's own certificate,
// reads of public registers or of its own mandates, meldingen only for pupils this load enrolled.
import { DUO_OIN } from '@duo-sim/shared';
import { benchUuid, createStreams, type Bericht, type BerichtStream, type PlanOptions } from './world.js';

export type MixKind = 'inschrijving' | 'melding' | 'rio' | 'osr';

export const MIX_WEIGHTS: Readonly<Record<MixKind, number>> = { inschrijving: 10, melding: 2, rio: 5, osr: 3 };

/**
 * One cycle of the mix: each kind as often as its weight, spread evenly (smooth weighted round
 * robin), so that every stretch of the load has about the proportion of the whole.
 */
export function mixCycle(weights: Readonly<Record<MixKind, number>>): MixKind[] {
  const kinds = Object.keys(weights) as MixKind[];
  const total = kinds.reduce((n, k) => n + weights[k], 0);
  const current = new Map<MixKind, number>(kinds.map((k) => [k, 0]));
  const cycle: MixKind[] = [];
  for (let i = 0; i < total; i++) {
    for (const k of kinds) current.set(k, current.get(k)! + weights[k]);
    const pick = kinds.reduce((best, k) => (current.get(k)! > current.get(best)! ? k : best));
    current.set(pick, current.get(pick)! - total);
    cycle.push(pick);
  }
  return cycle;
}

export interface MixOptions extends PlanOptions {
  /** The services' base urls (spawnChain's urls). */
  urls: { bron: string; rio: string; osr: string; verzuim: string };
}

interface Enrolled {
  schoolOin: string;
  burgerservicenummer: string;
  vestigingscode: string;
  datum: string;
}

interface InschrijvingBody {
  leerling: { burgerservicenummer: string };
  vestigingscode: string;
  inschrijfdatum: string;
}

/** One mix stream per vendor: its inschrijvingen (createStreams) interleaved with the other kinds. */
export function createMixStreams(opts: MixOptions): BerichtStream[] {
  const cycle = mixCycle(MIX_WEIGHTS);
  const origin = (url: string) => new URL(url).origin;
  const stamp = `${opts.vandaag}T09:00:00Z`;
  let meldingSeq = 0;
  return createStreams(opts).map((inschrijvingen) => {
    const schools = opts.schools.filter((s) => s.vendorOin === inschrijvingen.vendorOin);
    // Pupils BRON accepted, oldest first: a melding is sent only for a pupil enrolled on its begindatum.
    const enrolled: Enrolled[] = [];
    let sent = 0;
    const reads = { rio: 0, osr: 0 };
    const inschrijving = (): Bericht => {
      const b = inschrijvingen.next();
      return {
        ...b,
        target: { origin: origin(opts.urls.bron), method: 'POST', path: '/inschrijvingen', expect: 201, kind: 'inschrijving' },
        accepted: () => {
          const { inschrijving: i } = JSON.parse(b.body) as { inschrijving: InschrijvingBody };
          enrolled.push({
            schoolOin: schools.find((s) => s.vestigingscode === i.vestigingscode)!.schoolOin,
            burgerservicenummer: i.leerling.burgerservicenummer,
            vestigingscode: i.vestigingscode,
            datum: i.inschrijfdatum,
          });
        },
      };
    };
    const melding = (e: Enrolled): Bericht => ({
      vendorOin: inschrijvingen.vendorOin,
      body: JSON.stringify({
        bedrijfsdocument: {
          identificatiecodeBedrijfsdocument: benchUuid(`m${opts.tag}`, ++meldingSeq),
          verzendendeInstantie: e.schoolOin,
          ontvangendeInstantie: DUO_OIN,
          datumTijdBedrijfsdocument: stamp,
        },
        melding: {
          leerling: { burgerservicenummer: e.burgerservicenummer },
          vestigingscode: e.vestigingscode,
          verzuimsoort: 'OVERIG',
          begindatum: e.datum,
          einddatum: e.datum,
          contactpersoon: { naam: 'Bench (mentor)', telefoon: '030-1234567' },
        },
      }),
      target: { origin: origin(opts.urls.verzuim), method: 'POST', path: '/meldingen', expect: 201, kind: 'melding' },
    });
    const read = (kind: 'rio' | 'osr', n: number): Bericht => {
      const s = schools[n % schools.length]!;
      const path =
        kind === 'osr'
          ? `/api/v1/mandates?school_oin=${s.schoolOin}&service=${n % 2 === 0 ? 'ROD_PO' : 'VERZUIM'}`
          : [
              `/onderwijsaanbieders/${s.onderwijsaanbiedercode}`,
              `/vestigingserkenningen/${s.vestigingscode}`,
              `/onderwijslocaties/${s.onderwijslocatiecode}`,
            ][n % 3]!;
      return {
        vendorOin: inschrijvingen.vendorOin,
        body: '',
        target: { origin: origin(kind === 'osr' ? opts.urls.osr : opts.urls.rio), method: 'GET', path, expect: 200, kind },
      };
    };
    return {
      vendorOin: inschrijvingen.vendorOin,
      get sent() {
        return sent;
      },
      next(): Bericht {
        const n = sent++;
        const kind = cycle[n % cycle.length]!;
        if (kind === 'inschrijving') return inschrijving();
        if (kind === 'melding') {
          const e = enrolled.shift();
          // Before BRON accepted anything (the very start) an inschrijving takes the melding's turn.
          return e ? melding(e) : inschrijving();
        }
        return read(kind, reads[kind]++);
      },
    };
  });
}
