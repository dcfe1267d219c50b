// The console's figures (docs/console.md): first paint against a bare page in the same browser, the
// size of its scripts and styles gzipped, how soon an exchange shows in the live view after its
// answer, and how fast a click is answered while the throughput load runs, against the same clicks
// with no load. Debian's Chromium, headless, driven by playwright-core; only 127.0.0.1.
import { findParty, loadParties, loadPartyTls, createServiceClient, readBody, DEFAULT_FIXTURES_DIR } from '@duo-sim/shared';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromiumProfile } from '../lib/chromium.js';
import { median, runLoad, type LoadOptions } from './load.js';
import { REPO_ROOT } from './processes.js';

export interface ConsoleFigures {
  firstPaintMs: number;
  bareFirstPaintMs: number;
  assetsGzipKb: number;
  assetFiles: number;
  /** Answer → row in the live list, per sample. */
  visibleMs: number[];
  idleClicks: Click[];
  loadedClicks: Click[];
  loadPerSecond: number;
}

/** The console's own scripts and styles as the build made them (the API reference's Swagger UI apart). */
export function consoleAssets(): { gzipBytes: number; files: number } {
  const dir = join(REPO_ROOT, 'console', 'dist', 'public');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  return { gzipBytes: files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f))).length, 0), files: files.length };
}

// Run in the page (as text: this project is compiled without the DOM's types).
const FIRST_PAINT = `new Promise((resolve) => {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  if (fcp) return resolve(fcp.startTime);
  new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
})`;
const MARK_ROWS = `(() => {
  window.gezien = {};
  new MutationObserver((muts) => {
    for (const m of muts)
      for (const n of m.addedNodes) {
        const a = n.querySelector && n.querySelector('a[href^="/berichten/"]');
        if (a) window.gezien[decodeURIComponent(a.getAttribute('href').slice('/berichten/'.length))] ??= Date.now();
      }
  }).observe(document.getElementById('lijst'), { childList: true });
})()`;

async function firstPaint(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate<number>(FIRST_PAINT);
}

/** Remembers when the user clicked (absolute ms), for the page the click leads to. */
const NOTE_CLICK = `document.addEventListener('click', (e) => sessionStorage.setItem('klik', String(performance.timeOrigin + e.timeStamp)), true)`;
/** [click → the next page's answer received, click → its first paint], in the browser (not the driver's round trips). */
const SINCE_CLICK = `${FIRST_PAINT}.then((fcp) => {
  const klik = Number(sessionStorage.getItem('klik'));
  const nav = performance.getEntriesByType('navigation')[0];
  return [performance.timeOrigin + nav.responseEnd - klik, performance.timeOrigin + fcp - klik];
})`;

export interface Click {
  answeredMs: number;
  paintedMs: number;
}

async function clicks(page: Page, consoleUrl: string, n: number): Promise<Click[]> {
  await page.goto(new URL('/inspecteur', consoleUrl).toString());
  const times: Click[] = [];
  for (let i = 0; i < n; i++) {
    // Back and forth between the inspector (filters over the whole window) and the live page.
    const key = i % 2 === 0 ? '1' : '3';
    await page.evaluate(NOTE_CLICK);
    await Promise.all([page.waitForEvent('domcontentloaded'), page.click(`nav.menu a[data-toets="${key}"]`)]);
    const [answeredMs, paintedMs] = await page.evaluate<[number, number]>(SINCE_CLICK);
    times.push({ answeredMs, paintedMs });
  }
  return times;
}

export async function measureConsole(o: {
  consoleUrl: string;
  bronUrl: string;
  pkiDir: string;
  load: Omit<LoadOptions, 'url' | 'path' | 'pkiDir'>;
  log: (msg: string) => void;
}): Promise<ConsoleFigures> {
  const bare = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>duo-sim</p>'),
  );
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;
  const browser = await launchChromiumProfile({ width: 1366, height: 900 });
  const context = browser.context;
  try {
    const page = await context.newPage();
    // First paint: warm the browser once, then the median of five, for the console and for a bare page.
    await firstPaint(page, bareUrl);
    const bareRuns: number[] = [];
    const consoleRuns: number[] = [];
    for (let i = 0; i < 5; i++) {
      bareRuns.push(await firstPaint(page, bareUrl));
      consoleRuns.push(await firstPaint(page, o.consoleUrl));
    }
    o.log(`console: first paint ${median(consoleRuns).toFixed(0)} ms (bare page ${median(bareRuns).toFixed(0)} ms)`);

    // Answer → visible: a vendor sends a bericht; the live page marks when its row appears.
    await page.goto(o.consoleUrl);
    await page.evaluate(MARK_ROWS);
    const parties = loadParties(join(DEFAULT_FIXTURES_DIR, 'parties.json'));
    const plaza = findParty('plaza', parties) as { oin: string };
    const client = createServiceClient(o.bronUrl, loadPartyTls(o.pkiDir, plaza.oin), { connections: 1 });
    const visible: number[] = [];
    try {
      for (let i = 0; i < 10; i++) {
        const body = readBody(join('docs', 'examples', 'bron', 'inschrijving.json'), true) as {
          bedrijfsdocument: { identificatiecodeBedrijfsdocument: string };
        };
        const id = body.bedrijfsdocument.identificatiecodeBedrijfsdocument;
        await client.request('POST', '/inschrijvingen', body);
        const answered = Date.now();
        const seenAt = await page
          // A function, not a string: the console's Content-Security-Policy forbids eval.
          .waitForFunction((key) => (globalThis as unknown as { gezien: Record<string, number> }).gezien[key], id, {
            timeout: 5000,
          })
          .then((h) => h.jsonValue() as Promise<number>)
          .catch(() => NaN);
        visible.push(Math.max(0, seenAt - answered));
        await new Promise((r) => setTimeout(r, 300));
      }
    } finally {
      await client.close();
    }
    o.log(`console: exchange visible after ${median(visible).toFixed(0)} ms (median), max ${Math.max(...visible).toFixed(0)} ms`);

    // Clicks with no load, then while the throughput load runs.
    const idle = await clicks(page, o.consoleUrl, 10);
    const load = runLoad({ ...o.load, url: o.bronUrl, path: '/inschrijvingen', pkiDir: o.pkiDir });
    await new Promise((r) => setTimeout(r, 3000));
    const loaded = await clicks(page, o.consoleUrl, 10);
    const result = await load;
    const answered = (c: Click[]) => median(c.map((x) => x.answeredMs)).toFixed(0);
    o.log(
      `console: click answered after ${answered(idle)} ms idle, ${answered(loaded)} ms under ${result.perSecond.toFixed(0)}/s`,
    );
    const assets = consoleAssets();
    return {
      firstPaintMs: median(consoleRuns),
      bareFirstPaintMs: median(bareRuns),
      assetsGzipKb: assets.gzipBytes / 1024,
      assetFiles: assets.files,
      visibleMs: visible,
      idleClicks: idle,
      loadedClicks: loaded,
      loadPerSecond: result.perSecond,
    };
  } finally {
    await browser.close();
    bare.close();
  }
}
