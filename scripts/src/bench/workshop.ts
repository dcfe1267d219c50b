// The `workshop` bench phase (issue 18, docs/workshop.md#limits): one chain with a
// workshop of 40 participants, each sending one bericht a second through the console's participant
// send API (POST /api/deelnemer/verstuur with its own cookie: the path of the "Verstuur" page, which
// sends with the participant's vendor certificate), while the teacher's scoreboard is open in a
// headless Chromium. Measures the participants' answer times against the same path with nothing
// else going on, and the scoreboard's delay: from the answer of an exchange that completes an
// opdracht to its cell turning "gedaan" on the teacher's page. Only 127.0.0.1; bounded in time.
import { DUO_OIN, readWorkshop, workshopFile, type Deelnemer } from '@duo-sim/shared';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium.js';
import { REPO_ROOT, sleep } from './processes.js';
import { consolePid, cpuSeconds } from './cpu.js';

export const WORKSHOP_DEELNEMERS = 40;
/** After the load, how long the scoreboard may take to show the last completions before they count as missed. */
const NALOOP_MS = 10_000;

export interface WorkshopFigures {
  deelnemers: number;
  seconds: number;
  /** Every participant's send during the load: the console's answer time, ms. */
  answersMs: number[];
  /** The same path with nothing else going on: one read per participant, one after another, connections open. */
  idleMs: number[];
  /** How many answers of each kind during the load: `keten 201` (the chain's status, through the console) or `console 429`. */
  statuses: Record<string, number>;
  /** Per completed opdracht: its exchange answered → its cell done on the teacher's page, ms. */
  scoreboardMs: number[];
  /** Completions sent whose cell did not turn within NALOOP_MS after the load. */
  missed: number;
  /** `sim workshop --deelnemers 40` against the running chain, ms. */
  prepareMs: number;
  /** CPU seconds (user + system) during the load: the console's process, the chain's (the four services), and this one's (the 40 participants). */
  cpuS: { console: number; chain: number; deelnemers: number };
}

type Verzoek = { service: 'bron'; methode: 'GET' | 'POST'; pad: string; body?: unknown };

const leeftijd = (geboortedatum: string, vandaag: string) =>
  Number(vandaag.slice(0, 4)) - Number(geboortedatum.slice(0, 4)) - (vandaag.slice(5) < geboortedatum.slice(5) ? 1 : 0);

/** An inschrijving as a participant types it (docs/workshop.md, opdracht 1); `locatieVan` makes opdracht 2's mistake. */
function inschrijving(d: Deelnemer, leerling: number, vandaag: string, locatieVan = 0): Verzoek {
  const s = d.scholen[0]!;
  const l = d.leerlingen[leerling]!;
  return {
    service: 'bron',
    methode: 'POST',
    pad: '/inschrijvingen',
    body: {
      bedrijfsdocument: {
        identificatiecodeBedrijfsdocument: randomUUID(),
        verzendendeInstantie: s.school_oin,
        ontvangendeInstantie: DUO_OIN,
        datumTijdBedrijfsdocument: `${vandaag}T09:00:00Z`,
      },
      inschrijving: {
        leerling: { burgerservicenummer: l.bsn },
        inschrijvingsvolgnummer: `W-${d.nummer}-${leerling}`,
        vestigingscode: s.vestigingscode,
        onderwijsaanbiedercode: s.onderwijsaanbiedercode,
        onderwijslocatiecode: d.scholen[locatieVan]!.onderwijslocatiecode,
        soortOnderwijs: 'BAO',
        inschrijfdatum: vandaag,
        periodes: [{ begindatum: vandaag, groep: Math.min(8, Math.max(1, leeftijd(l.geboortedatum, vandaag) - 3)) }],
      },
    },
  };
}

/**
 * What participant `i` sends in second `s`: mostly the reads a LAS polls with (mailbox, inschrijvingen,
 * bekostiging of either school), and at a second of its own (spread over the run, so completions
 * arrive all along) opdracht 1, then opdracht 2: a refused inschrijving and its repair.
 */
function plan(d: Deelnemer, i: number, n: number, seconds: number, vandaag: string) {
  const eerste = 1 + Math.floor((i * Math.max(1, seconds - 8)) / n);
  return (s: number): { verzoek: Verzoek; voltooit?: string } => {
    if (s === eerste) return { verzoek: inschrijving(d, 0, vandaag), voltooit: 'inschrijven' };
    if (s === eerste + 2) return { verzoek: inschrijving(d, 1, vandaag, 1) };
    if (s === eerste + 3) return { verzoek: inschrijving(d, 1, vandaag), voltooit: 'herstellen' };
    const school = d.scholen[s % 2]!.brin;
    const lees = ['berichten', 'inschrijvingen', 'bekostiging'][s % 3]!;
    return { verzoek: { service: 'bron', methode: 'GET', pad: `/scholen/${school}/${lees}` } };
  };
}

/** The teacher's page: notes (in the browser's clock) when each participant × opdracht cell turns done. */
const MARK_KLAAR = `(() => {
  window.klaar = {};
  const scan = () => {
    for (const td of document.querySelectorAll('tr[data-deelnemer] td.klaar[data-opdracht]')) {
      const key = td.closest('tr').getAttribute('data-deelnemer') + ':' + td.getAttribute('data-opdracht');
      window.klaar[key] ??= Date.now();
    }
  };
  scan();
  new MutationObserver(scan).observe(document.getElementById('scorebord-vak'), { childList: true, subtree: true });
})()`;

