// The inspector: filters, the matching exchanges, and one exchange in detail with its rules.
import { dutchTime, type Party } from '@duo-sim/shared';
import type { Uitwisseling } from '../exchanges.js';
import type { ConsoleEntry } from '../feed.js';
import { html, type Html } from '../html.js';
import type { Filters } from '../inspector.js';
import type { Regel } from '../rules.js';
import { foutmeldingenIn, foutmeldingenView, pijl, pretty, storingBadge, uitkomst } from './components.js';
import { SERVICE_NAMEN } from './layout.js';

function veld(naam: keyof Filters, label: string, waarde: string | undefined, hint: string): Html {
  return html`<label>${label}<input name="${naam}" value="${waarde ?? ''}" placeholder="${hint}" /></label>`;
}

export function filterForm(f: Filters, parties: readonly Party[]): Html {
  return html`<form class="filters" method="get" action="/inspecteur" aria-label="Filters">
    <label
      >Dienst
      <select name="dienst">
        <option value="">alle</option>
        ${Object.entries(SERVICE_NAMEN).map(
          ([k, v]) => html`<option value="${k}" ${f.dienst === k ? html`selected` : ''}>${v}</option>`,
        )}
      </select></label
    >
    <label
      >Uitkomst
      <select name="uitkomst">
        <option value="">alle</option>
        ${[
          ['ok', 'gelukt (2xx)'],
          ['afgewezen', 'geweigerd (4xx)'],
          ['fout', 'fout (5xx)'],
        ].map(([k, v]) => html`<option value="${k}" ${f.uitkomst === k ? html`selected` : ''}>${v}</option>`)}
      </select></label
    >
    <label
      >Partij
      <input name="partij" list="partijen" value="${f.partij ?? ''}" placeholder="naam of OIN" />
      <datalist id="partijen">${parties.map((p) => html`<option value="${p.naam}"></option>`)}</datalist></label
    >
    ${veld('school', 'School', f.school, 'BRIN, bv. 11AA')} ${veld('foutcode', 'Foutcode', f.foutcode, 'bv. BRON-14')}
    ${veld('bericht', 'Bedrijfsdocument', f.bericht, 'identificatiecode')}
    ${veld('leerling', 'Leerling', f.leerling, 'BSN of onderwijsnummer')}
    ${veld('datum', 'Gesimuleerde datum', f.datum, 'JJJJ-MM-DD')}
    <label class="vink"
      ><input type="checkbox" name="consoleVerkeer" value="ja" ${f.consoleVerkeer ? html`checked` : ''} /> ook leesverkeer van de
      console</label
    >
    <button class="knop" type="submit">Filter</button> <a href="/inspecteur">wis filters</a>
  </form>`;
}

export function inspecteurView(input: {
  filters: Filters;
  parties: readonly Party[];
  gevonden: Uitwisseling[];
  totaal: number;
  venster: number;
  detail?: { entry: ConsoleEntry; u: Uitwisseling; regels: ReadonlyMap<string, Regel | undefined> } | 'weg';
  query: string;
}): Html {
  const { detail } = input;
  return html`${filterForm(input.filters, input.parties)}
    <div class="inspecteur">
      <section aria-labelledby="gevonden-titel">
        <h2 id="gevonden-titel">
          ${input.totaal} gevonden <span class="stil">in de laatste ${input.venster} uitwisselingen</span>
        </h2>
        <ol class="lijst" reversed>
          ${input.gevonden.map(
            (u) =>
              html`<li class="rij ${u.uitkomst}">
                <a href="/inspecteur?${input.query}${input.query ? '&' : ''}regel=${u.id}#detail"
                  ><time datetime="${u.tijdstip}">${u.vandaag} ${dutchTime(new Date(u.tijdstip))}</time></a
                >
                ${pijl(u)} <code>${u.operatie}</code> ${uitkomst(u.status, u.uitkomst)} ${storingBadge(u)}
                ${u.foutcodes.length > 0 ? html`<span class="foutcodes">${u.foutcodes.join(', ')}</span>` : ''}
              </li>`,
          )}
        </ol>
      </section>
      <section id="detail" class="detail" aria-labelledby="detail-titel" tabindex="-1">
        <h2 id="detail-titel">Details</h2>
        ${
          detail === undefined
            ? html`<p class="stil">Kies een uitwisseling.</p>`
            : detail === 'weg'
              ? html`<p>Deze uitwisseling is niet meer in het venster van de console.</p>`
              : html`<p>
                    ${pijl(detail.u)}: <code>${detail.entry.operatie}</code> ${uitkomst(detail.entry.status, detail.u.uitkomst)}
                    ${storingBadge(detail.u)}
                  </p>
                  <dl class="feiten">
                    <dt>Dienst</dt>
                    <dd>${SERVICE_NAMEN[detail.entry.service]} (regel ${detail.entry.seq})</dd>
                    <dt>Tijd</dt>
                    <dd>${detail.entry.tijdstip} · gesimuleerd ${detail.entry.vandaag} · ${detail.u.duurMs} ms</dd>
                    <dt>Partij</dt>
                    <dd>${detail.u.partijNaam} ${detail.entry.partij ? html`<code>${detail.entry.partij}</code>` : ''}</dd>
                    ${
                      detail.entry.namens
                        ? html`<dt>Namens</dt>
                            <dd><code>${detail.entry.namens}</code></dd>`
                        : ''
                    }
                    ${
                      detail.entry.identificatiecodeBedrijfsdocument
                        ? html`<dt>Bedrijfsdocument</dt>
                            <dd>
                              <a href="/berichten/${detail.entry.identificatiecodeBedrijfsdocument}"
                                >${detail.entry.identificatiecodeBedrijfsdocument}</a
                              >
                            </dd>`
                        : ''
                    }
                    ${
                      detail.entry.traceId
                        ? html`<dt>Spoor</dt>
                            <dd><a href="/sporen/${detail.entry.traceId}">${detail.entry.traceId}</a></dd>`
                        : ''
                    }
                  </dl>
                  ${foutmeldingenView(foutmeldingenIn(detail.entry.antwoord), detail.regels)}
                  <h3>Verzoek</h3>
                  ${pretty(detail.entry.verzoek)}
                  <h3>Antwoord</h3>
                  ${pretty(detail.entry.antwoord)}`
        }
      </section>
    </div>`;
}
