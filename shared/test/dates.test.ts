// dutchDate computes Europe/Amsterdam's date by the EU's summer-time rule instead of loading ICU's
// time zone data at every thread's start (shared/src/dates.ts): the same answers as Intl.
import { createClock } from '../src/clock';
import { addDays, addDutchDays, dutchDate, dutchTime } from '../src/dates';

const intl = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });
const MINUTE = 60_000;

function differences(instants: number[]): string[] {
  return instants
    .map((ms) => new Date(ms))
    .filter((d) => dutchDate(d) !== intl.format(d))
    .map((d) => `${d.toISOString()}: ${dutchDate(d)} ≠ ${intl.format(d)}`);
}

it('gives the Dutch date as Intl does around every change of summer time, 1996–2060, minute by minute', () => {
  const instants: number[] = [];
  for (let year = 1996; year <= 2060; year++)
    for (const month of [2, 9]) {
      // The last Sunday of the month; the date changes at 22:00 or 23:00 UTC, the clock at 01:00 UTC.
      const last = new Date(Date.UTC(year, month + 1, 0));
      const sunday = Date.UTC(year, month, last.getUTCDate() - last.getUTCDay());
      for (let ms = sunday - 3 * 3_600_000; ms <= sunday + 27 * 3_600_000; ms += MINUTE) instants.push(ms);
    }
  expect(differences(instants)).toEqual([]);
});

it('gives the Dutch date as Intl does at every minute around midnight of every day of 2026 and 2027, and at new year', () => {
  const instants: number[] = [];
  for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000)
    for (let ms = day - 3 * 3_600_000; ms <= day + 3_600_000; ms += 5 * MINUTE) instants.push(ms);
  instants.push(Date.UTC(2026, 11, 31, 22, 59), Date.UTC(2026, 11, 31, 23, 0), Date.UTC(2026, 11, 31, 23, 1));
  expect(differences(instants)).toEqual([]);
});

it('gives the Dutch time of day as Intl does: 23:30 UTC in winter and 22:30 UTC in summer are half past midnight', () => {
  const klok = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  expect(dutchTime(new Date('2026-12-02T23:30:15Z'))).toBe('00:30:15');
  expect(dutchTime(new Date('2026-07-01T22:30:15Z'))).toBe('00:30:15');
  const instants: number[] = [];
  for (let ms = Date.UTC(2026, 2, 28); ms < Date.UTC(2026, 2, 30); ms += 7 * MINUTE + 13_000) instants.push(ms);
  for (let ms = Date.UTC(2026, 9, 24); ms < Date.UTC(2026, 9, 26); ms += 7 * MINUTE + 13_000) instants.push(ms);
  const anders = instants.map((ms) => new Date(ms)).filter((d) => dutchTime(d) !== klok.format(d));
  expect(anders.map((d) => d.toISOString())).toEqual([]);
});

it('moves an instant by Dutch days onto the Dutch day that many days on, also across summer time near midnight', () => {
  const wrong: string[] = [];
  for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 37 * MINUTE)
    for (const days of [-215, -150, -1, 0, 1, 100, 215]) {
      const at = new Date(ms);
      const moved = addDutchDays(at, days);
      if (dutchDate(moved) !== addDays(dutchDate(at), days)) wrong.push(`${at.toISOString()} ${days}: ${moved.toISOString()}`);
    }
  expect(wrong).toEqual([]);
  // Half past midnight in summer onto a winter day, and back: still half past midnight.
  expect(addDutchDays(new Date('2027-07-01T22:30:00Z'), -215).toISOString()).toBe('2026-11-28T23:30:00.000Z');
  expect(addDutchDays(new Date('2026-12-02T23:30:00Z'), 200).toISOString()).toBe('2027-06-20T22:30:00.000Z');
});

it('gives a clock whose instant is on its simulated Dutch day at 22:30 UTC in summer with a winter date (and the reverse)', () => {
  for (const [real, vandaag] of [
    ['2027-07-01T22:30:00Z', '2026-11-29'],
    ['2026-12-02T22:30:00Z', '2027-06-20'],
    ['2026-12-02T23:30:00Z', '2026-12-10'],
  ] as const) {
    const clock = createClock({ initial: vandaag, realNow: () => new Date(real) });
    expect(clock.today()).toBe(vandaag);
    expect(dutchDate(clock.now())).toBe(vandaag);
    expect(dutchTime(clock.now())).toBe(dutchTime(new Date(real)));
  }
});
