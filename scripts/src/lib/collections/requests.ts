// What the generated collections hold (docs/vendor-guide.md#5-collections): every operation a vendor
// calls, by the services' own operation lists, with the example berichten of docs/examples/ as
// bodies. Built in-process: no running chain is needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BRON_OPERATIONS } from '@duo-sim/bron';
import { OSR_OPERATIONS } from '@duo-sim/osr';
import { RIO_OPERATIONS } from '@duo-sim/rio';
import {
  COMMON_OPERATIONS,
  createSchemaRegistry,
  REPO_ROOT,
  SERVICES,
  type OperationSpec,
  type ServiceName,
} from '@duo-sim/shared';
import { VERZUIM_OPERATIONS } from '@duo-sim/verzuim';

export const SERVICE_OPERATIONS: Record<ServiceName, readonly OperationSpec[]> = {
  rio: RIO_OPERATIONS,
  osr: OSR_OPERATIONS,
  bron: BRON_OPERATIONS,
  verzuim: VERZUIM_OPERATIONS,
};

export const SERVICE_TITELS: Record<ServiceName, string> = {
  rio: 'RIO',
  osr: 'OSR',
  bron: 'BRON (ROD po)',
  verzuim: 'Verzuimregister',
};

export interface CollectionRequest {
  service: ServiceName;
  folder: string;
  name: string;
  method: string;
  /** With {{variables}}: the path parameters filled in. */
  path: string;
  query: Array<[string, string]>;
  /** The example bericht, its id, time and school replaced by {{variables}}. */
  body?: string;
  /** A bericht gets a fresh id and time before every send, so running the collection twice works. */
  freshId: boolean;
  /** The first run gets the first; a later run may get another of them. */
  status: number[];
  foutcode?: string;
  /** Top-level fields the answer must have (the response schema's `required`). */
  fields: string[];
  /** Variables taken from the answer for later requests: name -> JS expression on the parsed body. */
  saves: Record<string, string>;
}

/** Who may call it, from the operation's own `wie`: a vendor, or any party (the journal: its own part). */
export function isVendorOperation(op: OperationSpec): boolean {
  return /leverancier|iedere (andere )?partij/.test(op.wie);
}

const PATH_VALUES: Record<string, string> = {
  brin: '{{brin}}',
  school_oin: '{{school_oin}}',
  onderwijsbestuurcode: '100B001',
  onderwijsaanbiedercode: '110A001',
  onderwijslocatiecode: '107X001',
  vestigingscode: '{{brin}}00',
  name: 'common',
  id: 'EK-01',
  meldingsnummer: '{{meldingsnummer}}',
  token: '{{token}}',
};

interface Extra {
  query?: Array<[string, string]>;
  example?: string;
  saves?: Record<string, string>;
  /** The statuses the example promises, when not the operation's own (a second run, a refusal shown on purpose). */
  status?: number[];
  /** The foutcode of a refusal shown on purpose. */
  foutcode?: string;
}

/** Per operation: the query a vendor would send, the example bericht, what to remember. */
const EXTRA: Record<string, Extra> = {
  'rio get /onderwijsaanbieders': { query: [['onderwijsbestuurcode', '100B001']] },
  'rio get /onderwijslocatiegebruiken': { query: [['onderwijsbestuurcode', '100B001']] },
  'rio get /inschrijfbaarheid': {
    query: [
      ['onderwijsaanbiedercode', '110A001'],
      ['onderwijslocatiecode', '107X001'],
      ['vestigingscode', '{{brin}}00'],
    ],
  },
  'osr get /api/v1/schools': { query: [['brin', '{{brin}}']] },
  'osr get /api/v1/mandates': {
    query: [
      ['school_oin', '{{school_oin}}'],
      ['service', 'ROD_PO'],
    ],
    saves: { token: 'body.mandaten[0].token' },
  },
  'osr put /api/v1/endpoints/{token}': { example: 'bron/afleveradres.json' },
  'osr get /api/v1/endpoints': {
    query: [
      ['school_oin', '{{school_oin}}'],
      ['service', 'ROD_PO'],
    ],
  },
  'bron post /identificaties': { example: 'bron/identificatie.json' },
  // Groep 8: the resultaat (BRON-15) needs a pupil in groep 8.
  // The first run enrols (201); a later run is a standlevering of the same inschrijving (200).
  'bron post /inschrijvingen': { example: 'bron/inschrijving-groep8.json', status: [201, 200] },
  // The pupil of this collection has resultaten: BRON refuses the verwijdering (BRON-04), as its example shows.
  'bron post /verwijderingen': { example: 'bron/verwijdering.json', status: [400], foutcode: 'BRON-04' },
  // A later run sends the same schooladvies again: BRON answers it as a replacement (200).
  'bron post /resultaten': { example: 'bron/resultaat-schooladvies.json', status: [201, 200] },
  'bron post /informatiediensten/inschrijvingsstatus': { example: 'bron/verhuizing/2-inschrijvingsstatus-11AB.json' },
  'bron get /scholen/{brin}/berichten': {
    query: [
      ['na', '0'],
      ['limiet', '100'],
    ],
  },
  'verzuim post /meldingen': { example: 'verzuim/melding.json', saves: { meldingsnummer: 'body.meldingsnummer' } },
  'verzuim patch /meldingen/{meldingsnummer}': { example: 'verzuim/einddatum.json' },
  'rio get /_sim/journal': { query: [['limiet', '20']] },
  'osr get /_sim/journal': { query: [['limiet', '20']] },
  'bron get /_sim/journal': { query: [['limiet', '20']] },
  'verzuim get /_sim/journal': { query: [['limiet', '20']] },
};

