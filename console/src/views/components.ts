// Pieces several pages share: an outcome with symbol and word (never colour alone), pretty JSON,
// foutmeldingen with the rule behind each foutcode, and a timeline of one trace.
import type { Foutmelding } from '@duo-sim/shared';
import { UITKOMST_TEKST, type Uitkomst, type Uitwisseling } from '../exchanges.js';
import { html, type Html } from '../html.js';
import type { Regel } from '../rules.js';
import type { Tijdlijn } from '../timeline.js';
import { SERVICE_NAMEN } from './layout.js';

const SYMBOOL: Record<Uitkomst, string> = { ok: '✔', afgewezen: '▲', fout: '✖' };

export function uitkomst(status: number, u: Uitkomst): Html {
  return html`<span class="uitkomst ${u}"
    ><span aria-hidden="true">${SYMBOOL[u]}</span> ${status === 0 ? 'geen antwoord' : status} ${UITKOMST_TEKST[u]}</span
  >`;
}

export function pretty(value: unknown): Html {
  if (value === null || value === undefined) return html`<p class="stil">(geen inhoud)</p>`;
  return html`<pre class="json" tabindex="0">${JSON.stringify(value, null, 2)}</pre>`;
}

export const HERKOMST_TEKST: Record<Regel['herkomst'], string> = {
  ECHT: 'echte regel van DUO',
  SIM: 'vereenvoudiging van de simulator',
  ECHT_MET_SIM: 'echte regel, in de simulator vereenvoudigd',
};

export function regelView(foutcode: string, regel: Regel | undefined): Html {
  if (!regel) return html`<p class="stil">Geen regeltekst voor ${foutcode} (de dienst levert geen /regels).</p>`;
  return html`<div class="regel">
    <p>
      <strong>${regel.id}</strong> ${regel.titel}
      <span class="label herkomst-${regel.herkomst}">${HERKOMST_TEKST[regel.herkomst]}</span>
    </p>
    <p>${regel.tekst}</p>
    ${regel.simulatie ? html`<p class="stil">In de simulator: ${regel.simulatie}</p>` : ''}
  </div>`;
}

export function foutmeldingenView(fouten: readonly Foutmelding[], regels: ReadonlyMap<string, Regel | undefined>): Html {
  if (fouten.length === 0) return html``;
  return html`<ul class="foutmeldingen">
    ${fouten.map(
      (f) =>
        html`<li>
          <p>
            <code class="foutcode">${f.foutcode}</code> ${f.fouttekst}
            ${f.pointer ? html`<span class="stil">(${f.pointer})</span>` : ''}
          </p>
          ${regelView(f.foutcode, regels.get(f.foutcode))}
        </li>`,
    )}
  </ul>`;
}

/** The foutmeldingen in a problem+json answer, if it is one. */
export function foutmeldingenIn(body: unknown): Foutmelding[] {
  const list = (body as { foutmeldingen?: unknown } | null)?.foutmeldingen;
  return Array.isArray(list) ? (list as Foutmelding[]).filter((f) => typeof f?.foutcode === 'string') : [];
}

/** The badge of an exchange an injected fault hit (docs/storingen.md): a word, not colour alone. */
export function storingBadge(u: Pick<Uitwisseling, 'storing'>): Html {
  if (!u.storing) return html``;
  return html`<span class="label storing" title="Door een storing (${u.storing.id}) zo beantwoord, niet door de keten zelf"
    >storing ${u.storing.soort}</span
  >`;
}

export function pijl(u: Uitwisseling): Html {
  return html`<span class="van">${u.partijNaam}</span> <span aria-hidden="true">→</span
    ><span class="visueel-verborgen">naar</span> <span class="naar">${SERVICE_NAMEN[u.naar] ?? u.naar}</span>`;
}

