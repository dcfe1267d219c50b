// The report as one self-contained HTML page (no scripts, no external files), for the CLI's --html
// and the console's ketentest page: the same Rapport as the text and the JUnit XML.
import type { Rapport, Uitslag } from './model.js';
import { bewijsRegel, OORDEEL_TEKST, telling } from './rapport-tekst.js';
import { xmlTekst as esc } from './rapport-junit.js';

const KLEUR = { GESLAAGD: '#1b7a3a', GEZAKT: '#b3261e', NIET_GEPROBEERD: '#8a5a00' } as const;

function rij(u: Uitslag): string {
  const details =
    u.oordeel === 'GESLAAGD'
      ? ''
      : `<p>${esc(u.reden)}</p>${u.bewijs.length ? `<ul>${u.bewijs.map((b) => `<li><code>${esc(bewijsRegel(b))}</code></li>`).join('')}</ul>` : ''}${u.regels.map((r) => `<p><strong>${esc(r.id)}</strong>: ${esc(r.tekst)}</p>`).join('')}`;
  return `<tr><td>${esc(u.code)}</td><td style="color:${KLEUR[u.oordeel]};font-weight:bold">${esc(OORDEEL_TEKST[u.oordeel])}</td><td>${esc(u.titel)}${details}</td></tr>`;
}

/** The report's body (a section), for a page of one's own or inside the console. */
export function rapportSectie(r: Rapport): string {
  const t = telling(r);
  const tabel = (kop: string, lijst: Uitslag[]) =>
    `<h2>${esc(kop)}</h2><table><thead><tr><th>Geval</th><th>Oordeel</th><th>Wat</th></tr></thead><tbody>${lijst.map(rij).join('')}</tbody></table>`;
  return `<section class="ketentest-rapport">
<h1>Ketentest ${esc(r.run.id)}: ${esc(r.run.leverancier.naam)}</h1>
<p>${esc(r.run.leverancier.oin)}, gestart ${esc(r.run.gestart)} (gesimuleerde datum ${esc(r.run.vandaag)}), rapport van ${esc(r.gemaakt)}.</p>
<p style="font-size:1.3em;color:${r.geslaagd ? KLEUR.GESLAAGD : KLEUR.GEZAKT}"><strong>${r.geslaagd ? 'Geslaagd' : 'Niet geslaagd'}</strong>: ${t.GESLAAGD} geslaagd, ${t.GEZAKT} gezakt, ${t.NIET_GEPROBEERD} niet geprobeerd.</p>
${tabel('Gevallen', r.gevallen)}
${tabel('Gedrag over alle gevallen', r.gedrag)}
</section>`;
}

export function rapportHtml(r: Rapport): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Ketentest ${esc(r.run.leverancier.naam)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4em;text-align:left;vertical-align:top}code{font-size:.85em;word-break:break-all}</style>
</head><body>
${rapportSectie(r)}
</body></html>
`;
}
