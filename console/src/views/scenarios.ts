// Scenario pages: the list, and one scenario played step by step with narration and traces.
import type { Scenario } from '@duo-sim/shared';
import { uitkomstVan } from '../exchanges.js';
import { html, type Html } from '../html.js';
import type { ScenarioRun } from '../scenario-runner.js';
import { pretty, uitkomst } from './components.js';

export function scenarioLijst(scenarios: Record<string, Scenario>): Html {
  return html`<p>
      Elk scenario begint met een verse wereld (reset) en de klok op de datum van het scenario. Daarna speelt u het stap voor
      stap, met de uitleg erbij; bij elke stap ziet u wat die in de keten in gang zette.
    </p>
    <ul class="kaarten">
      ${Object.entries(scenarios).map(
        ([naam, s]) =>
          html`<li class="kaart">
            <h2>${s.titel}</h2>
            <p class="stil">
              ${s.stappen.length} stappen · klok op ${s.datum} · ook met <code>npm run sim -- scenario ${naam}</code>
            </p>
            <form method="post" action="/scenarios/${naam}/start">
              <button class="knop groot" type="submit">Start “${naam}”</button>
            </form>
          </li>`,
      )}
    </ul>`;
}

export function scenarioView(
  naam: string,
  scenario: Scenario,
  run: ScenarioRun | undefined,
  laatsteSpoor: Html | undefined,
): Html {
  const actief = run?.naam === naam ? run : undefined;
  const klaar = actief !== undefined && actief.volgende >= scenario.stappen.length && !actief.gestopt;
  const volgende = actief && !actief.gestopt && !klaar ? scenario.stappen[actief.volgende] : undefined;
  return html`<p class="stil">${scenario.stappen.length} stappen · klok op ${scenario.datum}</p>
    ${
      actief
        ? html`<p class="${actief.start.ok ? 'melding' : 'waarschuwing'}">${actief.start.tekst}</p>`
        : html`<p>Dit scenario loopt nog niet. Starten zet de wereld terug naar de seed.</p>`
    }
    <ol class="scenario-stappen">
      ${scenario.stappen.map((stap, i) => {
        const gespeeld = actief?.gespeeld[i];
        const isVolgende = actief !== undefined && !actief.gestopt && actief.volgende === i;
        return html`<li
          id="stap-${i + 1}"
          class="scenario-stap ${gespeeld ? (gespeeld.ok ? 'gedaan' : 'mis') : isVolgende ? 'volgende' : 'nog'}"
        >
          <p class="uitleg">${stap.uitleg}</p>
          ${
            gespeeld
              ? html`<p>
                    <code>${gespeeld.verzoek}</code>
                    ${gespeeld.status !== undefined ? uitkomst(gespeeld.status, uitkomstVan(gespeeld.status)) : ''}
                    ${gespeeld.ok ? html`<span class="label">zoals verwacht</span>` : ''}
                    <a href="/sporen/${gespeeld.traceId}">spoor van deze stap</a>
                  </p>
                  ${gespeeld.fout ? html`<p class="waarschuwing"><span aria-hidden="true">▲</span> ${gespeeld.fout}</p>` : ''}
                  ${
                    gespeeld.getoond.length > 0
                      ? html`<dl class="getoond">
                          ${gespeeld.getoond.map(
                            (g) =>
                              html`<dt>${g.veld}</dt>
                                <dd>${pretty(g.waarde)}</dd>`,
                          )}
                        </dl>`
                      : gespeeld.antwoord !== undefined
                        ? html`<details>
                            <summary>Antwoord</summary>
                            ${pretty(gespeeld.antwoord)}
                          </details>`
                        : ''
                  }`
              : ''
          }
        </li>`;
      })}
    </ol>
    <div class="bediening-scenario">
      ${
        volgende
          ? html`<form method="post" action="/scenarios/${naam}/volgende">
              <button class="knop groot" type="submit" id="volgende-stap" autofocus>
                Volgende stap (${(actief?.volgende ?? 0) + 1} van ${scenario.stappen.length}) <kbd>v</kbd>
              </button>
            </form>`
          : ''
      }
      ${klaar ? html`<p class="melding"><span aria-hidden="true">✔</span> Klaar: elke stap gaf het verwachte antwoord.</p>` : ''}
      <form method="post" action="/scenarios/${naam}/start">
        <button class="knop ${actief ? '' : 'groot'}" type="submit" ${actief ? '' : html`autofocus`}>
          ${actief ? 'Opnieuw beginnen' : 'Start'}
        </button>
      </form>
    </div>
    ${
      laatsteSpoor
        ? html`<section aria-labelledby="spoor-titel">
            <h2 id="spoor-titel">Wat de laatste stap in gang zette</h2>
            ${laatsteSpoor}
          </section>`
        : ''
    }`;
}
