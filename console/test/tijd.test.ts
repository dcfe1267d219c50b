// The console shows when an exchange happened as a Dutch clock reads it: the journal's tijdstip is
// UTC, and 23:30 UTC in winter (22:30 in summer) is already half past midnight in the Netherlands.
import type { Uitwisseling } from '../src/exchanges';
import { uitwisselingRij } from '../src/views/keten';
import { inspecteurView } from '../src/views/inspecteur';

const uitwisseling = (tijdstip: string, vandaag: string): Uitwisseling => ({
  id: 'bron:1',
  service: 'bron',
  seq: 1,
  tijdstip,
  vandaag,
  van: '00000099100000010000',
  naar: 'bron',
  partij: '00000099100000010000',
  partijNaam: 'Plaza',
  operatie: 'POST /inschrijvingen',
  status: 201,
  uitkomst: 'ok',
  foutcodes: [],
  duurMs: 3,
  traceId: null,
  bericht: null,
  storing: null,
});

describe.each([
  ['winter', '2026-12-02T23:30:15.000Z', '2026-12-03'],
  ['summer', '2027-07-01T22:30:15.000Z', '2027-07-02'],
])('an exchange at half past midnight in the Netherlands (%s)', (_seizoen, tijdstip, vandaag) => {
  it('shows 00:30:15 in the keten’s list', () => {
    expect(String(uitwisselingRij(uitwisseling(tijdstip, vandaag)))).toContain(`<time datetime="${tijdstip}">00:30:15</time>`);
  });

  it('shows the Dutch day and 00:30:15 in the inspecteur', () => {
    const page = String(
      inspecteurView({
        filters: {},
        parties: [],
        gevonden: [uitwisseling(tijdstip, vandaag)],
        totaal: 1,
        venster: 1,
        query: '',
      }),
    );
    expect(page).toContain(`<time datetime="${tijdstip}">${vandaag} 00:30:15</time>`);
  });
});