/** One sentence a class can read: what the first exchange set in motion. */
function samenvatting(t: Tijdlijn): string {
  const eerste = t.stappen[0]!;
  const vervolg = t.stappen.length - 1;
  const onthouden = t.stappen.reduce((n, s) => n + s.onthouden.length, 0);
  const delen = [
    vervolg > 0 ? `${vervolg} ${vervolg === 1 ? 'vraag' : 'vragen'} aan andere diensten` : '',
    onthouden > 0 ? `${onthouden} ${onthouden === 1 ? 'antwoord' : 'antwoorden'} uit het geheugen` : '',
    t.postbus.length > 0 ? `${t.postbus.length} ${t.postbus.length === 1 ? 'bericht' : 'berichten'} in berichtenbussen` : '',
  ].filter(Boolean);
  const wie = `${eerste.uitwisseling.partijNaam} stuurde ${eerste.entry.operatie} naar ${SERVICE_NAMEN[eerste.entry.service]}`;
  return delen.length > 0 ? `${wie}; dat gaf ${delen.join(', ')}.` : `${wie}; verder gebeurde er niets.`;
}

export function tijdlijnView(t: Tijdlijn, regels: ReadonlyMap<string, Regel | undefined>): Html {
  if (t.stappen.length === 0) {
    return html`<p>
      Geen uitwisselingen gevonden met spoor <code>${t.traceId}</code>. Ze kunnen uit het journaal van de diensten zijn verdwenen
      (het journaal houdt de laatste regels).
    </p>`;
  }
  const schaal = (ms: number) => `${Math.min(100, (ms / t.totaalMs) * 100).toFixed(2)}%`;
  return html`<section class="tijdlijn" aria-label="Tijdlijn van spoor ${t.traceId}">
    <p class="samenvatting">${samenvatting(t)}</p>
    <p class="stil">Spoor <code>${t.traceId}</code> · ${t.stappen.length} uitwisselingen · ${Math.round(t.totaalMs)} ms</p>
    ${
      t.ontbreekt.length > 0
        ? html`<p class="waarschuwing">
            <span aria-hidden="true">▲</span> Niet bereikbaar, dus niet in deze tijdlijn:
            ${t.ontbreekt.map((s) => SERVICE_NAMEN[s]).join(', ')}.
          </p>`
        : ''
    }
    <ol class="stappen">
      ${t.stappen.map(
        (s) =>
          html`<li
            class="stap diepte-${Math.min(s.diepte, 4)}"
            data-service="${s.entry.service}"
            data-operatie="${s.entry.operatie}"
          >
            <div class="stap-kop">
              <span class="dienst-naam">${SERVICE_NAMEN[s.entry.service]}</span>
              ${pijl(s.uitwisseling)}
              <code class="operatie">${s.entry.operatie}</code>
              ${uitkomst(s.entry.status, s.uitwisseling.uitkomst)}
              <span class="duur">${s.uitwisseling.duurMs} ms</span>
              <a href="/inspecteur?regel=${s.uitwisseling.id}">details</a>
            </div>
            <div class="balk-baan" aria-hidden="true">
              <span
                class="balk ${s.uitwisseling.uitkomst}"
                style="margin-left:${schaal(s.beginMs)};width:${schaal(Math.max(s.entry.duurMs, t.totaalMs / 200))}"
              ></span>
            </div>
            ${foutmeldingenView(foutmeldingenIn(s.entry.antwoord), regels)}
            ${
              s.onthouden.length > 0
                ? html`<ul class="onthouden">
                    ${s.onthouden.map(
                      (o) =>
                        html`<li data-service="${o.service ?? ''}">
                          <span aria-hidden="true">↺</span> ${o.service ? SERVICE_NAMEN[o.service] : o.peer}:
                          <code>${o.method} ${o.path}</code> → ${o.status}, <em>uit het geheugen</em> van
                          ${SERVICE_NAMEN[s.entry.service]} (niet opnieuw gevraagd; er veranderde niets sinds de vorige vraag)
                        </li>`,
                    )}
                  </ul>`
                : ''
            }
          </li>`,
      )}
    </ol>
    ${
      t.postbus.length > 0
        ? html`<h3>In berichtenbussen gezet</h3>
            <ul class="postbus">
              ${t.postbus.map(
                (b) =>
                  html`<li data-brin="${b.brin}" data-soort="${b.soort}">
                    <span aria-hidden="true">✉</span> <strong>${b.soort}</strong> in de berichtenbus van school ${b.brin}
                    <span class="stil">(bericht ${b.berichtId}, ${b.aangemaakt})</span>
                  </li>`,
              )}
            </ul>`
        : ''
    }
  </section>`;
}
