// Starts the real chain (four services, real mTLS, real SQLite files) on ephemeral ports in a
// fresh data folder, reusing the test PKI so no keys are made.
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStreams, loadPupils, loadSchools, type BenchPupil, type BenchSchool } from '../../scripts/src/bench/world';
import { startChain, type Chain } from '../../scripts/src/lib/chain';
import { startThreadedChain, type ThreadedChain } from '../../scripts/src/lib/threaded-chain';
import { addDays, worldPartiesFile } from '@duo-sim/shared';
import { callerFor, type Caller } from './mtls';
import { REPO_ROOT, testPkiDir } from './pki';
import { OPERATOR } from './world';

export interface TestChain extends Chain {
  dataDir: string;
  /** Stops the services and keeps the data folder (for restart tests). */
  stop(): Promise<void>;
  /** Environment that points the CLI and lone services at this chain. */
  env: Record<string, string>;
}

export function freshDataDir(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'duo-sim-e2e-'));
  cpSync(testPkiDir(), join(dataDir, 'pki'), { recursive: true });
  return dataDir;
}

/** The environment of a chain in `dataDir` on ephemeral ports, quiet. */
function chainEnv(dataDir: string, extraEnv: Record<string, string>): Record<string, string> {
  return {
    SIM_DATA_DIR: dataDir,
    SIM_LOG_LEVEL: 'silent',
    RIO_PORT: '0',
    OSR_PORT: '0',
    BRON_PORT: '0',
    VERZUIM_PORT: '0',
    ...extraEnv,
  };
}

export async function startTestChain(extraEnv: Record<string, string> = {}): Promise<TestChain> {
  const dataDir = freshDataDir();
  const baseEnv = chainEnv(dataDir, extraEnv);
  const chain = await startChain(baseEnv);
  const env = {
    ...baseEnv,
    RIO_URL: chain.services.rio.url,
    OSR_URL: chain.services.osr.url,
    BRON_URL: chain.services.bron.url,
    VERZUIM_URL: chain.services.verzuim.url,
  };
  return {
    ...chain,
    dataDir,
    env,
    stop: () => chain.close(),
    close: async () => {
      await chain.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A caller with a party's own PEM files from the chain's data folder, as its LAS would hold them. */
export function chainPartyCaller(chain: TestChain, url: string, oin: string): Caller {
  const pki = join(chain.dataDir, 'pki');
  return callerFor(url, {
    ca: readFileSync(join(pki, 'ca.crt'), 'utf8'),
    cert: readFileSync(join(pki, 'parties', `${oin}.crt`), 'utf8'),
    key: readFileSync(join(pki, 'parties', `${oin}.key`), 'utf8'),
  });
}

/**
 * Everything a refused new vendor (`sim leverancier nieuw`, the console's form; OSR-07) could have
 * changed: the certificate files, the world's parties, every school's mandates in OSR.
 */
export async function vendorWorldState(chain: TestChain) {
  const osr = chainPartyCaller(chain, chain.services.osr.url, OPERATOR);
  const schools = (await osr.get('/api/v1/schools')).body.onderwijsinstellingen as Array<{ oin: string }>;
  const mandates = await Promise.all(schools.map(async (s) => (await osr.get(`/api/v1/schools/${s.oin}/mandates`)).body));
  const file = worldPartiesFile(chain.dataDir);
  return {
    files: readdirSync(join(chain.dataDir, 'pki', 'parties')).sort(),
    partijen: existsSync(file) ? readFileSync(file, 'utf8') : null,
    mandates,
  };
}

export interface TestThreadedChain extends ThreadedChain {
  dataDir: string;
}

/** npm start's chain in threads (scripts/src/lib/threaded-chain.ts) in a fresh data folder; close() removes it. */
export async function startTestThreadedChain(
  threads: 2 | 3 | 4,
  extraEnv: Record<string, string> = {},
): Promise<TestThreadedChain> {
  const dataDir = freshDataDir();
  const chain = await startThreadedChain(chainEnv(dataDir, extraEnv), threads);
  return {
    ...chain,
    dataDir,
    close: async () => {
      await chain.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The names of this process's threads (Linux): a chain started in the test runs its threads here. */
export function threadNames(): string[] {
  return readdirSync('/proc/self/task').map((tid) => readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim());
}

export interface WorldInschrijving {
  bedrijfsdocument: { identificatiecodeBedrijfsdocument: string; verzendendeInstantie: string };
  inschrijving: { leerling: { burgerservicenummer: string }; inschrijvingsvolgnummer: string };
}

/** School 11AA of the fixture world and its pupils, without the example files' pupil (802533048). */
export function fixtureSchoolAndPupils(vandaag: string): { school: BenchSchool; pupils: BenchPupil[] } {
  const fixtures = join(REPO_ROOT, 'fixtures');
  return {
    school: loadSchools(fixtures, vandaag).find((s) => s.brin === '11AA')!,
    pupils: loadPupils(fixtures, vandaag).filter((p) => p.burgerservicenummer !== '802533048'),
  };
}

/**
 * Makes valid inschrijvingen at `school`: each call on a day of its own, one further back from
 * `vandaag` (BRON-02), with new volgnummers and a fresh id each (the bench streams' ids repeat
 * across their tags).
 */
export function inschrijvingenMaker(school: BenchSchool, vandaag: string, prefix: string) {
  let tag = 0;
  return (of: BenchPupil[], n = of.length): WorldInschrijving[] => {
    tag++;
    const [stream] = createStreams({
      schools: [school],
      pupils: of,
      vandaag: addDays(vandaag, -tag),
      maxDays: 1,
      tag: `${prefix}${tag}`,
    });
    return Array.from({ length: n }, () => {
      const b = JSON.parse(stream!.next().body) as WorldInschrijving;
      b.bedrijfsdocument.identificatiecodeBedrijfsdocument = randomUUID();
      return b;
    });
  };
}
