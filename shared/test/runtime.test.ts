// What startService does before a service listens: it says which data folder it uses (so
// `npm start -w services/<x>` shows which world it opened), and leaves that world private; it checks
// the PKI unless the chain that starts it just did.
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import { loadServiceConfig, pkiPaths, startService } from '@duo-sim/shared';
import { testPkiDir } from '@duo-sim/test-support';

it('logs the data folder first and keeps it 0700 with its database 0600', async () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'duo-sim-runtime-')), 'wereld');
  cpSync(testPkiDir(), join(dataDir, 'pki'), { recursive: true });
  const lines: Array<{ msg: string; dataDir?: string }> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as { msg: string });
      done();
    },
  });
  const config = loadServiceConfig('rio', { SIM_DATA_DIR: dataDir, RIO_PORT: '0' });
  const running = await startService(config, {}, () => ({ app: express() }), pino({ level: 'info' }, sink));
  try {
    expect(lines[0]).toMatchObject({ msg: `rio gebruikt gegevensmap ${dataDir}`, dataDir });
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(config.dbFile).mode & 0o777).toBe(0o600);
  } finally {
    await running.close();
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  }
});

describe('the PKI check at start', () => {
  // ensurePki writes an empty revoked.json when there is none: a cheap sign of whether it ran.
  const startWithout = async (options: { pkiChecked?: boolean }) => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'duo-sim-runtime-')), 'wereld');
    cpSync(testPkiDir(), join(dataDir, 'pki'), { recursive: true });
    const revoked = pkiPaths(join(dataDir, 'pki')).revoked;
    rmSync(revoked, { force: true });
    const config = loadServiceConfig('rio', { SIM_DATA_DIR: dataDir, RIO_PORT: '0', SIM_LOG_LEVEL: 'silent' });
    const running = await startService(config, options, () => ({ app: express() }));
    await running.close();
    const made = existsSync(revoked);
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
    return made;
  };

  it('runs ensurePki by default (a service started alone)', async () => {
    expect(await startWithout({})).toBe(true);
  });

  it('leaves it to the chain that checked the PKI moments before (pkiChecked)', async () => {
    expect(await startWithout({ pkiChecked: true })).toBe(false);
  });
});
