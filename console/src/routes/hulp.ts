// The help page: what each page is for and the keyboard keys (also in docs/console.md).
import { Router } from 'express';
import type { ConsoleContext } from '../context.js';
import { html } from '../html.js';
import { NAV } from '../views/layout.js';
import { kaderVoor } from '../views/workshop.js';
import { wieIs } from '../workshop/toegang.js';

export function hulpRoutes(ctx: ConsoleContext): Router {
  const router = Router();
  router.get('/hulp', async (_req, res) => {
    // The teacher's keys are its own menu's (with the scoreboard); a participant never gets here (app.ts).
    const nav = kaderVoor(wieIs(res).rol).nav ?? NAV;
    await ctx.render(
      res,
      { titel: 'Hulp', actief: '' },
      html`<h2>Toetsen</h2>
        <dl class="feiten">
          ${nav.map(
            (n) =>
              html`<dt><kbd>${n.toets}</kbd></dt>
                <dd>${n.titel}</dd>`,
          )}
          <dt><kbd>g</kbd></dt>
          <dd>Grote letters aan of uit (voor een beamer)</dd>
          <dt><kbd>v</kbd></dt>
          <dd>Volgende stap van een scenario</dd>
          <dt><kbd>p</kbd></dt>
          <dd>Pauzeer de lijst van uitwisselingen</dd>
          <dt><kbd>Tab</kbd></dt>
          <dd>Naar het volgende element; de focus is altijd zichtbaar</dd>
        </dl>
        <h2>Kleuren</h2>
        <p>
          Gelukt, geweigerd en fout hebben elk een eigen kleur (blauw, oranje, rood-oranje: ook met kleurenblindheid te
          onderscheiden), een eigen teken (✔, ▲, ✖), een eigen lijn (doorgetrokken, gestreept, gestippeld) en staan er in woorden
          bij.
        </p>`,
    );
  });
  return router;
}
