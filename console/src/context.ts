// What every route of the console gets: the use cases and a way to render a page in the frame.
import type { PartyRegistry, SchemaRegistry, ServiceName } from '@duo-sim/shared';
import type { Response } from 'express';
import type { Controls } from './controls.js';
import type { JournalFeed } from './feed.js';
import type { KetentestBron } from './ketentest.js';
import type { Gateway } from './gateway.js';
import type { Html } from './html.js';
import type { LiveHub } from './live.js';
import type { Regel, RuleBook } from './rules.js';
import type { ScenarioRunner } from './scenario-runner.js';
import type { TimelineDeps } from './timeline.js';
import { page, type PageOptions } from './views/layout.js';
import { kaderVoor } from './views/workshop.js';
import type { WorkshopBron } from './workshop/bron.js';
import { wieIs } from './workshop/toegang.js';

export interface ConsoleDeps {
  gateway: Gateway;
  feed: JournalFeed;
  rules: RuleBook;
  /** The seed's parties and this world's own vendors; re-read when data/partijen.json changes. */
  parties: PartyRegistry;
  /** The services' base URLs (to name the peer of a remembered answer). */
  peers: Record<ServiceName, string>;
  /**
   * The chain's JSON Schemas, to check a bericht in the "verstuur als" form as the user types. A
   * function: compiling them all takes a second, which the console spends on first use, not at start.
   */
  schemas: () => SchemaRegistry;
  /** The bundled scripts and styles (console/dist/public). */
  publicDir: string;
  /** swagger-ui-dist's folder, for the API reference. */
  swaggerDir: string;
  /** The ketentest runs and their reports; absent in tests that show none. */
  ketentest?: KetentestBron;
  /** Workshop mode (docs/workshop.md): where the workshop is kept, and whether the console needs one to serve anybody. */
  workshop?: { bron: WorkshopBron; alleenMetWorkshop: boolean };
}

export interface ConsoleContext {
  deps: ConsoleDeps;
  hub: LiveHub;
  controls: Controls;
  runner: ScenarioRunner;
  timeline: TimelineDeps;
  render(res: Response, options: Omit<PageOptions, 'status' | 'vandaag'>, body: Html, status?: number): Promise<void>;
  /** The rule of every foutcode in the list, for the foutmeldingen views. */
  regelsVoor(foutcodes: readonly string[], service?: ServiceName): Promise<Map<string, Regel | undefined>>;
}

export function renderWith(deps: ConsoleDeps) {
  return (res: Response, options: Omit<PageOptions, 'status' | 'vandaag'>, body: Html, status = 200): Promise<void> => {
    // The date the services' journal answers last gave (asking a service would add an exchange per page view).
    const vandaag = deps.feed.vandaag();
    res
      .status(status)
      .type('html')
      .send(
        page(
          {
            // The teacher's menu has the scoreboard too; a participant's has its own pages and help.
            ...kaderVoor(wieIs(res).rol),
            ...options,
            status: deps.feed.status(),
            ...(vandaag ? { vandaag } : {}),
          },
          body,
        ),
      );
    return Promise.resolve();
  };
}
