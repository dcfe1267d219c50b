// The pages of workshop mode: a participant's own world and opdrachten, and the teacher's scoreboard
// with the class controls (docs/workshop.md).
import type { Deelnemer, Workshop } from '@duo-sim/shared';
import type { ConsoleEntry } from '../feed.js';
import { uitkomstVan } from '../exchanges.js';
import { html, type Html } from '../html.js';
import { vulIn, type Kring, type Opdracht } from '../workshop/doelen.js';
import { pretty, uitkomst } from './components.js';
import type { NavItem, PageOptions } from './layout.js';
import { tabel } from './wereld.js';
import type { Gelezen } from '../world.js';

export const DEELNEMER_NAV: readonly NavItem[] = [
  { pad: '/', titel: 'Mijn leverancier', toets: '1' },
  { pad: '/deelnemer/verstuur', titel: 'Verstuur', toets: '2' },
  { pad: '/deelnemer/bundel', titel: 'Certificaat', toets: '3' },
];

export const DOCENT_NAV: readonly NavItem[] = [
  { pad: '/docent', titel: 'Scorebord', toets: '0' },
  { pad: '/', titel: 'Keten live', toets: '1' },
  { pad: '/scenarios', titel: "Scenario's", toets: '2' },
  { pad: '/inspecteur', titel: 'Inspecteur', toets: '3' },
  { pad: '/wereld', titel: 'Wereld', toets: '4' },
  { pad: '/verstuur', titel: 'Verstuur als', toets: '5' },
  { pad: '/bediening', titel: 'Klok en reset', toets: '6' },
  { pad: '/api-referentie', titel: 'API-referentie', toets: '7' },
];

export const DEELNEMER_HULP = '/deelnemer/hulp';

/** The menu and help page of whoever sees a page; the operator's are layout.ts's defaults. */
export function kaderVoor(rol: 'operator' | 'docent' | 'deelnemer'): Pick<PageOptions, 'nav' | 'hulp'> {
  if (rol === 'deelnemer') return { nav: DEELNEMER_NAV, hulp: DEELNEMER_HULP };
  if (rol === 'docent') return { nav: DOCENT_NAV };
  return {};
}

/** A participant's help: its own pages and keys, and what to do when stuck (the operator's /hulp is not theirs). */
export function deelnemerHulpView(): Html {
  return html`<h2>Toetsen</h2>
    <dl class="feiten">
      ${DEELNEMER_NAV.map(
        (n) =>
          html`<dt><kbd>${n.toets}</kbd></dt>
            <dd>${n.titel}</dd>`,
      )}
      <dt><kbd>g</kbd></dt>
      <dd>Grote letters aan of uit</dd>
      <dt><kbd>Tab</kbd></dt>
      <dd>Naar het volgende element; de focus is altijd zichtbaar</dd>
    </dl>
    <h2>Waar vind ik wat?</h2>
    <dl class="feiten">
      <dt>Mijn leverancier</dt>
      <dd>
        Uw scholen met de codes die een bericht nodig heeft, uw leerlingen, uw opdrachten met hun voortgang en uw eigen
        uitwisselingen. Klik op een school voor haar berichtenbus, inschrijvingen en bekostiging.
      </dd>
      <dt>Verstuur</dt>
      <dd>
        Een bericht namens uw leverancier aan een dienst van de keten. Ongeveer één per seconde; wie sneller verstuurt, krijgt 429
        en wacht even.
      </dd>
      <dt>Certificaat</dt>
      <dd>Uw certificaat, sleutel en PKCS#12 met wachtwoord, om vanaf uw eigen laptop tegen de keten te programmeren.</dd>
    </dl>
    <h2>Een foutmelding?</h2>
    <p>
      Elke foutmelding zegt in het Nederlands wat er mis is en waar (de pointer wijst het veld aan). Een opdracht klaar? Onder de
      opdracht staat dan “Zo kan het”. Komt u er niet uit, vraag het de docent.
    </p>`;
}

export function opdrachtenView(opdrachten: readonly Opdracht[], geopend: number, gedaan: readonly string[], kring: Kring): Html {
  return html`<ol class="opdrachten">
      ${opdrachten.slice(0, geopend).map((o) => {
        const klaar = gedaan.includes(o.id);
        return html`<li class="opdracht ${klaar ? 'klaar' : ''}" data-opdracht="${o.id}">
          <h3>${o.titel} <span class="voortgang">${klaar ? '✔ gedaan' : '… nog niet gedaan'}</span></h3>
          <p>${vulIn(o.tekst, kring)}</p>
          ${
            klaar
              ? html`<details>
                  <summary>Zo kan het</summary>
                  <p>${vulIn(o.antwoord, kring)}</p>
                </details>`
              : ''
          }
        </li>`;
      })}
    </ol>
    ${geopend < opdrachten.length ? html`<p class="stil">De docent opent de volgende opdracht.</p>` : ''}`;
}

