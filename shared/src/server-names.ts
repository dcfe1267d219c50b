// SIM_SERVER_NAMES: the DNS names and IP addresses a LAS in a container or on another machine uses
// to reach the chain (docs/vendor-guide.md#4-containers-and-other-machines). They go into the server
// certificate next to localhost and loopback, and into the default of BRON_PUSH_TOEGESTAAN.
import { ipFamily } from './ip-family.js';

const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** `[::1]` -> `::1`; names without case and without a trailing dot. */
function normalise(entry: string): string {
  const bare = entry.startsWith('[') && entry.endsWith(']') ? entry.slice(1, -1) : entry;
  return ipFamily(bare) !== 0 ? bare : bare.toLowerCase().replace(/\.$/, '');
}

/** Parses the comma-separated list; each entry that is no DNS name or IP address is one problem. */
export function parseServerNames(raw: string | undefined): { names: string[]; problems: string[] } {
  const names: string[] = [];
  const problems: string[] = [];
  for (const entry of (raw ?? '').split(',').map((e) => e.trim())) {
    if (entry === '') continue;
    const name = normalise(entry);
    // A name whose last label is all digits is a mistyped address (10.0.0.300), never a DNS name.
    if (ipFamily(name) !== 0 || (HOST_NAME.test(name) && !/(^|\.)\d+$/.test(name))) {
      if (!names.includes(name)) names.push(name);
    } else {
      problems.push(
        `SIM_SERVER_NAMES: '${entry}' is geen DNS-naam of IP-adres; verwacht bv. host.docker.internal,las-test.local,10.0.0.5`,
      );
    }
  }
  return { names, problems };
}