/** The example with {{berichtId}}, {{berichtTijd}} and {{school_oin}} in its bedrijfsdocument. */
function exampleBody(file: string): { text: string; freshId: boolean } {
  const body = JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'examples', file), 'utf8')) as Record<string, unknown>;
  const bd = body.bedrijfsdocument as Record<string, string> | undefined;
  if (bd) {
    bd.identificatiecodeBedrijfsdocument = '{{berichtId}}';
    bd.datumTijdBedrijfsdocument = '{{berichtTijd}}';
    bd.verzendendeInstantie = '{{school_oin}}';
  }
  return { text: JSON.stringify(body, null, 2), freshId: bd !== undefined };
}

export function collectionRequests(): CollectionRequest[] {
  const schemas = createSchemaRegistry();
  const requiredOf = (name: string | undefined): string[] => {
    if (name === undefined) return [];
    const schema = schemas.get(name) as { required?: string[] } | undefined;
    return schema?.required ?? [];
  };
  const all: CollectionRequest[] = [];
  for (const service of SERVICES) {
    const ops = [...COMMON_OPERATIONS, ...SERVICE_OPERATIONS[service]].filter(isVendorOperation);
    const requests = ops.map((op): CollectionRequest => {
      const extra = EXTRA[`${service} ${op.method} ${op.path}`] ?? {};
      const example = extra.example ? exampleBody(extra.example) : undefined;
      const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => PATH_VALUES[name] ?? `{{${name}}}`);
      return {
        service,
        folder: SERVICE_TITELS[service],
        name: `${op.method.toUpperCase()} ${op.path}`,
        method: op.method.toUpperCase(),
        path,
        query: extra.query ?? [],
        ...(example ? { body: example.text } : {}),
        freshId: example?.freshId ?? false,
        status: extra.status ?? [op.status ?? 200],
        ...(extra.foutcode ? { foutcode: extra.foutcode } : {}),
        fields: extra.foutcode
          ? ['foutmeldingen']
          : op.path === '/openapi.json'
            ? ['openapi', 'paths']
            : op.path === '/schemas/{name}'
              ? ['$id']
              : requiredOf(op.response),
        saves: extra.saves ?? {},
      };
    });
    all.push(...requests);
  }
  return all;
}

/** The default environment: the ports of `npm start`, and the school the examples are for. */
export const DEFAULT_VARIABLES: Array<[string, string]> = [
  ['rio', 'https://localhost:9441'],
  ['osr', 'https://localhost:9442'],
  ['bron', 'https://localhost:9443'],
  ['verzuim', 'https://localhost:9444'],
  ['brin', '11AA'],
  ['school_oin', '0000000700011AA00000'],
];

/** A UUID v4 and the time, set before a bericht is sent: plain JS that Postman, newman and Bruno all run. */
export const FRESH_ID_SCRIPT = [
  "const hex = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');",
  "const berichtId = `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;",
  "const berichtTijd = new Date().toISOString().replace(/\\.\\d{3}Z$/, 'Z');",
];
