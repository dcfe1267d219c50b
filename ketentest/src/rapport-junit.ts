// The report as JUnit XML, what CI servers (GitHub Actions, GitLab CI, Jenkins) read: one testsuite
// for the cases and one for the behaviour checks. A case not attempted is a failure too (type
// NIET_GEPROBEERD), not a skip: a ketentest is passed only when every case passed.
import type { Rapport, Uitslag } from './model.js';
import { bewijsRegel } from './rapport-tekst.js';

export function xmlTekst(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function testcase(suite: string, u: Uitslag): string {
  const tijd = (u.bewijs.reduce((s, b) => s + b.duurMs, 0) / 1000).toFixed(3);
  const open = `    <testcase classname="${xmlTekst(suite)}" name="${xmlTekst(`${u.code} ${u.titel}`)}" time="${tijd}"`;
  if (u.oordeel === 'GESLAAGD') return `${open}/>`;
  const detail = [
    u.reden,
    ...u.bewijs.map((b) => `bewijs: ${bewijsRegel(b)}`),
    ...u.regels.map((r) => `regel ${r.id}: ${r.tekst}`),
  ];
  return [
    `${open}>`,
    `      <failure type="${u.oordeel}" message="${xmlTekst(u.reden)}">${xmlTekst(detail.join('\n'))}</failure>`,
    '    </testcase>',
  ].join('\n');
}

function suite(naam: string, uitslagen: Uitslag[], tijdstip: string): string {
  const fouten = uitslagen.filter((u) => u.oordeel !== 'GESLAAGD').length;
  return [
    `  <testsuite name="${xmlTekst(naam)}" tests="${uitslagen.length}" failures="${fouten}" errors="0" skipped="0" timestamp="${tijdstip.slice(0, 19)}">`,
    ...uitslagen.map((u) => testcase(naam, u)),
    '  </testsuite>',
  ].join('\n');
}

export function rapportJunit(r: Rapport): string {
  const alle = [...r.gevallen, ...r.gedrag];
  const fouten = alle.filter((u) => u.oordeel !== 'GESLAAGD').length;
  const naam = `ketentest ${r.run.leverancier.naam}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlTekst(naam)}" tests="${alle.length}" failures="${fouten}" errors="0">`,
    suite(`${naam}: gevallen`, r.gevallen, r.gemaakt),
    suite(`${naam}: gedrag`, r.gedrag, r.gemaakt),
    '</testsuites>',
    '',
  ].join('\n');
}
