// "Nieuwe leverancier": the form, and the vendor made (its password shown this once).
import type { NieuweLeverancierAntwoord } from '@duo-sim/shared';
import { html, type Html } from '../html.js';

export interface LeverancierFormulier {
  naam: string;
  scholen: string;
}

export function leverancierFormulierView(f: LeverancierFormulier, fout?: string): Html {
  return html`${
      fout ? html`<p class="waarschuwing" role="alert"><span aria-hidden="true">▲</span> ${fout} Er is niets veranderd.</p>` : ''
    }
    <p>
      Een leverancier van uzelf: een OIN, een certificaat (PEM en PKCS#12) van de CA van deze wereld, en mandaten voor ROD_PO en
      VERZUIM van de besturen van de gekozen scholen, zoals <code>npm run sim -- leverancier nieuw</code> dat doet.
    </p>
    <form method="post" action="/leveranciers" class="rij-velden">
      <label>Naam <input name="naam" value="${f.naam}" required maxlength="100" placeholder="Mijn LAS" /></label>
      <label
        >Scholen (aantal of BRIN's)
        <input name="scholen" value="${f.scholen}" placeholder="3 of 11AA,13CB" />
      </label>
      <button class="knop" type="submit">Maak de leverancier</button>
    </form>
    <p class="stil">Een reset houdt eigen leveranciers, met hun mandaten; zie docs/vendor-guide.md.</p>`;
}

export function nieuweLeverancierView(n: NieuweLeverancierAntwoord, bestanden: { ca: string }, curl: string): Html {
  const scholen = [...new Set(n.mandaten.map((m) => m.brin))];
  return html`<p class="melding" role="status">Leverancier ${n.naam} is gemaakt, met OIN <strong>${n.oin}</strong>.</p>
    ${
      n.nietGemandateerd.length > 0
        ? html`<p class="waarschuwing" role="alert">
            <span aria-hidden="true">▲</span> Niet elk bestuur kon mandateren: ${n.nietGemandateerd.join('; ')}. Een reset maakt
            de mandaten opnieuw.
          </p>`
        : ''
    }
    <dl class="feiten">
      <dt>Scholen</dt>
      <dd>${scholen.join(', ') || '(geen)'} — gemandateerd voor ROD_PO en VERZUIM door hun besturen, vanaf ${n.sinds}</dd>
      <dt>CA</dt>
      <dd><code>${bestanden.ca}</code></dd>
      <dt>Certificaat</dt>
      <dd><code>${n.bestanden.certificaat}</code></dd>
      <dt>Sleutel</dt>
      <dd><code>${n.bestanden.sleutel}</code></dd>
      <dt>PKCS#12</dt>
      <dd><code>${n.bestanden.pkcs12}</code></dd>
      <dt>Wachtwoord</dt>
      <dd>
        <code>${n.wachtwoord}</code> — alleen nu getoond en nergens bewaard: noteer het; het .p12-bestand bevat sleutel,
        certificaat en CA.
      </dd>
    </dl>
    <h2>Uw mandaten</h2>
    <ul>
      ${n.mandaten.map((m) => html`<li>${m.brin} ${m.service}: token <code>${m.token}</code></li>`)}
    </ul>
    <h2>Probeer het</h2>
    <pre><code>${curl}</code></pre>
    <p><a class="knop" href="/leveranciers">Nog een leverancier</a></p>`;
}
