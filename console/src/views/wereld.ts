// The world view: search, a school with everything the chain knows of it, a pupil, a gemeente.
import { pick, type OsrSchool, type Party } from '@duo-sim/shared';
import { Html, html } from '../html.js';
import type { PartyLookup } from '../exchanges.js';
import type { Gelezen, SchoolBeeld } from '../world.js';
import { pretty } from './components.js';

/** A value from an answer as text: JSON for objects, nothing for absent. */
function tekst(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

type Kolom = [string, (rij: Record<string, unknown>) => unknown];

export function tabel(rijen: ReadonlyArray<Record<string, unknown>>, kolommen: Kolom[], leeg = 'Geen.'): Html {
  if (rijen.length === 0) return html`<p class="stil">${leeg}</p>`;
  const cel = (v: unknown): Html | string => (v instanceof Html ? v : v === undefined || v === null ? '–' : tekst(v));
  return html`<div class="tabel-vak" tabindex="0">
    <table>
      <thead>
        <tr>
          ${kolommen.map(([k]) => html`<th scope="col">${k}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rijen.map(
          (r) =>
            html`<tr>
              ${kolommen.map(([, f]) => html`<td>${cel(f(r))}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

const kol = (label: string, pad: string): Kolom => [label, (r) => pick(r, pad)];

function blok<T>(titel: string, gelezen: Gelezen<T>, inhoud: (body: T) => Html): Html {
  return html`<section class="blok">
    <h2>${titel}</h2>
    ${gelezen.ok ? inhoud(gelezen.body) : html`<p class="waarschuwing"><span aria-hidden="true">▲</span> ${gelezen.waarom}</p>`}
  </section>`;
}

export function zoekView(zoek: string, scholen: Gelezen<OsrSchool[]>, parties: readonly Party[]): Html {
  const q = zoek.toLowerCase();
  const treft = (...velden: string[]) => q === '' || velden.some((v) => v.toLowerCase().includes(q));
  const bsn = /^\d{9}$/.test(zoek);
  return html`<form class="zoek" method="get" action="/wereld" role="search">
      <label>Zoek op naam, BRIN, OIN of BSN <input name="zoek" value="${zoek}" autofocus /></label>
      <button class="knop" type="submit">Zoek</button>
    </form>
    ${bsn ? html`<p><a class="knop" href="/wereld/leerlingen/${zoek}">Leerling ${zoek} in BRON bekijken</a></p>` : ''}
    ${blok('Scholen', scholen, (lijst) =>
      tabel(
        lijst.filter((s) => treft(s.naam, s.brin, s.oin, s.bestuur.naam)) as unknown as Array<Record<string, unknown>>,
        [
          ['School', (s) => html`<a href="/wereld/scholen/${tekst(s.brin)}">${tekst(s.naam)}</a>`],
          kol('BRIN', 'brin'),
          kol('OIN', 'oin'),
          kol('Bestuur', 'bestuur.naam'),
        ],
        'Geen school gevonden.',
      ),
    )}
    <section class="blok">
      <h2>Partijen</h2>
      ${tabel(
        parties.filter((p) => treft(p.naam, p.oin, p.rol)) as unknown as Array<Record<string, unknown>>,
        [
          [
            'Naam',
            (p) => (p.gemeentecode ? html`<a href="/wereld/gemeenten/${tekst(p.gemeentecode)}">${tekst(p.naam)}</a>` : p.naam),
          ],
          kol('Rol', 'rol'),
          kol('OIN', 'oin'),
          kol('Gemeentecode', 'gemeentecode'),
        ],
        'Geen partij gevonden.',
      )}
    </section>`;
}

export function schoolView(b: SchoolBeeld, parties: PartyLookup): Html {
  const naam = (oin: unknown) => (typeof oin === 'string' ? (parties.get(oin)?.naam ?? oin) : '–');
  return html`<dl class="feiten">
      <dt>BRIN</dt>
      <dd>${b.school.brin}</dd>
      <dt>OIN</dt>
      <dd><code>${b.school.oin}</code></dd>
      <dt>Bestuur</dt>
      <dd>${b.school.bestuur.naam} (bevoegd gezag ${b.school.bestuur.bevoegdGezagNummer})</dd>
      <dt>RIO-aanbieder</dt>
      <dd>${b.school.onderwijsaanbiedercode}</dd>
    </dl>
    ${blok('Mandaten (OSR)', b.mandaten, (m) =>
      tabel(m.mandaten, [
        ['Leverancier', (r) => naam(r.supplier_oin)],
        kol('Dienst', 'service'),
        kol('Vanaf', 'start_date'),
        kol('Tot (exclusief)', 'end_date'),
      ]),
    )}
    ${b.afleveradressen.map(({ dienst, gelezen }) =>
      blok(`Afleveradressen ${dienst} (OSR)`, gelezen, (e) =>
        tabel(e.endpoints, [
          ['Leverancier', (r) => naam(r.supplier_oin)],
          kol('URL', 'url'),
          kol('Vanaf', 'start_date'),
          kol('Tot', 'end_date'),
        ]),
      ),
    )}
    ${blok(
      'Onderwijsaanbieder (RIO)',
      b.aanbieder,
      (a) =>
        html`${tabel((a.periodes as Array<Record<string, unknown>>) ?? [], [kol('Naam', 'naam'), kol('Vanaf', 'begindatum'), kol('Tot', 'einddatum')])}`,
    )}
    ${blok('Locaties (RIO)', b.locaties, (l) =>
      tabel(l.onderwijslocatiegebruiken, [
        kol('Naam', 'naam'),
        kol('Locatie', 'onderwijslocatiecode'),
        kol('In bedrijf', 'inBedrijfdatum'),
        kol('Uit bedrijf', 'uitBedrijfdatum'),
      ]),
    )}
    ${blok(
      'Inschrijvingen vandaag (BRON)',
      b.inschrijvingen,
      (i) =>
        html`${tabel(i.inschrijvingen, [
          [
            'Leerling',
            (r) => {
              const pgn = String(pick(r, 'leerling.burgerservicenummer') ?? pick(r, 'leerling.onderwijsnummer'));
              return html`<a href="/wereld/leerlingen/${pgn}">${pgn}</a>`;
            },
          ],
          kol('Volgnummer', 'inschrijvingsvolgnummer'),
          kol('Vestiging', 'vestigingscode'),
          kol('Ingeschreven', 'inschrijfdatum'),
          kol('Uitgeschreven', 'uitschrijfdatum'),
        ])} `,
    )}
    ${blok(
      'Bekostiging (BRON)',
      b.bekostiging,
      (k) =>
        html`<p>Teldatum ${String(k.teldatum as string)}</p>
          ${pretty(k.totalen)}`,
    )}
    ${blok('Berichtenbus (BRON)', b.berichten, (m) =>
      tabel(
        m.berichten,
        [kol('Nr.', 'berichtId'), kol('Soort', 'soort'), kol('Aangemaakt', 'aangemaakt')],
        'De berichtenbus is leeg.',
      ),
    )}
    ${blok('Verzuimmeldingen (verzuimregister)', b.meldingen, (m) =>
      tabel(m.meldingen, [
        kol('Nummer', 'meldingsnummer'),
        kol('Soort', 'verzuimsoort'),
        kol('Status', 'status'),
        kol('Gemeente', 'woongemeente'),
      ]),
    )}`;
}

export function leerlingView(pgn: string, l: Gelezen<Record<string, unknown>>): Html {
  return blok('Wat BRON van deze leerling weet', l, (b) => {
    const inschrijvingen = (b.inschrijvingen as Array<Record<string, unknown>>) ?? [];
    return html`${inschrijvingen.map(
        (i) =>
          html`<section class="blok">
            <h3>School ${String(i.brin as string)}, inschrijving ${String(i.inschrijvingsvolgnummer as string)}</h3>
            ${tabel((i.versies as Array<Record<string, unknown>>) ?? [], [
              kol('Geaccepteerd op', 'vandaag'),
              ['Ingeschreven', (r) => pick(r, 'inschrijving.inschrijfdatum') ?? 'verwijderd'],
              kol('Uitgeschreven', 'inschrijving.uitschrijfdatum'),
              [
                'Groepen',
                (r) =>
                  ((pick(r, 'inschrijving.periodes') as Array<{ groep: number }> | undefined) ?? [])
                    .map((p) => p.groep)
                    .join(', '),
              ],
            ])}
            <h4>Resultaten</h4>
            ${Object.keys((i.resultaten as object) ?? {}).length > 0 ? pretty(i.resultaten) : html`<p class="stil">Nog geen resultaten.</p>`}
          </section>`,
      )}
      <h3>Bekostigingsstatus nu</h3>
      ${tabel((b.bekostiging as Array<Record<string, unknown>>) ?? [], [
        kol('School', 'brin'),
        kol('Volgnummer', 'inschrijvingsvolgnummer'),
        kol('Teldatum', 'teldatum'),
        kol('Status', 'status'),
        kol('Soort', 'soort'),
        kol('Redenen', 'redenen'),
      ])}`;
  });
}

export function gemeenteView(gemeente: Party, m: Gelezen<{ meldingen: Array<Record<string, unknown>> }>): Html {
  return blok(`Verzuimmeldingen doorgezet naar ${gemeente.naam}`, m, (b) =>
    tabel(b.meldingen, [
      kol('Nummer', 'meldingsnummer'),
      kol('School', 'brin'),
      kol('Soort', 'verzuimsoort'),
      kol('Status', 'status'),
    ]),
  );
}
