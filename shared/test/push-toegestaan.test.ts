// BRON_PUSH_TOEGESTAAN: the hosts and addresses BRON may deliver to (OSR-05), read by OSR and BRON alike.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, DEFAULT_PUSH_TOEGESTAAN, loadServiceConfig, parsePushToegestaan } from '@duo-sim/shared';

describe('BRON_PUSH_TOEGESTAAN', () => {
  it('defaults to localhost and the loopback addresses', () => {
    const { toegestaan, problems } = parsePushToegestaan(undefined);
    expect(problems).toEqual([]);
    expect(toegestaan.entries).toEqual(DEFAULT_PUSH_TOEGESTAAN);
    expect(['localhost', 'LOCALHOST.', '127.0.0.1', '127.9.9.9', '[::1]', '::1'].map(toegestaan.allowsHost)).toEqual(
      Array(6).fill(true),
    );
    expect(['10.0.0.1', '0.0.0.0', '::', 'fe80::1', 'localhost.example', 'example'].map(toegestaan.allowsHost)).toEqual(
      Array(6).fill(false),
    );
  });

  it('checks resolved addresses against the address entries only, IPv4-mapped IPv6 included', () => {
    const { toegestaan } = parsePushToegestaan('localhost,127.0.0.0/8,::1');
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].map(toegestaan.allowsAddress)).toEqual([true, true, true]);
    // A name is never an address: DNS decides where a name leads, so its answer is what is checked.
    expect(['localhost', '10.0.0.1', '::ffff:10.0.0.1', '169.254.169.254'].map(toegestaan.allowsAddress)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('takes names, domains, addresses and CIDRs of both families', () => {
    const { toegestaan, problems } = parsePushToegestaan(' ontvanger.test , .scholen.test,10.1.0.0/16,2001:db8::/32,192.0.2.7');
    expect(problems).toEqual([]);
    expect(
      ['ontvanger.test', 'scholen.test', 'a.b.scholen.test', '10.1.255.1', '2001:db8::5', '192.0.2.7'].map(toegestaan.allowsHost),
    ).toEqual(Array(6).fill(true));
    expect(['x.ontvanger.test', 'xscholen.test', '10.2.0.1', '2001:db9::1', '192.0.2.8'].map(toegestaan.allowsHost)).toEqual(
      Array(5).fill(false),
    );
  });

  it('lists every entry that is no name, address or CIDR, and stops start-up with them', () => {
    expect(parsePushToegestaan('10.0.0.0/33,::1/129,host_met_underscore,1.2.3.4/8/9,*.example').problems).toHaveLength(5);
    const dataDir = mkdtempSync(join(tmpdir(), 'duo-sim-push-'));
    expect(() => loadServiceConfig('osr', { SIM_DATA_DIR: dataDir, BRON_PUSH_TOEGESTAAN: '10.0.0.0/99' })).toThrow(ConfigError);
    expect(
      loadServiceConfig('bron', { SIM_DATA_DIR: dataDir, BRON_PUSH_TOEGESTAAN: '10.0.0.0/8' }).pushToegestaan.entries,
    ).toEqual(['10.0.0.0/8']);
  });
});
