// The frame of every page: header with the simulated date and the services' state, the navigation
// (with its keyboard keys), a skip link, and the page's own script.
import type { ServiceStatus } from '../feed.js';
import { html, type Html } from '../html.js';

export interface NavItem {
  pad: string;
  titel: string;
  toets: string;
}

export const NAV: readonly NavItem[] = [
  { pad: '/', titel: 'Keten live', toets: '1' },
  { pad: '/scenarios', titel: "Scenario's", toets: '2' },
  { pad: '/inspecteur', titel: 'Inspecteur', toets: '3' },
  { pad: '/wereld', titel: 'Wereld', toets: '4' },
  { pad: '/verstuur', titel: 'Verstuur als', toets: '5' },
  { pad: '/bediening', titel: 'Klok en reset', toets: '6' },
  { pad: '/api-referentie', titel: 'API-referentie', toets: '7' },
  { pad: '/leveranciers', titel: 'Nieuwe leverancier', toets: '8' },
  { pad: '/ketentest', titel: 'Ketentest', toets: '9' },
];

export const SERVICE_NAMEN: Record<string, string> = { rio: 'RIO', osr: 'OSR', bron: 'BRON', verzuim: 'Verzuimregister' };

export interface PageOptions {
  titel: string;
  actief: string;
  /** The bundled script of the page (console/web/<naam>.ts), if it has one. */
  script?: string;
  status: ServiceStatus[];
  vandaag?: string;
  extraHead?: Html;
  /** The menu; a workshop participant sees its own (console/src/routes/deelnemer.ts). */
  nav?: readonly NavItem[];
  /** The help page the `?` key and the footer open; a workshop participant has its own (views/workshop.ts). */
  hulp?: string;
}

export function statusPills(status: ServiceStatus[]): Html {
  return html`${status.map(
    (s) =>
      html`<li class="dienst ${s.bereikbaar ? 'op' : 'neer'}" data-dienst="${s.service}" title="${s.fout ?? ''}">
        <span class="teken" aria-hidden="true">${s.bereikbaar ? '●' : '✖'}</span>
        ${SERVICE_NAMEN[s.service]}: <span class="toestand">${s.bereikbaar ? 'bereikbaar' : 'niet bereikbaar'}</span>
      </li>`,
  )}`;
}

export function page(options: PageOptions, body: Html): string {
  const down = options.status.filter((s) => !s.bereikbaar);
  const nav = options.nav ?? NAV;
  return html`<!doctype html>
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.titel} · duo-sim console</title>
        <link rel="stylesheet" href="/static/console.css" />
        <link rel="icon" href="data:," />
        ${options.extraHead}
        <script>
          // Before the first paint, so large type does not flash small.
          if (localStorage.getItem('grootschrift') === 'ja') document.documentElement.classList.add('groot');
        </script>
      </head>
      <body>
        <a class="overslaan" href="#inhoud">Naar de inhoud</a>
        <header class="kop">
          <div class="merk"><strong>duo-sim</strong> ketenconsole</div>
          <div class="datum">Gesimuleerde datum: <strong id="vandaag">${options.vandaag ?? 'onbekend'}</strong></div>
          <ul class="diensten" id="diensten" aria-label="Diensten">
            ${statusPills(options.status)}
          </ul>
          <button type="button" id="grootschrift" class="knop klein" aria-pressed="false" title="Toets g">Grote letters</button>
        </header>
        <nav class="menu" aria-label="Hoofdmenu">
          <ul>
            ${nav.map(
              (n) =>
                html`<li>
                  <a href="${n.pad}" ${n.pad === options.actief ? html`aria-current="page"` : ''} data-toets="${n.toets}"
                    ><span class="toets" aria-hidden="true">${n.toets}</span> ${n.titel}</a
                  >
                </li>`,
            )}
          </ul>
        </nav>
        <div id="storing" class="storing" role="status" aria-live="polite" ${down.length === 0 ? html`hidden` : ''}>
          ${
            down.length > 0
              ? html`<span aria-hidden="true">✖</span> Niet bereikbaar: ${down.map((s) => SERVICE_NAMEN[s.service]).join(', ')}.
                  De console werkt door met de andere diensten.`
              : ''
          }
        </div>
        <main id="inhoud" tabindex="-1">
          <h1>${options.titel}</h1>
          ${body}
        </main>
        <footer class="voet">
          Toetsen: <kbd>${nav[0]!.toets}</kbd>–<kbd>${nav[nav.length - 1]!.toets}</kbd> pagina's, <kbd>g</kbd> grote letters,
          <kbd>?</kbd> <a id="hulp" href="${options.hulp ?? '/hulp'}">hulp</a>. Alle tijden in de gesimuleerde keten; niets
          verlaat deze computer.
        </footer>
        <!-- Every page script includes algemeen (keys, large type, the services' state): one event stream per page. -->
        <script src="/static/${options.script ?? 'algemeen'}.js" defer></script>
      </body>
    </html>`.text;
}
