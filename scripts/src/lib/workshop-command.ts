// `npm run sim -- workshop --deelnemers N | lijst | stop` (docs/workshop.md): prepares the running
// world for a class, shows it, or ends it. The preparing is shared/src/workshop; this file reads the
// arguments, keeps the state file and prints the links (their tokens are shown here only).
import {
  createWorkshop,
  hashWorkshopToken,
  LeverancierFout,
  newWorkshopToken,
  maakWorkshop,
  readWorkshop,
  removeWorkshop,
  updateWorkshop,
  workshopFile,
  type ServiceConfig,
  type Verstuur,
  type Workshop,
} from '@duo-sim/shared';
import { chmodSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';

export const WORKSHOP_USAGE = `  workshop --deelnemers <N> [--naam <naam>] [--html <bestand>] [--adres <url>]
                                           een workshop: per deelnemer een leverancier met twee scholen,
                                           leerlingen en een persoonlijke link (--html: een blad met QR-codes)
  workshop lijst                           de deelnemers van de workshop
  workshop link <nummer|docent> [--adres <url>]
                                           een nieuwe link voor een deelnemer of de docent (de oude werkt niet meer)
  workshop stop                            de workshop beëindigen: leveranciers en links verwijderd`;

export const STANDAARD_OPDRACHTEN = 'workshops/standaard.json';

/** Where the class reaches the console: this machine's first address on the local network. */
export function consoleAdres(env: Record<string, string | undefined>): string {
  const port = env.CONSOLE_PORT && env.CONSOLE_PORT !== '0' ? env.CONSOLE_PORT : '9440';
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal);
  return `http://${lan?.address ?? '127.0.0.1'}:${port}`;
}

export const joinLink = (adres: string, token: string) => `${adres.replace(/\/+$/, '')}/toegang/${token}`;

function beschrijf(w: Workshop): string {
  return w.deelnemers
    .map(
      (d) => `  ${String(d.nummer).padStart(2)}  ${d.naam}  OIN ${d.oin}
      scholen    ${d.scholen.map((s) => `${s.brin} ${s.naam}`).join(', ')}
      leerlingen ${d.leerlingen.map((l) => `${l.bsn} ${l.naam}`).join(', ')}`,
    )
    .join('\n');
}

