// What the grader looks at, read as the operator: the vendor's journal after the start on each
// service, BRON's view of each case's pupil, the verzuimmeldingen of the run's schools, and the rule
// texts (GET /regels) that evidence points to.
import { loadPartyTls, SERVICES, type ServiceName } from '@duo-sim/shared';
import type { BronLeerling, VerzuimMelding, Waarneming } from './beoordeling.js';
import { leesJournaal } from './journaal.js';
import type { KetentestRun } from './model.js';
import type { KetenOmgeving } from './voorbereiding.js';
import { verbind, type Verbinding } from './verbinding.js';

export async function neemWaar(omg: KetenOmgeving, run: KetentestRun): Promise<Waarneming> {
  const tls = loadPartyTls(omg.pkiDir, omg.operatorOin);
  const op = Object.fromEntries(SERVICES.map((s) => [s, verbind(omg.peers[s], tls)])) as Record<ServiceName, Verbinding>;
  try {
    const journaal = {} as Waarneming['journaal'];
    for (const s of SERVICES) journaal[s] = await leesJournaal(op[s], run.leverancier.oin, run.journaalStart[s]);

    const pgns = new Set(run.gevallen.flatMap((g) => (g.leerling?.burgerservicenummer ? [g.leerling.burgerservicenummer] : [])));
    for (const e of journaal.bron) {
      const nummer = (e.antwoord as { leerling?: { onderwijsnummer?: string } } | null)?.leerling?.onderwijsnummer;
      if (e.operatie.startsWith('POST /identificaties') && nummer) pgns.add(nummer);
    }
    const leerlingen: Record<string, BronLeerling | null> = {};
    for (const pgn of pgns) {
      const res = await op.bron.vraag<BronLeerling>('GET', `/_sim/leerlingen/${pgn}`);
      leerlingen[pgn] = res.status === 200 ? res.body : null;
    }

    const verzuimMeldingen: VerzuimMelding[] = [];
    for (const brin of new Set(run.gevallen.filter((g) => g.soort === 'VERZUIM').map((g) => g.school.brin))) {
      const res = await op.verzuim.vraag<{ meldingen: VerzuimMelding[] }>('GET', `/scholen/${brin}/meldingen`);
      if (res.status === 200) verzuimMeldingen.push(...res.body.meldingen);
    }

    const regels: Record<string, string> = {};
    for (const s of SERVICES) {
      const res = await op[s].vraag<{ regels: Array<{ id: string; titel: string; tekst: string }> }>('GET', '/regels');
      for (const r of res.status === 200 ? res.body.regels : []) regels[r.id] ??= `${r.titel}: ${r.tekst}`;
    }
    return { journaal, leerlingen, verzuimMeldingen, regels };
  } finally {
    for (const v of Object.values(op)) v.sluit();
  }
}
