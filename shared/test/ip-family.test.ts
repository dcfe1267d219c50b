// ipFamily answers as net.isIP does, without the IPv6 expression net.isIP compiles on first use.
import { isIP } from 'node:net';
import { ipFamily } from '../src/ip-family';

const SAMPLES = [
  'localhost',
  'LAS-Test.local',
  'host.docker.internal',
  '127.0.0.1',
  '10.0.0.300',
  '1.2.3',
  '::1',
  '::',
  'fe80::1',
  '2001:db8::8a2e:370:7334',
  '::ffff:192.0.2.1',
  '2001:DB8::1',
  ':::1',
  '2001:db8::g',
  '[::1]',
  '1:2:3:4:5:6:7:8:9',
  '',
];

it.each(SAMPLES)('gives %p the family net.isIP gives it', (text) => {
  expect(ipFamily(text)).toBe(isIP(text));
});
