// The workshop walk-throughs as runnable steps, so a teacher can show the chain working with one
// command (`sim scenario <naam>`) or from the console's page. Each step says what happens, makes one
// call with the example files, and checks the status the walk-through promises. Only HTTP: the CLI
// and the console run the same definitions.

/** A step that sets the simulated date on all four services (as `sim clock`). */
export interface Klokstap {
  uitleg: string;
  klok: string;
}

export interface Stap {
  uitleg: string;
  /** A party (OIN, rol or part of a name), as `sim call --as` takes it. */
  als: string;
  methode: 'GET' | 'POST' | 'PUT' | 'PATCH';
  /** Path as `sim call` takes it; `{naam}` is filled from an earlier step's `bewaar`. */
  pad: string;
  bestand?: string;
  nieuwId?: boolean;
  verwacht: number;
  /** Keep a field of the answer (dotted path) under a name for later steps. */
  bewaar?: Record<string, string>;
  /** Show only these fields of the answer (dotted paths); the whole answer when absent. */
  toon?: string[];
}

export interface Scenario {
  titel: string;
  datum: string;
  stappen: Array<Stap | Klokstap>;
}

const BRON = 'docs/examples/bron';
const VERHUIZING = `${BRON}/verhuizing`;
const VERZUIM = 'docs/examples/verzuim';

const soorten = 'berichten[*].soort';

