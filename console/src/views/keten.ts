// The live page: the chain as a diagram (parties left and right, the four services in the middle)
// with an arrow per exchange, and the running list beside it. The script (web/keten.ts) adds what
// comes in over server-sent events.
import { dutchTime, type Party } from '@duo-sim/shared';
import type { Uitwisseling } from '../exchanges.js';
import { html, type Html } from '../html.js';
import { pijl, storingBadge, uitkomst } from './components.js';

export interface Knoop {
  id: string;
  naam: string;
  soort: 'dienst' | Party['rol'];
  x: number;
  y: number;
}

/** Characters of a party's name that fit its pill (210 wide, 15px text: about 8.5 per character). */
const LABEL_MAX = 23;

/** A party's name as its pill shows it: cut with an ellipsis where it would run over the edge; the
 * pill's <title> keeps the whole name for hover and screen readers. */
export function knoopLabel(naam: string): string {
  return naam.length > LABEL_MAX ? `${naam.slice(0, LABEL_MAX - 1).trimEnd()}…` : naam;
}

const DIENSTEN: Knoop[] = [
  { id: 'osr', naam: 'OSR', soort: 'dienst', x: 500, y: 90 },
  { id: 'bron', naam: 'BRON', soort: 'dienst', x: 370, y: 290 },
  { id: 'verzuim', naam: 'Verzuimregister', soort: 'dienst', x: 630, y: 290 },
  { id: 'rio', naam: 'RIO', soort: 'dienst', x: 500, y: 490 },
];

/** The diagram's height (its viewBox); a pill reaches 22 above and below its centre, its stroke 3 more. */
const HOOGTE = 560;
const RAND = 30;

/** Vendors and besturen on the left, gemeenten, DUO and the operator on the right. */
export function knopen(parties: readonly Party[]): Knoop[] {
  const links = parties.filter((p) => p.rol === 'leverancier' || p.rol === 'bestuur');
  const rechts = parties.filter((p) => p.rol === 'gemeente' || p.rol === 'duo' || p.rol === 'operator');
  const span = HOOGTE - 2 * RAND;
  const kolom = (list: Party[], x: number): Knoop[] =>
    list.map((p, i) => ({ id: p.oin, naam: p.naam, soort: p.rol, x, y: RAND + (i * span) / Math.max(1, list.length - 1) }));
  return [...DIENSTEN, ...kolom(links, 120), ...kolom(rechts, 880)];
}

export function uitwisselingRij(u: Uitwisseling): Html {
  const spoor = u.bericht ? `/berichten/${encodeURIComponent(u.bericht)}` : u.traceId ? `/sporen/${u.traceId}` : undefined;
  return html`<li class="rij ${u.uitkomst}" data-id="${u.id}">
    <time datetime="${u.tijdstip}">${dutchTime(new Date(u.tijdstip))}</time>
    ${pijl(u)}
    <code>${u.operatie}</code>
    ${uitkomst(u.status, u.uitkomst)} ${storingBadge(u)}
    ${u.foutcodes.length > 0 ? html`<span class="foutcodes">${u.foutcodes.join(', ')}</span>` : ''}
    ${spoor ? html`<a href="${spoor}">spoor</a>` : ''}
  </li>`;
}

export function ketenView(parties: readonly Party[], recent: Uitwisseling[]): Html {
  const alle = knopen(parties);
  return html`<div class="keten">
    <section class="diagram-vak" aria-label="De keten als schema">
      <svg id="diagram" viewBox="0 0 1000 ${HOOGTE}" role="img" aria-labelledby="diagram-titel">
        <title id="diagram-titel">Partijen links en rechts, de vier diensten in het midden; elke uitwisseling is een pijl</title>
        <defs>
          ${['ok', 'afgewezen', 'fout'].map(
            (u) =>
              html`<marker
                id="punt-${u}"
                class="punt ${u}"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" />
              </marker>`,
          )}
        </defs>
        <g id="pijlen"></g>
        ${alle.map(
          (k) =>
            html`<g class="knoop ${k.soort}" data-knoop="${k.id}" transform="translate(${k.x} ${k.y})">
              <rect
                x="${k.soort === 'dienst' ? -95 : -105}"
                y="-22"
                width="${k.soort === 'dienst' ? 190 : 210}"
                height="44"
                rx="${k.soort === 'dienst' ? 6 : 22}"
              />
              <title>${k.naam}</title>
              <text text-anchor="middle" dy="6">${knoopLabel(k.naam)}</text>
            </g>`,
        )}
      </svg>
      <p class="legenda">
        <span class="uitkomst ok"><span aria-hidden="true">✔</span> gelukt (2xx)</span>
        <span class="uitkomst afgewezen"><span aria-hidden="true">▲</span> geweigerd (4xx, met foutcodes)</span>
        <span class="uitkomst fout"><span aria-hidden="true">✖</span> fout (5xx of geen antwoord)</span>
        <span>Doorgetrokken, gestreept en gestippeld: ook zonder kleur te onderscheiden.</span>
      </p>
      <p id="drukte" class="drukte" role="status" hidden></p>
    </section>
    <section class="lijst-vak" aria-labelledby="lijst-titel">
      <h2 id="lijst-titel">Uitwisselingen <span class="stil">(nieuwste boven)</span></h2>
      <label class="pauze"><input type="checkbox" id="pauze" /> Pauzeer de lijst (toets p)</label>
      <ol id="lijst" class="lijst" reversed>
        ${[...recent].reverse().map(uitwisselingRij)}
      </ol>
      ${recent.length === 0 ? html`<p id="leeg" class="stil">Nog geen uitwisselingen. Start een scenario of stuur een bericht.</p>` : ''}
    </section>
  </div>`;
}
