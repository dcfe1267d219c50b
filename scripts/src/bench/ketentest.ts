// The `ketentest` bench phase: the reference LAS runs a vendor's whole ketentest against a chain in
// another process, timed, next to a baseline measured in the same run: as many sequential GET /health
// exchanges over one mTLS connection as the LAS made, plus the Retry-After waits the ONDERHOUD case
// asks for (the floor any correct LAS pays).
import { DEFAULT_FIXTURES_DIR, loadParties, loadPartyTls, type ServiceName } from '@duo-sim/shared';
import { beoordeel, draaiLas, neemWaar, startKetentest, verbind, type KetenOmgeving } from '@duo-sim/ketentest';
import { join } from 'node:path';

export interface KetentestFigures {
  startMs: number;
  lasMs: number;
  rapportMs: number;
  exchanges: number;
  /** Sequential GET /health, as many as the LAS's exchanges. */
  baselineMs: number;
  /** Sum of the Retry-After seconds the ONDERHOUD window asks for. */
  wachtMs: number;
  geslaagd: boolean;
  gevallen: number;
}

export async function measureKetentest(o: { urls: Record<ServiceName, string>; dataDir: string }): Promise<KetentestFigures> {
  const parties = loadParties(join(DEFAULT_FIXTURES_DIR, 'parties.json'));
  const operator = parties.find((p) => p.rol === 'operator')!;
  const vendor = parties.find((p) => p.rol === 'leverancier')!;
  const omg: KetenOmgeving = { peers: o.urls, pkiDir: join(o.dataDir, 'pki'), dataDir: o.dataDir, operatorOin: operator.oin };
  const t0 = performance.now();
  const { run } = await startKetentest(omg, { oin: vendor.oin, naam: vendor.naam });
  const t1 = performance.now();
  await draaiLas(omg, vendor.oin);
  const t2 = performance.now();
  const waarneming = await neemWaar(omg, run);
  const rapport = beoordeel(run, waarneming);
  const t3 = performance.now();
  const exchanges = Object.values(waarneming.journaal).reduce(
    (n, regels) => n + regels.filter((r) => !r.operatie.startsWith('PUSH ')).length,
    0,
  );

  const bron = verbind(o.urls.bron, loadPartyTls(omg.pkiDir, vendor.oin));
  const b0 = performance.now();
  for (let i = 0; i < exchanges; i++) await bron.vraag('GET', '/health');
  const baselineMs = performance.now() - b0;
  bron.sluit();

  const onderhoud = run.gevallen.find((g) => g.soort === 'ONDERHOUD');
  return {
    startMs: t1 - t0,
    lasMs: t2 - t1,
    rapportMs: t3 - t2,
    exchanges,
    baselineMs,
    wachtMs: onderhoud ? 2 * Number(onderhoud.gegevens.retryAfterSeconden) * 1000 : 0,
    geslaagd: rapport.geslaagd,
    gevallen: run.gevallen.length,
  };
}
