// The "verstuur als" form and the answer with its trace.
import type { Party } from '@duo-sim/shared';
import { uitkomstVan } from '../exchanges.js';
import { html, jsonBlock, type Html } from '../html.js';
import type { Regel } from '../rules.js';
import type { Operatie, Voorbeeld } from '../send-as.js';
import { foutmeldingenIn, foutmeldingenView, pretty, uitkomst } from './components.js';
import { SERVICE_NAMEN } from './layout.js';

export interface Formulier {
  partij: string;
  service: string;
  methode: string;
  pad: string;
  tekst: string;
}

export interface Verstuurd {
  status?: number;
  body?: unknown;
  onbereikbaar?: string;
  traceId: string;
  regels: ReadonlyMap<string, Regel | undefined>;
  spoor: Html;
}

export function verstuurView(input: {
  parties: readonly Party[];
  operaties: readonly Operatie[];
  voorbeelden: readonly Voorbeeld[];
  formulier: Formulier;
  fouten?: string[];
  verstuurd?: Verstuurd;
  /** Where the form posts; a workshop participant has a form of its own, without traces. */
  actie?: string;
  metSpoor?: boolean;
}): Html {
  const metSpoor = input.metSpoor ?? true;
  const f = input.formulier;
  const v = input.verstuurd;
  return html`${jsonBlock('operaties', input.operaties)}
    ${
      input.fouten && input.fouten.length > 0
        ? html`<div class="waarschuwing" role="alert">
            <p><span aria-hidden="true">▲</span> Niet verstuurd:</p>
            <ul>
              ${input.fouten.map((t) => html`<li>${t}</li>`)}
            </ul>
          </div>`
        : ''
    }
    ${
      v
        ? html`<section class="antwoord" aria-labelledby="antwoord-titel" id="antwoord">
            <h2 id="antwoord-titel">Antwoord</h2>
            ${
              v.onbereikbaar !== undefined
                ? html`<p class="waarschuwing"><span aria-hidden="true">✖</span> Niet verstuurd: ${v.onbereikbaar}</p>`
                : html`<p>
                      ${uitkomst(v.status!, uitkomstVan(v.status!))}
                      ${metSpoor ? html`<a href="/sporen/${v.traceId}">spoor</a>` : ''}
                    </p>
                    ${foutmeldingenView(foutmeldingenIn(v.body), v.regels)} ${pretty(v.body)}`
            }
            ${
              metSpoor
                ? html`<h3>Wat dit bericht in gang zette</h3>
                    ${v.spoor}`
                : ''
            }
          </section>`
        : ''
    }
    <form class="verstuur" method="post" action="${input.actie ?? '/verstuur'}" id="verstuur-form">
      <div class="rij-velden">
        <label
          >Als partij
          <select name="partij" required>
            ${input.parties.map(
              (p) => html`<option value="${p.oin}" ${p.oin === f.partij ? html`selected` : ''}>${p.naam} (${p.rol})</option>`,
            )}
          </select></label
        >
        <label
          >Dienst
          <select name="service" id="service">
            ${Object.entries(SERVICE_NAMEN).map(
              ([k, n]) => html`<option value="${k}" ${k === f.service ? html`selected` : ''}>${n}</option>`,
            )}
          </select></label
        >
        <label
          >Methode
          <select name="methode" id="methode">
            ${['GET', 'POST', 'PUT', 'PATCH'].map((m) => html`<option ${m === f.methode ? html`selected` : ''}>${m}</option>`)}
          </select></label
        >
        <label class="breed">Pad <input name="pad" id="pad" value="${f.pad}" required placeholder="/inschrijvingen" /></label>
      </div>
      <label
        >Begin met een voorbeeld
        <select id="voorbeeld">
          <option value="">kies een voorbeeld…</option>
          ${input.voorbeelden.map((vb) => html`<option value="${vb.pad}" data-service="${vb.service}">${vb.pad}</option>`)}
        </select></label
      >
      <label for="tekst">Bericht (JSON)</label>
      <textarea name="tekst" id="tekst" rows="18" spellcheck="false" aria-describedby="schemafouten">${f.tekst}</textarea>
      <div id="schemafouten" class="schemafouten" aria-live="polite"></div>
      <button class="knop groot" type="submit">Verstuur</button>
      <p class="stil">
        De console verstuurt met het certificaat van de gekozen partij, zoals de CLI (<code>npm run sim -- call --as</code>). Het
        schema wordt gecontroleerd terwijl u typt; versturen kan ook met fouten, zodat u het antwoord van de dienst ziet.
      </p>
    </form>`;
}
