// Plays a scenario (shared/src/scenarios) one step at a time for the console's page: the same
// definitions and requests as `npm run sim -- scenario`, each step in a trace of its own so the page
// can show what the step caused. One run at a time; starting again starts over.
import {
  findParty,
  pick,
  SCENARIOS,
  stapVerzoek,
  StapFout,
  type PartyRegistry,
  type Scenario,
  type ServiceName,
} from '@duo-sim/shared';
import type { Controls } from './controls.js';
import { isUnreachable, newConsoleTrace, type Gateway } from './gateway.js';

export interface GespeeldeStap {
  nummer: number;
  uitleg: string;
  /** What was sent, as the CLI prints it ("plaza POST /inschrijvingen"). */
  verzoek: string;
  service?: ServiceName;
  status?: number;
  verwacht?: number;
  ok: boolean;
  /** The fields the walk-through shows (or the whole answer). */
  getoond: Array<{ veld: string; waarde: unknown }>;
  antwoord?: unknown;
  traceId: string;
  fout?: string;
}

export interface ScenarioRun {
  naam: string;
  scenario: Scenario;
  gespeeld: GespeeldeStap[];
  /** Index of the next step; equal to the number of steps when done. */
  volgende: number;
  gestopt: boolean;
  start: { ok: boolean; tekst: string };
}

export interface ScenarioRunner {
  huidige(): ScenarioRun | undefined;
  start(naam: string): Promise<ScenarioRun>;
  volgende(): Promise<ScenarioRun>;
}

export class ScenarioFout extends Error {}

export function createScenarioRunner(deps: { gateway: Gateway; controls: Controls; parties: PartyRegistry }): ScenarioRunner {
  let run: ScenarioRun | undefined;
  let bewaard: Record<string, string> = {};
  let busy: Promise<unknown> = Promise.resolve();
  // Steps are sent one after the other even when a user double-clicks.
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = busy.then(fn, fn);
    busy = next.catch(() => undefined);
    return next;
  };

  async function playStep(r: ScenarioRun): Promise<void> {
    const stap = r.scenario.stappen[r.volgende]!;
    const nummer = r.volgende + 1;
    const traceId = newConsoleTrace();
    if ('klok' in stap) {
      const results = await deps.controls.zetKlok(stap.klok, traceId);
      const ok = results.every((x) => x.ok);
      r.gespeeld.push({
        nummer,
        uitleg: stap.uitleg,
        verzoek: `klok ${stap.klok} op alle diensten`,
        ok,
        getoond: results.map((x) => ({ veld: x.service, waarde: x.tekst })),
        traceId,
        ...(ok ? {} : { fout: 'De klok kon niet overal gezet worden.' }),
      });
      r.volgende++;
      if (!ok) r.gestopt = true;
      return;
    }
    const party = findParty(stap.als, deps.parties.all());
    let verzoek;
    try {
      if ('fout' in party) throw new StapFout(party.fout);
      verzoek = stapVerzoek(stap, bewaard);
    } catch (err) {
      r.gespeeld.push({
        nummer,
        uitleg: stap.uitleg,
        verzoek: `${stap.als} ${stap.methode} ${stap.pad}`,
        ok: false,
        getoond: [],
        traceId,
        fout: (err as Error).message,
      });
      r.gestopt = true;
      return;
    }
    const res = await deps.gateway.send(verzoek.service, stap.methode, verzoek.path, {
      body: verzoek.body,
      als: party.oin,
      traceId,
    });
    const beschrijving = `${stap.als} ${stap.methode} ${verzoek.pad}${stap.bestand ? ` ${stap.bestand}` : ''}`;
    if (isUnreachable(res)) {
      r.gespeeld.push({
        nummer,
        uitleg: stap.uitleg,
        verzoek: beschrijving,
        service: verzoek.service,
        ok: false,
        getoond: [],
        traceId,
        fout: res.onbereikbaar,
      });
      r.gestopt = true;
      return;
    }
    for (const [k, veld] of Object.entries(stap.bewaar ?? {})) bewaard[k] = String(pick(res.body, veld));
    const ok = res.status === stap.verwacht;
    r.gespeeld.push({
      nummer,
      uitleg: stap.uitleg,
      verzoek: beschrijving,
      service: verzoek.service,
      status: res.status,
      verwacht: stap.verwacht,
      ok,
      getoond: (stap.toon ?? []).map((veld) => ({ veld, waarde: pick(res.body, veld) })),
      antwoord: res.body,
      traceId,
      ...(ok ? {} : { fout: `Verwacht was HTTP ${stap.verwacht}; het scenario stopt hier.` }),
    });
    r.volgende++;
    if (!ok) r.gestopt = true;
  }

  return {
    huidige: () => run,
    start: (naam) =>
      serial(async () => {
        const scenario = SCENARIOS[naam];
        if (!scenario) throw new ScenarioFout(`Er is geen scenario "${naam}".`);
        bewaard = {};
        // As the CLI: a fresh world at the walk-through's date.
        const traceId = newConsoleTrace();
        const results = [...(await deps.controls.reset(traceId)), ...(await deps.controls.zetKlok(scenario.datum, traceId))];
        const mislukt = results.filter((x) => !x.ok);
        run = {
          naam,
          scenario,
          gespeeld: [],
          volgende: 0,
          gestopt: mislukt.length > 0,
          start: {
            ok: mislukt.length === 0,
            tekst:
              mislukt.length === 0
                ? `De wereld is terug naar de seed en de klok staat op ${scenario.datum}.`
                : `Starten lukte niet: ${mislukt.map((x) => `${x.service} ${x.tekst}`).join('; ')}.`,
          },
        };
        return run;
      }),
    volgende: () =>
      serial(async () => {
        if (!run) throw new ScenarioFout('Start eerst een scenario.');
        if (run.gestopt || run.volgende >= run.scenario.stappen.length) return run;
        await playStep(run);
        return run;
      }),
  };
}