export async function measureWorkshop(o: {
  consoleUrl: string;
  dataDir: string;
  /** The chain's process (start-all), whose child the console is. */
  chainPid: number;
  /** The chain's environment, for the CLI. */
  env: Record<string, string>;
  vandaag: string;
  seconds: number;
  log: (msg: string) => void;
}): Promise<WorkshopFigures> {
  const n = WORKSHOP_DEELNEMERS;
  const url = (path: string) => new URL(path, o.consoleUrl).toString();
  const t0 = performance.now();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(REPO_ROOT, 'scripts', 'dist', 'cli.js'), 'workshop', '--deelnemers', String(n), '--adres', o.consoleUrl],
    { env: o.env, maxBuffer: 10 * 2 ** 20 },
  );
  const prepareMs = performance.now() - t0;
  const tokens = [...stdout.matchAll(/\/toegang\/([A-Za-z0-9_-]{43})/g)].map((m) => m[1]!);
  if (tokens.length !== n + 1) throw new Error(`sim workshop printed ${tokens.length} links, expected ${n + 1}:\n${stdout}`);
  const deelnemers = readWorkshop(workshopFile(o.dataDir))!.deelnemers;
  o.log(`workshop: ${n} participants prepared in ${(prepareMs / 1000).toFixed(1)} s`);

  // Each participant joins with its link, as its browser would: the link is swapped for a cookie.
  const cookies = await Promise.all(
    tokens.slice(0, n).map(async (token) => {
      const res = await fetch(url(`/toegang/${token}`), { redirect: 'manual' });
      const cookie = res.headers.get('set-cookie')?.split(';')[0];
      if (res.status !== 303 || !cookie) throw new Error(`join link answered ${res.status}`);
      return cookie;
    }),
  );
  const statuses: Record<string, number> = {};
  /** One send as participant `i`; `tel`: counted in the statuses (the load's, not the baseline's). */
  const send = async (i: number, verzoek: Verzoek, tel = true): Promise<{ ms: number; at: number; keten?: number }> => {
    const started = performance.now();
    const res = await fetch(url('/api/deelnemer/verstuur'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies[i]! },
      body: JSON.stringify({ ...verzoek, tekst: verzoek.body === undefined ? '' : JSON.stringify(verzoek.body) }),
    });
    const body = (await res.json()) as { status?: number };
    const ms = performance.now() - started;
    const key = res.status === 200 ? `keten ${body.status}` : `console ${res.status}`;
    if (tel) statuses[key] = (statuses[key] ?? 0) + 1;
    return { ms, at: Date.now(), ...(res.status === 200 && body.status !== undefined ? { keten: body.status } : {}) };
  };

  // The baseline: the same path, one participant after another, nothing else going on. The first
  // round opens each participant's connection from the console to BRON (its certificate); the second is measured.
  let idleMs: number[] = [];
  for (let ronde = 0; ronde < 2; ronde++) {
    idleMs = [];
    for (let i = 0; i < n; i++) {
      const d = deelnemers[i]!;
      idleMs.push(
        (await send(i, { service: 'bron', methode: 'GET', pad: `/scholen/${d.scholen[0]!.brin}/berichten` }, false)).ms,
      );
    }
  }

  const browser = await launchChromium();
  try {
    const docent: Page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await docent.goto(url(`/toegang/${tokens[n]!}`));
    if (!docent.url().endsWith('/docent')) throw new Error(`the teacher's link led to ${docent.url()}`);
    // The teacher opens opdracht 2 for the class, as in the room: the scoreboard shows opened opdrachten only.
    await Promise.all([
      docent.waitForURL(url('/docent')),
      docent.getByRole('button', { name: 'Volgende opdracht openen' }).click(),
    ]);
    await docent.evaluate(MARK_KLAAR);

    o.log(`workshop: ${n} participants × 1 bericht/s for ${o.seconds} s, the teacher's scoreboard open`);
    const answersMs: number[] = [];
    const voltooid = new Map<string, number>();
    const consoleProces = consolePid(o.chainPid) ?? NaN;
    const cpuVoor = { console: cpuSeconds(consoleProces), chain: cpuSeconds(o.chainPid), deelnemers: process.cpuUsage() };
    const start = performance.now() + 500;
    await Promise.all(
      deelnemers.map(async (d, i) => {
        const wat = plan(d, i, n, o.seconds, o.vandaag);
        for (let s = 0; s < o.seconds; s++) {
          // Spread over the second, as forty people clicking would be; a late answer is not made up twice.
          const wait = start + s * 1000 + (i * 1000) / n - performance.now();
          if (wait > 0) await sleep(wait);
          const { verzoek, voltooit } = wat(s);
          const r = await send(i, verzoek);
          answersMs.push(r.ms);
          // Only an accepted inschrijving completes the opdracht; a refused one shows in the statuses.
          if (voltooit && r.keten === 201) voltooid.set(`${d.nummer}:${voltooit}`, r.at);
        }
      }),
    );

    const eigen = process.cpuUsage(cpuVoor.deelnemers);
    const cpuS = {
      console: cpuSeconds(consoleProces) - cpuVoor.console,
      chain: cpuSeconds(o.chainPid) - cpuVoor.chain,
      deelnemers: (eigen.user + eigen.system) / 1e6,
    };
    const alle = async () => docent.evaluate<Record<string, number>>('window.klaar');
    const einde = Date.now() + NALOOP_MS;
    let klaar = await alle();
    while ([...voltooid.keys()].some((k) => !(k in klaar)) && Date.now() < einde) {
      await sleep(200);
      klaar = await alle();
    }
    const scoreboardMs = [...voltooid].filter(([k]) => k in klaar).map(([k, at]) => Math.max(0, klaar[k]! - at));
    return {
      deelnemers: n,
      seconds: o.seconds,
      answersMs,
      idleMs,
      statuses,
      scoreboardMs,
      missed: voltooid.size - scoreboardMs.length,
      prepareMs,
      cpuS,
    };
  } finally {
    await browser.close();
  }
}