export interface WorkshopDeps {
  send: Verstuur;
  config: Readonly<ServiceConfig>;
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function workshopCommand(args: string[], deps: WorkshopDeps): Promise<number> {
  const { send, config, out, err } = deps;
  const file = workshopFile(config.dataDir);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const [sub] = args;
  if (sub === 'lijst') {
    const w = readWorkshop(file);
    if (!w) {
      out('Er is geen workshop; maak er een met: npm run sim -- workshop --deelnemers <N>');
      return 0;
    }
    out(`Workshop "${w.naam}" (${w.deelnemers.length} deelnemers, opdracht ${w.geopend} geopend):\n${beschrijf(w)}`);
    out(
      'De links staan alleen in de uitvoer van het maken (en op het --html-blad); een nieuwe: npm run sim -- workshop link <nummer|docent>',
    );
    return 0;
  }
  if (sub === 'link') {
    const w = readWorkshop(file);
    const wie = args[1];
    if (!w) {
      err('Er is geen workshop; maak er een met: npm run sim -- workshop --deelnemers <N>');
      return 2;
    }
    const deelnemer = w.deelnemers.find((d) => String(d.nummer) === wie);
    if (wie !== 'docent' && !deelnemer) {
      err(`workshop link ${wie ?? ''}: geef het nummer van een deelnemer (1 tot en met ${w.deelnemers.length}) of docent.`);
      return 2;
    }
    const token = newWorkshopToken();
    const hash = hashWorkshopToken(token);
    // From the file as it is now: the console may have written progress since it was read above.
    updateWorkshop(file, (nu) =>
      deelnemer
        ? { ...nu, deelnemers: nu.deelnemers.map((d) => (d.nummer === deelnemer.nummer ? { ...d, tokenHash: hash } : d)) }
        : { ...nu, docentTokenHash: hash },
    );
    const adres = option('--adres') ?? consoleAdres(deps.env);
    out(
      `Nieuwe link voor ${deelnemer ? `deelnemer ${deelnemer.nummer} (${deelnemer.naam})` : 'de docent'}: ${joinLink(adres, token)}`,
    );
    out('De vorige link van deze persoon werkt niet meer.');
    return 0;
  }
  if (sub === 'stop') {
    const w = readWorkshop(file);
    if (!w) {
      out('Er is geen workshop.');
      return 0;
    }
    let ok = true;
    for (const d of w.deelnemers) {
      const res = await send('osr', 'DELETE', `/api/v1/leveranciers/${d.oin}`);
      // 404: already gone (a reset --zonder-eigen-leveranciers); the workshop can end all the same.
      if (res.status !== 200 && res.status !== 404) {
        err(`leverancier ${d.oin} ${d.naam}: niet verwijderd (HTTP ${res.status})`);
        ok = false;
      }
    }
    if (!ok) {
      err('De workshop blijft bestaan; probeer workshop stop opnieuw als de keten weer antwoordt.');
      return 1;
    }
    removeWorkshop(file);
    out(
      `Workshop "${w.naam}" is gestopt: ${w.deelnemers.length} leveranciers verwijderd, hun certificaten ingetrokken, de links werken niet meer.`,
    );
    return 0;
  }
  if (sub !== undefined && sub.startsWith('--') === false) {
    err(`onbekende opdracht "workshop ${sub}":\n${WORKSHOP_USAGE}`);
    return 2;
  }
  const ruw = option('--deelnemers');
  if (ruw === undefined || !/^-?\d+$/.test(ruw)) {
    err(`geef het aantal deelnemers: npm run sim -- workshop --deelnemers 12\n${WORKSHOP_USAGE}`);
    return 2;
  }
  const bestaand = readWorkshop(file);
  if (bestaand) {
    err(
      `Er is al een workshop ("${bestaand.naam}", ${bestaand.deelnemers.length} deelnemers); stop die eerst met: npm run sim -- workshop stop`,
    );
    return 2;
  }
  const naam = (option('--naam') ?? 'Workshop').trim() || 'Workshop';
  const adres = option('--adres') ?? consoleAdres(deps.env);
  if (!/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(adres)) {
    err(`--adres ${adres}: geef het adres van de console zoals de deelnemers het openen, bijvoorbeeld http://192.168.1.10:9440`);
    return 2;
  }
  try {
    const nieuw = await maakWorkshop(send, {
      naam,
      deelnemers: Number(ruw),
      opdrachten: STANDAARD_OPDRACHTEN,
      fixturesDir: config.fixturesDir,
    });
    if (!createWorkshop(file, nieuw.workshop)) {
      // Another `sim workshop` finished first; its vendors stay, this run's are in the world too.
      err('Er is intussen al een workshop gemaakt; stop die eerst met: npm run sim -- workshop stop');
      return 2;
    }
    const links = {
      docent: joinLink(adres, nieuw.docentToken),
      deelnemers: nieuw.deelnemerTokens.map((t) => joinLink(adres, t)),
    };
    out(`Workshop "${naam}" met ${nieuw.workshop.deelnemers.length} deelnemers is klaar.\n`);
    for (const d of nieuw.workshop.deelnemers) {
      out(`Deelnemer ${d.nummer}: ${d.naam}
  OIN      ${d.oin}
  scholen  ${d.scholen.map((s) => `${s.brin} ${s.naam}`).join(', ')}
  link     ${links.deelnemers[d.nummer - 1]}\n`);
    }
    out(`Docent (alleen voor u): ${links.docent}`);
    const html = option('--html');
    if (html) {
      // 0600: the sheet holds every participant's link.
      // Loaded only here: every other CLI command starts without the QR library.
      const { workshopBlad } = await import('./workshop-blad.js');
      writeFileSync(html, workshopBlad(nieuw.workshop, links), { mode: 0o600 });
      chmodSync(html, 0o600);
      out(`Het blad met QR-codes staat in ${html} (alleen voor u leesbaar: het bevat de links).`);
    }
    out(`\nDe links worden alleen nu getoond. Start de console voor de klas met: CONSOLE_HOST=0.0.0.0 npm start`);
    if (nieuw.nietGemandateerd.length > 0) {
      err(`Niet elk bestuur kon mandateren: ${nieuw.nietGemandateerd.join('; ')}.`);
      return 1;
    }
    return 0;
  } catch (e) {
    if (!(e instanceof LeverancierFout)) throw e;
    err(`${e.message}\nEr is geen workshop gemaakt.`);
    return 2;
  }
}
