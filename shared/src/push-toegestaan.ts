// BRON_PUSH_TOEGESTAAN: where BRON may deliver a school's berichten with DUO's certificate (OSR-05).
// Without it a vendor could register any host or port as afleveradres and use the push worker to
// probe the network. OSR checks an afleveradres when it is registered; BRON checks again before
// every delivery, on the address it actually connects to.
import { BlockList } from 'node:net';
import { ipFamily } from './ip-family.js';

/** The names the services answer to (their server certificate) besides SIM_SERVER_NAMES. */
export const SERVER_NAMES: readonly string[] = ['localhost'];

/** Loopback and the server names: local receivers work with nothing configured. */
export const DEFAULT_PUSH_TOEGESTAAN: readonly string[] = [...SERVER_NAMES, '127.0.0.0/8', '::1'];

/** The default with SIM_SERVER_NAMES: a receiver in the container or on the machine they name is allowed too. */
export function defaultPushToegestaan(serverNames: readonly string[]): string[] {
  return [...new Set([...DEFAULT_PUSH_TOEGESTAAN, ...serverNames])];
}

export interface PushToegestaan {
  /** The entries as configured, for the log and the documentation. */
  readonly entries: readonly string[];
  /**
   * A URL host may be registered: a listed name (`.example.org` lists that domain and every name
   * under it), or an address literal inside a listed address or CIDR.
   */
  allowsHost: (hostname: string) => boolean;
  /** BRON may connect to this resolved address: it lies inside a listed address or CIDR. */
  allowsAddress: (address: string) => boolean;
}

/** `[::1]` (as URL.hostname gives it) -> `::1`; names compare without case and without a trailing dot. */
function normaliseHost(hostname: string): string {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return bare.toLowerCase().replace(/\.$/, '');
}

const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Parses a comma-separated list; each entry that is no host name, address or CIDR is one problem. */
export function parsePushToegestaan(
  raw: string | undefined,
  serverNames: readonly string[] = [],
): { toegestaan: PushToegestaan; problems: string[] } {
  const entries = (raw === undefined || raw.trim() === '' ? defaultPushToegestaan(serverNames) : raw.split(','))
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const names = new Set<string>();
  const domains: string[] = [];
  const addresses = new BlockList();
  const problems: string[] = [];
  for (const entry of entries) {
    const [base, prefix, ...rest] = entry.split('/');
    const host = normaliseHost(base!);
    const family = ipFamily(host);
    const bits = prefix === undefined ? undefined : Number(prefix);
    if (family === 0 && prefix === undefined && host.startsWith('.') && HOST_NAME.test(host.slice(1))) {
      domains.push(host.slice(1));
    } else if (family === 0 && prefix === undefined && HOST_NAME.test(host)) {
      names.add(host);
    } else if (
      family !== 0 &&
      rest.length === 0 &&
      (bits === undefined || (/^\d+$/.test(prefix!) && bits <= (family === 4 ? 32 : 128)))
    ) {
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (bits === undefined) addresses.addAddress(host, type);
      else addresses.addSubnet(host, bits, type);
    } else {
      problems.push(
        `BRON_PUSH_TOEGESTAAN: '${entry}' is geen hostnaam, IP-adres of CIDR; verwacht bv. localhost,.school.example,127.0.0.0/8,::1`,
      );
    }
  }
  const allowsAddress = (address: string): boolean => {
    const a = normaliseHost(address);
    const family = ipFamily(a);
    return family !== 0 && addresses.check(a, family === 4 ? 'ipv4' : 'ipv6');
  };
  return {
    toegestaan: {
      entries,
      allowsAddress,
      allowsHost: (hostname) => {
        const h = normaliseHost(hostname);
        if (ipFamily(h) !== 0) return allowsAddress(h);
        return names.has(h) || domains.some((d) => h === d || h.endsWith(`.${d}`));
      },
    },
    problems,
  };
}
