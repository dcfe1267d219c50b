// The shape of one entry of the rule registry. Users read `titel`, `tekst` and `simulatie` next to a
// foutmelding (GET /regels, the console), so those are Dutch; docs/rules.md is generated from it.

/** Where a rule comes from: the real chain, the simulator, or a real rule with simulated details. */
export type Herkomst = 'ECHT' | 'SIM' | 'ECHT_MET_SIM';

export type ServiceNaam = 'rio' | 'osr' | 'bron' | 'verzuim';

/**
 * Set only for a rule the simulator does not check: `NIET_GEBOUWD` (the chain has it, duo-sim does
 * not model it) or `ACHTERGROND` (context that explains other rules). Such a rule has no
 * implementation and needs no test; every other rule needs both (checked by `generate:docs --check`).
 */
export type RegelSoort = 'NIET_GEBOUWD' | 'ACHTERGROND';

export interface Regel {
  /** The rule ID, e.g. `BRON-13`. */
  id: string;
  /** A few Dutch words. */
  titel: string;
  /** What the rule says, in Dutch, as the simulator applies it. */
  tekst: string;
  herkomst: Herkomst;
  /** Dutch: what the simulator simplifies or invents; required unless herkomst is ECHT. */
  simulatie?: string;
  /** Codes a party can receive because of this rule (foutcodes, RIO codes, SIGNAAL codes, redenen). */
  foutcodes: string[];
  /** The services that apply the rule and serve it on GET /regels. */
  services: ServiceNaam[];
  /** `path#functionName` of the function(s) that implement it, from the repository root. */
  implementatie: string[];
  soort?: RegelSoort;
}

/** What GET /regels and GET /regels/{id} show of a rule: not where the code lives. */
export type PubliekeRegel = Pick<Regel, 'id' | 'titel' | 'tekst' | 'herkomst' | 'simulatie' | 'foutcodes' | 'soort'>;