export function deelnemerView(input: { deelnemer: Deelnemer; opdrachten: Html; uitwisselingen: readonly ConsoleEntry[] }): Html {
  const d = input.deelnemer;
  return html`<p>U bent de leverancier <strong>${d.naam}</strong>, OIN <code>${d.oin}</code>.</p>
    <h2>Opdrachten</h2>
    ${input.opdrachten}
    <h2>Uw scholen</h2>
    <ul class="kaarten">
      ${d.scholen.map(
        (s) =>
          html`<li class="kaart">
            <h3><a href="/deelnemer/scholen/${s.brin}">${s.brin} ${s.naam}</a></h3>
            <dl class="feiten">
              <dt>OIN</dt>
              <dd><code>${s.school_oin}</code></dd>
              <dt>Vestiging</dt>
              <dd><code>${s.vestigingscode}</code></dd>
              <dt>Aanbieder</dt>
              <dd><code>${s.onderwijsaanbiedercode}</code></dd>
              <dt>Locatie</dt>
              <dd><code>${s.onderwijslocatiecode}</code></dd>
            </dl>
          </li>`,
      )}
    </ul>
    <h2>Uw leerlingen</h2>
    ${tabel(d.leerlingen as unknown as ReadonlyArray<Record<string, unknown>>, [
      ['BSN', (r) => r.bsn],
      ['Naam', (r) => r.naam],
      ['Geboren', (r) => r.geboortedatum],
      ['Gemeente', (r) => r.gemeentecode],
    ])}
    <h2>Uw uitwisselingen</h2>
    ${
      input.uitwisselingen.length === 0
        ? html`<p>Nog geen: verstuur een bericht.</p>`
        : html`<ul class="lijst">
            ${input.uitwisselingen.map(
              (e) =>
                html`<li>
                  ${uitkomst(e.status, uitkomstVan(e.status))} ${e.service.toUpperCase()}
                  <code>${e.operatie}</code> ${e.foutcodes.join(', ')}
                  <a href="/deelnemer/uitwisselingen/${e.service}/${e.seq}">bekijk</a>
                </li>`,
            )}
          </ul>`
    }`;
}

export function deelnemerSchoolView(input: {
  berichten: Gelezen<{ berichten: Array<Record<string, unknown>> }>;
  inschrijvingen: Gelezen<{ inschrijvingen: Array<Record<string, unknown>> }>;
  bekostiging: Gelezen<Record<string, unknown>>;
}): Html {
  const deel = <T>(titel: string, g: Gelezen<T>, toon: (b: T) => Html) =>
    html`<h2>${titel}</h2>
      ${g.ok ? toon(g.body) : html`<p class="waarschuwing">${g.waarom}</p>`}`;
  return html`${deel('Berichtenbus', input.berichten, (b) =>
    b.berichten.length === 0
      ? html`<p>Leeg.</p>`
      : html`<ul class="lijst berichtenbus">
          ${b.berichten.map((m) => html`<li><strong>${String(m.soort)}</strong> ${pretty(m)}</li>`)}
        </ul>`,
  )}
  ${deel('Inschrijvingen', input.inschrijvingen, (b) => pretty(b.inschrijvingen))}
  ${deel('Bekostiging', input.bekostiging, (b) => pretty(b))}`;
}

export function scorebordView(workshop: Workshop, opdrachten: readonly Opdracht[], behaald: Record<string, string[]>): Html {
  const open = opdrachten.slice(0, workshop.geopend);
  return html`<table class="scorebord" id="scorebord">
    <caption>
      ${workshop.naam}: ${workshop.deelnemers.length} deelnemers, ${open.length} van ${opdrachten.length} opdrachten geopend
    </caption>
    <thead>
      <tr>
        <th scope="col">Deelnemer</th>
        ${open.map((o) => html`<th scope="col">${o.titel}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${workshop.deelnemers.map(
        (d) =>
          html`<tr data-deelnemer="${d.nummer}">
            <th scope="row">${d.nummer}. ${d.naam}</th>
            ${open.map((o) =>
              (behaald[d.oin] ?? []).includes(o.id)
                ? html`<td class="klaar" data-opdracht="${o.id}">✔ gedaan</td>`
                : html`<td data-opdracht="${o.id}">–</td>`,
            )}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function docentView(scorebord: Html, workshop: Workshop, totaal: number): Html {
  return html`<div id="scorebord-vak" aria-live="polite">${scorebord}</div>
    <h2>Voor de hele klas</h2>
    <div class="rij-velden">
      <form method="post" action="/docent/volgende">
        <button class="knop groot" type="submit" ${workshop.geopend >= totaal ? html`disabled` : ''}>
          Volgende opdracht openen
        </button>
      </form>
      <form method="post" action="/docent/klok">
        <label>Klok naar <input name="vandaag" value="2027-02-01" pattern="\\d{4}-\\d{2}-\\d{2}" required /></label>
        <button class="knop" type="submit">Zet de klok</button>
      </form>
    </div>
    <form method="post" action="/docent/storing">
      <button class="knop" type="submit">Onderhoud voor iedereen (5 minuten)</button>
    </form>`;
}
