// application/problem+json with DUO-style foutmeldingen (docs/services/common.md#errors).

export interface Sleutelgegeven {
  sleutelnaam: string;
  sleutelwaarde: string;
}

export interface Foutmelding {
  /** The real chain's code where the rule names one (docs/rules.md), else the rule ID, or SCHEMA. */
  foutcode: string;
  /** Dutch, one sentence: what is wrong and what is expected. */
  fouttekst: string;
  /** JSON pointer into the request body, when the fout is about one field. */
  pointer?: string;
  sleutelgegevens?: Sleutelgegeven[];
}

/** RIO-07: a foutmelding names the object it is about in at most 5 sleutelgegevens. */
export const MAX_SLEUTELGEGEVENS = 5;

/** The sleutelgegevens for `{ sleutelnaam: sleutelwaarde }`, in that order, at most MAX_SLEUTELGEGEVENS. */
export function sleutelgegevens(sleutels: Readonly<Record<string, string>>): Sleutelgegeven[] {
  return Object.entries(sleutels)
    .slice(0, MAX_SLEUTELGEGEVENS)
    .map(([sleutelnaam, sleutelwaarde]) => ({ sleutelnaam, sleutelwaarde }));
}

/**
 * One foutmelding (docs/services/common.md), also for a BRON-12 melding: the foutcode, a Dutch
 * one-sentence fouttekst, the pointer when it is about one field, and the sleutelgegevens naming
 * the object; without sleutels the field is left out rather than sent empty.
 */
export function fout(
  foutcode: string,
  fouttekst: string,
  pointer?: string,
  sleutels: Readonly<Record<string, string>> = {},
): Foutmelding {
  const gegevens = sleutelgegevens(sleutels);
  return {
    foutcode,
    fouttekst,
    ...(pointer === undefined ? {} : { pointer }),
    ...(gegevens.length > 0 ? { sleutelgegevens: gegevens } : {}),
  };
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  identificatiecodeBedrijfsdocument?: string;
  foutmeldingen: Foutmelding[];
}

const TYPES: Record<number, { slug: string; title: string }> = {
  400: { slug: 'afgekeurd', title: 'Bericht afgekeurd' },
  401: { slug: 'niet-geauthenticeerd', title: 'Niet geauthenticeerd' },
  403: { slug: 'niet-geautoriseerd', title: 'Niet geautoriseerd' },
  404: { slug: 'niet-gevonden', title: 'Niet gevonden' },
  405: { slug: 'methode-niet-toegestaan', title: 'Methode niet toegestaan' },
  409: { slug: 'conflict', title: 'Conflict' },
  413: { slug: 'te-groot', title: 'Bericht te groot' },
  415: { slug: 'verkeerd-mediatype', title: 'Verkeerd mediatype' },
  500: { slug: 'interne-fout', title: 'Interne fout' },
  503: { slug: 'onderhoud', title: 'Dienst niet beschikbaar' },
  // Journal only: a TIME_OUT storing never answers the client (docs/storingen.md).
  504: { slug: 'geen-antwoord', title: 'Geen antwoord' },
};

/** RIO-07: sleutelwaarde at most 25 characters, the middle cut out (`fddec347-8c...a85d09c0004`). */
export function shortenSleutelwaarde(value: string): string {
  if (value.length <= 25) return value;
  return `${value.slice(0, 11)}...${value.slice(-11)}`;
}

/**
 * The most foutmeldingen one answer lists (issue 13, docs/reliability.md): a body with 90,000 unknown
 * fields would otherwise get a 9 MB answer. One more foutmelding counts the rest.
 */
export const MAX_FOUTMELDINGEN = 100;

function capped(foutmeldingen: Foutmelding[]): Foutmelding[] {
  if (foutmeldingen.length <= MAX_FOUTMELDINGEN) return foutmeldingen;
  const rest = foutmeldingen.length - MAX_FOUTMELDINGEN;
  return [
    ...foutmeldingen.slice(0, MAX_FOUTMELDINGEN),
    {
      foutcode: 'AFGEKAPT',
      fouttekst: `En nog ${rest.toLocaleString('nl-NL')} ${rest === 1 ? 'foutmelding' : 'foutmeldingen'} die niet getoond ${rest === 1 ? 'wordt' : 'worden'}; herstel eerst de getoonde en stuur het bericht opnieuw.`,
    },
  ];
}

/** An error that the error middleware turns into a problem response. */
export class Problem extends Error {
  readonly status: number;
  readonly foutmeldingen: Foutmelding[];
  identificatiecodeBedrijfsdocument?: string;

  constructor(status: number, foutmeldingen: Foutmelding[], identificatiecodeBedrijfsdocument?: string) {
    super(
      capped(foutmeldingen)
        .map((f) => `${f.foutcode}: ${f.fouttekst}`)
        .join('; ') || `HTTP ${status}`,
    );
    this.name = 'Problem';
    this.status = status;
    this.foutmeldingen = foutmeldingen;
    if (identificatiecodeBedrijfsdocument !== undefined) {
      this.identificatiecodeBedrijfsdocument = identificatiecodeBedrijfsdocument;
    }
  }

  toBody(): ProblemBody {
    return problemBody(this.status, this.foutmeldingen, this.identificatiecodeBedrijfsdocument);
  }
}

export function problemBody(status: number, foutmeldingen: Foutmelding[], id?: string): ProblemBody {
  const kind = TYPES[status] ?? { slug: `http-${status}`, title: `HTTP ${status}` };
  const n = foutmeldingen.length;
  const body: ProblemBody = {
    type: `urn:duo-sim:problem:${kind.slug}`,
    title: kind.title,
    status,
    detail:
      n === 1
        ? '1 foutmelding'
        : n > MAX_FOUTMELDINGEN
          ? `${n.toLocaleString('nl-NL')} foutmeldingen, de eerste ${MAX_FOUTMELDINGEN} getoond`
          : `${n} foutmeldingen`,
    foutmeldingen: capped(foutmeldingen).map((f) =>
      f.sleutelgegevens
        ? {
            ...f,
            sleutelgegevens: f.sleutelgegevens.map((s) => ({ ...s, sleutelwaarde: shortenSleutelwaarde(s.sleutelwaarde) })),
          }
        : f,
    ),
  };
  if (id !== undefined) body.identificatiecodeBedrijfsdocument = id;
  return body;
}

/** Shorthands for the problems every service raises. */
export const problems = {
  rejected: (foutmeldingen: Foutmelding[], id?: string) => new Problem(400, foutmeldingen, id),
  forbidden: (fouttekst: string, id?: string) => new Problem(403, [{ foutcode: 'AUT401', fouttekst }], id),
  notFound: (foutcode: string, fouttekst: string) => new Problem(404, [{ foutcode, fouttekst }]),
  unauthenticated: (fouttekst: string) => new Problem(401, [{ foutcode: 'EK0030', fouttekst }]),
  conflict: (foutcode: string, fouttekst: string, id?: string) => new Problem(409, [{ foutcode, fouttekst }], id),
};
