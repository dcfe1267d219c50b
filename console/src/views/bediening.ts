// Clock and reset: the simulated date per service, buttons to move it, and reset with a confirmation.
import { html, type Html } from '../html.js';
import type { PerDienst } from '../controls.js';
import { SERVICE_NAMEN } from './layout.js';

export interface Sprongen {
  vandaag?: string;
  teldatum?: string;
  deadline?: string;
}

export function perDienstView(lijst: readonly PerDienst[]): Html {
  return html`<ul class="per-dienst">
    ${lijst.map(
      (d) =>
        html`<li class="${d.ok ? 'op' : 'neer'}">
          <span aria-hidden="true">${d.ok ? '✔' : '✖'}</span> <strong>${SERVICE_NAMEN[d.service]}</strong>: ${d.tekst}
        </li>`,
    )}
  </ul>`;
}

export function bedieningView(klok: readonly PerDienst[], sprong: Sprongen, melding?: Html): Html {
  const knop = (datum: string | undefined, label: string) =>
    datum
      ? html`<form method="post" action="/bediening/klok">
          <input type="hidden" name="vandaag" value="${datum}" /><button class="knop" type="submit">${label} (${datum})</button>
        </form>`
      : '';
  return html`${melding ?? ''}
    <section class="blok" aria-labelledby="klok-titel">
      <h2 id="klok-titel">De gesimuleerde datum</h2>
      ${perDienstView(klok)}
      <div class="knoppen">
        ${knop(sprong.vandaag ? plusDag(sprong.vandaag) : undefined, 'Een dag verder')}
        ${knop(sprong.teldatum, 'Naar de teldatum')}
        ${knop(sprong.deadline ? plusDag(sprong.deadline) : undefined, 'Voorbij de deadline')}
      </div>
      <form method="post" action="/bediening/klok" class="rij-velden">
        <label>Zet de datum op <input type="date" name="vandaag" value="${sprong.vandaag ?? ''}" required /></label>
        <button class="knop" type="submit">Zet de klok</button>
      </form>
      <p class="stil">De klok gaat op alle vier de diensten tegelijk, zoals <code>npm run sim -- clock</code>.</p>
    </section>
    <section class="blok" aria-labelledby="reset-titel">
      <h2 id="reset-titel">Terug naar de seed-wereld</h2>
      <p>Reset wist alle inschrijvingen, berichten, meldingen en mandaatwijzigingen van de diensten.</p>
      <form method="get" action="/bediening/reset"><button class="knop gevaar" type="submit">Reset…</button></form>
    </section>`;
}

export function resetBevestiging(): Html {
  return html`<p class="waarschuwing" role="alert">
      <span aria-hidden="true">▲</span> Weet u het zeker? Alles wat in deze sessie in de keten is gebeurd, gaat verloren.
    </p>
    <form method="post" action="/bediening/reset" class="knoppen">
      <button class="knop gevaar groot" type="submit" autofocus>Ja, reset de keten</button>
      <a class="knop" href="/bediening">Nee, terug</a>
    </form>`;
}

function plusDag(datum: string): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
