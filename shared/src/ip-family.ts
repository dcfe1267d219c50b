// net.isIP without its IPv6 regular expression: V8 compiles that large expression on its first use
// (with any string that is no IPv4 address: 'localhost' too), 15–40 ms in every thread of npm start,
// whose configuration and PKI check ask about localhost and ::1 (bench/RESULTS.md, "Cold start
// under 700 ms"). IPv6 goes to the system's inet_pton instead, as BlockList does with what
// push-toegestaan.ts gives it.
import { isIPv4, SocketAddress } from 'node:net';

/** 4 or 6 for an IP address of that family, 0 for anything else (a host name, a typo). */
export function ipFamily(text: string): 0 | 4 | 6 {
  if (!text.includes(':')) return isIPv4(text) ? 4 : 0;
  try {
    new SocketAddress({ address: text, family: 'ipv6' });
    return 6;
  } catch {
    return 0;
  }
}
