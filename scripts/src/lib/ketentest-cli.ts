// `npm run sim -- ketentest start|rapport` and `npm run sim -- las`: the ketentest of a LAS
// (docs/ketentest.md). The work is done by @duo-sim/ketentest; this file prints it in Dutch.
import {
  beoordeel,
  draaiLas,
  KetentestFout,
  leesRun,
  neemWaar,
  rapportHtml,
  rapportJunit,
  rapportTekst,
  runBestand,
  startKetentest,
  type KetenOmgeving,
  type KetentestRun,
} from '@duo-sim/ketentest';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface KetentestCliDeps {
  omgeving: KetenOmgeving;
  leverancier: { oin: string; naam: string };
  fail(message: string): never;
}

export function toonRun(run: KetentestRun): string {
  const regels = [
    `Ketentest ${run.id} voor ${run.leverancier.naam} (${run.leverancier.oin}), gesimuleerde datum ${run.vandaag}`,
    '',
  ];
  for (const g of run.gevallen) {
    regels.push(`${g.code}  ${g.titel}`);
    regels.push(
      `       school ${g.school.brin} ${g.school.naam} (vestiging ${g.school.vestigingscode}, ${g.school.soortOnderwijs})`,
    );
    for (const r of g.opdracht) regels.push(`       ${r}`);
    regels.push('');
  }
  return regels.join('\n');
}

export async function ketentestStart(d: KetentestCliDeps): Promise<void> {
  try {
    const { run, vervangen } = await startKetentest(d.omgeving, d.leverancier);
    if (vervangen) {
      console.log(
        `De vorige ketentest ${vervangen.id} (gestart ${vervangen.gestart}) is vervangen door een nieuwe; het rapport daarvan geldt niet meer.\n`,
      );
    }
    console.log(toonRun(run));
    console.log(`De gevallen staan ook machineleesbaar in ${runBestand(d.omgeving.dataDir, run.leverancier.oin)}.`);
    console.log(`Laat uw LAS ze nu doen; daarna: npm run sim -- ketentest rapport --as ${run.leverancier.oin}`);
  } catch (err) {
    if (err instanceof KetentestFout) d.fail(err.message);
    throw err;
  }
}

export async function ketentestRapport(d: KetentestCliDeps, junit?: string, html?: string): Promise<void> {
  const run = leesRun(d.omgeving.dataDir, d.leverancier.oin);
  if (!run)
    d.fail(
      `${d.leverancier.naam} heeft geen ketentest; start er een met: npm run sim -- ketentest start --as ${d.leverancier.oin}`,
    );
  const rapport = beoordeel(run, await neemWaar(d.omgeving, run));
  console.log(rapportTekst(rapport));
  if (junit) {
    writeFileSync(resolve(junit), rapportJunit(rapport));
    console.log(`JUnit XML: ${resolve(junit)}`);
  }
  if (html) {
    writeFileSync(resolve(html), rapportHtml(rapport));
    console.log(`HTML: ${resolve(html)}`);
  }
  if (!rapport.geslaagd) process.exitCode = 1;
}

export async function las(d: KetentestCliDeps, slordig: boolean): Promise<void> {
  if (!leesRun(d.omgeving.dataDir, d.leverancier.oin)) {
    d.fail(
      `${d.leverancier.naam} heeft geen ketentest; start er een met: npm run sim -- ketentest start --as ${d.leverancier.oin}`,
    );
  }
  const begin = Date.now();
  await draaiLas(d.omgeving, d.leverancier.oin, { slordig, log: (r) => console.log(r) });
  console.log(`${slordig ? 'slordige ' : ''}referentie-LAS klaar in ${((Date.now() - begin) / 1000).toFixed(1)} s`);
}