export const SCENARIOS: Record<string, Scenario> = {
  inschrijving: {
    titel: 'Een leverancier schrijft een leerling in, wijzigt de groep en schrijft uit (BRON)',
    datum: '2026-11-28',
    stappen: [
      {
        uitleg: 'Identificeren met BSN (BRON-01)',
        als: 'plaza',
        methode: 'POST',
        pad: '/identificaties',
        bestand: `${BRON}/identificatie.json`,
        nieuwId: true,
        verwacht: 200,
        toon: ['resultaat', 'leerling'],
      },
      {
        uitleg: 'Inschrijven op 11AA: TOEGEVOEGD, met bekostigingsstatus',
        als: 'plaza',
        methode: 'POST',
        pad: '/inschrijvingen',
        bestand: `${BRON}/inschrijving.json`,
        verwacht: 201,
        toon: ['terugkoppeling.mutatie', 'terugkoppeling.bekostiging'],
      },
      {
        uitleg: 'Hetzelfde bericht nog eens: hetzelfde antwoord, niets nieuws (EK-06)',
        als: 'plaza',
        methode: 'POST',
        pad: '/inschrijvingen',
        bestand: `${BRON}/inschrijving.json`,
        verwacht: 201,
        toon: ['terugkoppeling.mutatie'],
      },
      {
        uitleg: 'Naar groep 8: GEWIJZIGD',
        als: 'plaza',
        methode: 'POST',
        pad: '/inschrijvingen',
        bestand: `${BRON}/inschrijving-groep8.json`,
        verwacht: 200,
        toon: ['terugkoppeling.mutatie'],
      },
      {
        uitleg: 'Uitschrijven: UITGESCHREVEN',
        als: 'plaza',
        methode: 'POST',
        pad: '/inschrijvingen',
        bestand: `${BRON}/uitschrijving.json`,
        verwacht: 200,
        toon: ['terugkoppeling.mutatie', 'terugkoppeling.bekostiging'],
      },
      {
        uitleg: 'De berichtenbus van 11AA',
        als: 'plaza',
        methode: 'GET',
        pad: '/scholen/11AA/berichten',
        verwacht: 200,
        toon: [soorten, 'volgende'],
      },
      {
        uitleg: 'Een andere leverancier mag die niet lezen (EK-07)',
        als: 'kwartet',
        methode: 'GET',
        pad: '/scholen/11AA/berichten',
        verwacht: 403,
        toon: ['foutmeldingen[*].foutcode'],
      },
    ],
  },
  verhuizing: {
    titel: 'Een leerling verhuist van 11AA (Leerling Plaza) naar 11AB (Kwartet) (po-informatiediensten)',
    datum: '2026-11-28',
    stappen: [
      {
        uitleg: 'School A heeft Lina sinds 1 augustus 2025',
        als: 'plaza',
        methode: 'POST',
        pad: '/inschrijvingen',
        bestand: `${VERHUIZING}/1-inschrijving-11AA.json`,
        verwacht: 201,
        toon: ['terugkoppeling.mutatie'],
      },
      {
        uitleg: 'School B vraagt het digitale uitschrijfbewijs (INFO-06)',
        als: 'kwartet',
        methode: 'POST',
        pad: '/informatiediensten/inschrijvingsstatus',
        bestand: `${VERHUIZING}/2-inschrijvingsstatus-11AB.json`,
        verwacht: 200,
        toon: ['actueleInschrijving', 'laatsteUitschrijving'],
      },
      {
        uitleg: 'School B schrijft haar in per 1 december: dubbele inschrijving (BRON-14)',
        als: 'kwartet',
        methode: 'POST',
        pad: '/inschrijvingen',
        bestand: `${VERHUIZING}/3-inschrijving-11AB.json`,
        verwacht: 201,
        toon: ['terugkoppeling.bekostiging'],
      },
      {
        uitleg: 'School A krijgt de kennisgeving (INFO-03)',
        als: 'plaza',
        methode: 'GET',
        pad: '/scholen/11AA/berichten',
        verwacht: 200,
        toon: [soorten],
      },
      {
        uitleg: 'School A schrijft haar uit per 30 november',
        als: 'plaza',
        methode: 'POST',
        pad: '/inschrijvingen',
        bestand: `${VERHUIZING}/4-uitschrijving-11AA.json`,
        verwacht: 200,
        toon: ['terugkoppeling.mutatie'],
      },
      {
        uitleg: 'School B: kennisgeving uitschrijving, dubbele inschrijving opgelost',
        als: 'kwartet',
        methode: 'GET',
        pad: '/scholen/11AB/berichten',
        verwacht: 200,
        toon: [soorten],
      },
    ],
  },
  bekostiging: {
    titel: 'De bekostigingsstatus verandert met de inschrijvingen en de klok (po-bekostigen)',
    datum: '2026-11-28',
    stappen: [
      {
        uitleg: 'Thijs op 11AA: BEKOSTIGD, VOORLOPIG',
        als: 'plaza',
        methode: 'POST',
        pad: '/inschrijvingen',
        bestand: `${BRON}/inschrijving.json`,
        verwacht: 201,
        toon: ['terugkoppeling.bekostiging'],
      },
      {
        uitleg: 'Lina op 11AA',
        als: 'plaza',
        methode: 'POST',
        pad: '/inschrijvingen',
        bestand: `${VERHUIZING}/1-inschrijving-11AA.json`,
        verwacht: 201,
        toon: ['terugkoppeling.bekostiging'],
      },
      {
        uitleg: 'Lina ook op 11AB: dubbel op de teldatum (BEK-04)',
        als: 'kwartet',
        methode: 'POST',
        pad: '/inschrijvingen',
        bestand: `${VERHUIZING}/3-inschrijving-11AB.json`,
        verwacht: 201,
        toon: ['terugkoppeling.bekostiging'],
      },
      {
        uitleg: 'Het overzicht van 11AA',
        als: 'plaza',
        methode: 'GET',
        pad: '/scholen/11AA/bekostiging',
        verwacht: 200,
        toon: ['teldatum', 'totalen'],
      },
      {
        uitleg: '11AA schrijft Lina uit: zij telt nu op 11AB',
        als: 'plaza',
        methode: 'POST',
        pad: '/inschrijvingen',
        bestand: `${VERHUIZING}/4-uitschrijving-11AA.json`,
        verwacht: 200,
        toon: ['terugkoppeling.bekostiging'],
      },
      { uitleg: 'De klok voorbij de deadline (maandag 1 maart 2027): de status wordt DEFINITIEF', klok: '2027-03-02' },
      {
        uitleg: 'Het overzicht op teldatum 1 februari 2027',
        als: 'plaza',
        methode: 'GET',
        pad: '/scholen/11AA/bekostiging?teldatum=2027-02-01',
        verwacht: 200,
        toon: ['leerlingen', 'totalen'],
      },
      {
        uitleg: 'De berichtenbus van 11AA',
        als: 'plaza',
        methode: 'GET',
        pad: '/scholen/11AA/berichten',
        verwacht: 200,
        toon: [soorten],
      },
    ],
  },
  verzuim: {
    titel: 'Een school meldt verzuim; de gemeente behandelt en sluit de melding (verzuimregister)',
    datum: '2026-11-28',
    stappen: [
      {
        uitleg: 'De school schrijft Thijs in (BRON)',
        als: 'plaza',
        methode: 'POST',
        pad: '/inschrijvingen',
        bestand: `${BRON}/inschrijving.json`,
        verwacht: 201,
        toon: ['terugkoppeling.mutatie'],
      },
      {
        uitleg: '16 uur verzuim in vier weken melden',
        als: 'plaza',
        methode: 'POST',
        pad: '/meldingen',
        bestand: `${VERZUIM}/melding.json`,
        nieuwId: true,
        verwacht: 201,
        bewaar: { nummer: 'meldingsnummer' },
        toon: ['meldingsnummer', 'woongemeente'],
      },
      {
        uitleg: 'Gemeente Utrecht ziet de nieuwe melding',
        als: 'utrecht',
        methode: 'GET',
        pad: '/gemeenten/0344/meldingen?status=GEREGISTREERD',
        verwacht: 200,
      },
      {
        uitleg: 'Gemeente Zeist ziet die van Utrecht niet: voor haar bestaat de melding niet',
        als: 'zeist',
        methode: 'GET',
        pad: '/meldingen/{nummer}',
        verwacht: 404,
        toon: ['foutmeldingen[*].foutcode'],
      },
      {
        uitleg: 'Utrecht neemt de melding in behandeling',
        als: 'utrecht',
        methode: 'PATCH',
        pad: '/meldingen/{nummer}/status',
        bestand: `${VERZUIM}/in-behandeling.json`,
        verwacht: 200,
        toon: ['status'],
      },
      {
        uitleg: 'Utrecht sluit de melding',
        als: 'utrecht',
        methode: 'PATCH',
        pad: '/meldingen/{nummer}/status',
        bestand: `${VERZUIM}/afgesloten.json`,
        verwacht: 200,
        toon: ['status'],
      },
      {
        uitleg: 'Terug is niet toegestaan (VZM-12)',
        als: 'utrecht',
        methode: 'PATCH',
        pad: '/meldingen/{nummer}/status',
        bestand: `${VERZUIM}/in-behandeling.json`,
        verwacht: 409,
        toon: ['foutmeldingen[*].foutcode'],
      },
      {
        uitleg: 'De school volgt de status',
        als: 'plaza',
        methode: 'GET',
        pad: '/meldingen/{nummer}',
        verwacht: 200,
        toon: ['status', 'statusHistorie[*].status'],
      },
    ],
  },
};
