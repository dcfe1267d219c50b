// The rule texts behind foutcodes, read from each service's GET /regels (the services' own rule
// registry; the console keeps no copy). A service that does not serve /regels, or is down, just has
// no texts: the console then shows the foutcode alone.
import { SERVICES, type ServiceName } from '@duo-sim/shared';
import { isUnreachable, type Gateway } from './gateway.js';

export type Herkomst = 'ECHT' | 'SIM' | 'ECHT_MET_SIM';

export interface Regel {
  id: string;
  titel: string;
  tekst: string;
  herkomst: Herkomst;
  simulatie?: string;
  foutcodes: string[];
  soort?: string;
  service: ServiceName;
}

export interface RuleBook {
  /** The rule of a foutcode: the one whose foutcodes contain it, or whose id is it; the service's own first. */
  regelVoor(foutcode: string, service?: ServiceName): Promise<Regel | undefined>;
  alle(): Promise<Regel[]>;
}

/** Rules are read again after this long, so a restarted service with new texts is seen. */
const TTL_MS = 60_000;
/** Sooner when a service could not be asked: it may be back in a moment. */
const TTL_INCOMPLETE_MS = 5_000;

export function createRuleBook(gateway: Gateway, now: () => number = Date.now): RuleBook {
  let cached: { at: number; regels: Promise<Regel[]>; ttl: number } | undefined;
  const load = async (): Promise<Regel[]> => {
    const per = await Promise.all(
      SERVICES.map(async (service) => {
        const res = await gateway.send(service, 'GET', '/regels');
        if (isUnreachable(res)) {
          if (cached) cached.ttl = TTL_INCOMPLETE_MS;
          return [];
        }
        if (res.status !== 200) return [];
        const regels = (res.body as { regels?: unknown } | null)?.regels;
        return Array.isArray(regels) ? regels.filter(isRegel).map((r) => ({ ...r, service })) : [];
      }),
    );
    return per.flat();
  };
  const alle = () => {
    if (!cached || now() - cached.at > cached.ttl) cached = { at: now(), regels: load(), ttl: TTL_MS };
    return cached.regels;
  };
  return {
    alle,
    async regelVoor(foutcode, service) {
      const regels = await alle();
      const fits = (r: Regel) => r.foutcodes.includes(foutcode) || r.id === foutcode;
      return regels.find((r) => fits(r) && r.service === service) ?? regels.find(fits);
    },
  };
}

function isRegel(r: unknown): r is Omit<Regel, 'service'> {
  const x = r as Partial<Regel> | null;
  return (
    typeof x?.id === 'string' &&
    typeof x.titel === 'string' &&
    typeof x.tekst === 'string' &&
    typeof x.herkomst === 'string' &&
    Array.isArray(x.foutcodes)
  );
}
