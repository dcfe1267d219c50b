// The report as the CLI prints it: one line per case and behaviour check, and for each that did not
// pass the reason, the evidence and the rule broken.
import type { Bewijs, Oordeel, Rapport, Uitslag } from './model.js';

export const OORDEEL_TEKST: Record<Oordeel, string> = {
  GESLAAGD: 'geslaagd',
  GEZAKT: 'GEZAKT',
  NIET_GEPROBEERD: 'NIET GEPROBEERD',
};

export function bewijsRegel(b: Bewijs): string {
  const codes = b.foutcodes.length > 0 ? ` ${b.foutcodes.join(',')}` : '';
  const id = b.bericht ? ` id ${b.bericht}` : '';
  const storing = b.storing ? ` [storing ${b.storing}]` : '';
  return `${b.tijdstip} ${b.service} #${b.seq} ${b.operatie} -> ${b.status}${codes} (${b.duurMs} ms)${id}${storing}`;
}

function blok(u: Uitslag): string[] {
  const regels = [`  ${u.code.padEnd(9)} ${OORDEEL_TEKST[u.oordeel].padEnd(16)} ${u.titel}`];
  if (u.oordeel === 'GESLAAGD') return regels;
  regels.push(`            ${u.reden}`);
  for (const b of u.bewijs.slice(0, 8)) regels.push(`            bewijs: ${bewijsRegel(b)}`);
  if (u.bewijs.length > 8) regels.push(`            … en nog ${u.bewijs.length - 8} uitwisselingen`);
  for (const r of u.regels) regels.push(`            regel ${r.id}: ${r.tekst}`);
  return regels;
}

export function telling(r: Rapport): Record<Oordeel, number> {
  const t: Record<Oordeel, number> = { GESLAAGD: 0, GEZAKT: 0, NIET_GEPROBEERD: 0 };
  for (const u of [...r.gevallen, ...r.gedrag]) t[u.oordeel]++;
  return t;
}

export function rapportTekst(r: Rapport): string {
  const t = telling(r);
  return [
    `Ketentest ${r.run.id} van ${r.run.leverancier.naam} (${r.run.leverancier.oin})`,
    `gestart ${r.run.gestart} (gesimuleerde datum ${r.run.vandaag}), rapport van ${r.gemaakt}`,
    '',
    'Gevallen',
    ...r.gevallen.flatMap(blok),
    '',
    'Gedrag over alle gevallen',
    ...r.gedrag.flatMap(blok),
    '',
    `${t.GESLAAGD} geslaagd, ${t.GEZAKT} gezakt, ${t.NIET_GEPROBEERD} niet geprobeerd: ${r.geslaagd ? 'GESLAAGD' : 'NIET GESLAAGD'}`,
  ].join('\n');
}
