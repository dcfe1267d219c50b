// The world's parties: the seed's + the vendors added to this world (partijen.json), re-read on change.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createWorldPartyRegistry,
  eigenLeverancierOin,
  isOin,
  readWorldParties,
  writeWorldParties,
  type EigenLeverancier,
  type Party,
} from '@duo-sim/shared';

const SEED: Party[] = [
  { oin: '00000099000000010000', naam: 'duo-sim beheer', rol: 'operator' },
  { oin: '00000099100000010000', naam: 'Leerling Plaza B.V.', rol: 'leverancier' },
];

const mijnLas: EigenLeverancier = {
  oin: eigenLeverancierOin(1),
  naam: 'Mijn LAS',
  rol: 'leverancier',
  scholen: ['11AA'],
  sinds: '2026-11-28',
};

function freshFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'duo-sim-partijen-')), 'partijen.json');
}

describe('the world parties file', () => {
  it('gives OINs in the vendor range, clear of the seed vendors, never the same twice', () => {
    const oins = [1, 2, 999].map(eigenLeverancierOin);
    expect(oins).toEqual(['00000099100010010000', '00000099100010020000', '00000099100019990000']);
    expect(oins.every(isOin)).toBe(true);
    expect(oins).not.toContain(SEED[1].oin);
  });

  it('is written privately in one rename and read back; a missing file is an empty world', () => {
    const file = freshFile();
    expect(readWorldParties(file)).toEqual({ volgnummer: 0, partijen: [] });
    writeWorldParties(file, { volgnummer: 1, partijen: [mijnLas] });
    expect(readWorldParties(file)).toEqual({ volgnummer: 1, partijen: [mijnLas] });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses a file that is not a list of vendors', () => {
    const file = freshFile();
    writeFileSync(file, JSON.stringify({ volgnummer: 1, partijen: [{ ...mijnLas, rol: 'operator' }] }));
    expect(() => readWorldParties(file)).toThrow(/geen lijst van leveranciers/);
  });
});

describe('the world party registry', () => {
  it('knows a vendor added after it was made at the very next lookup, without waiting', () => {
    const file = freshFile();
    const registry = createWorldPartyRegistry(SEED, file, { checkEveryMs: 60_000 });
    expect(registry.get(mijnLas.oin)).toBeUndefined();
    writeWorldParties(file, { volgnummer: 1, partijen: [mijnLas] });
    expect(registry.get(mijnLas.oin)).toEqual({ oin: mijnLas.oin, naam: 'Mijn LAS', rol: 'leverancier' });
    expect(registry.hasRol(mijnLas.oin, 'leverancier')).toBe(true);
    expect(registry.all().map((p) => p.oin)).toEqual([...SEED.map((p) => p.oin), mijnLas.oin]);
  });

  it('keeps the parties last read when the file breaks, and forgets a vendor removed from it', async () => {
    const file = freshFile();
    writeWorldParties(file, { volgnummer: 1, partijen: [mijnLas] });
    const warnings: string[] = [];
    const logger = { warn: (_: unknown, m: string) => warnings.push(m) } as never;
    const registry = createWorldPartyRegistry(SEED, file, { checkEveryMs: 0, logger });
    writeFileSync(file, '{"volgnummer": 1, "partijen": [');
    expect(registry.get(mijnLas.oin)?.naam).toBe('Mijn LAS');
    expect(warnings).toEqual(['partijen.json is onleesbaar; de laatst gelezen partijen blijven gelden']);
    // A new version of the file (another size) is read again.
    await new Promise((r) => setTimeout(r, 5));
    writeWorldParties(file, { volgnummer: 1, partijen: [] });
    expect(registry.get(mijnLas.oin)).toBeUndefined();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ volgnummer: 1, partijen: [] });
  });

  it('never lets an added party take a seed party OIN or role', () => {
    const file = freshFile();
    writeWorldParties(file, { volgnummer: 1, partijen: [{ ...mijnLas, oin: SEED[0].oin }] });
    const registry = createWorldPartyRegistry(SEED, file);
    expect(registry.isOperator(SEED[0].oin)).toBe(true);
    expect(registry.all()).toHaveLength(2);
  });
});
