// Which service a path belongs to, so `sim call` needs no service name for the usual paths.
import type { ServiceName } from '../config.js';

const ROUTES: Array<[RegExp, ServiceName]> = [
  [
    /^\/(onderwijsbesturen|onderwijsaanbieders|onderwijslocaties|onderwijslocatiegebruiken|vestigingserkenningen|instellingserkenningen|inschrijfbaarheid|wijzigingen)(\/|\?|$)/,
    'rio',
  ],
  [/^\/api\/v1\//, 'osr'],
  [/^\/(identificaties|inschrijvingen|verwijderingen|resultaten|informatiediensten)(\/|\?|$)/, 'bron'],
  [/^\/scholen\/[^/]+\/(inschrijvingen|berichten|bekostiging)(\/|\?|$)/, 'bron'],
  [/^\/(meldingen|gemeenten)(\/|\?|$)/, 'verzuim'],
  [/^\/scholen\/[^/]+\/meldingen(\/|\?|$)/, 'verzuim'],
];

/** `rio:/health` names the service; otherwise the path decides, or null when it cannot. */
export function serviceForPath(target: string): { service: ServiceName; path: string } | null {
  const explicit = /^(rio|osr|bron|verzuim):(\/.*)$/.exec(target);
  if (explicit) return { service: explicit[1] as ServiceName, path: explicit[2]! };
  for (const [pattern, service] of ROUTES) if (pattern.test(target)) return { service, path: target };
  return null;
}
