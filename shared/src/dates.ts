// Calendar dates as `YYYY-MM-DD` strings. The chain reasons in days, never in instants, so all
// arithmetic is done at UTC midnight to stay clear of daylight-saving shifts.

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The dates the chain accepts anywhere: in a bericht, a query, `PUT /_sim/clock` or SIM_DATE. The
 * schemas' `date` and `date-time` formats use this same range (schemas.ts), so no date a schema lets
 * through can fail in the arithmetic below. Not 0001–9999: a year 50 is never meant in a school
 * record, and the arithmetic needs headroom (addDays from 9999-12-31 would leave the 4-digit form).
 */
export const EERSTE_DATUM = '1900-01-01';
export const LAATSTE_DATUM = '2999-12-31';
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

/** True for a real calendar date `YYYY-MM-DD` in any 4-digit year (2026-02-30 is not). */
function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/**
 * True for a real calendar date in `YYYY-MM-DD` form from EERSTE_DATUM to LAATSTE_DATUM: what the
 * chain accepts as input. Counted, not built with `Date`: it runs many times per bericht (bekostiging).
 */
export function isIsoDate(value: string): boolean {
  if (!isCalendarDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

// Total over every 4-digit year, so arithmetic on an accepted date near the edge of the range
// (an end date plus a termijn) still works; only input is held to the range.
function toUtc(date: string): number {
  if (!isCalendarDate(date)) throw new TypeError(`not a date: ${date}`);
  // Date.parse reads `0050-…` literally; `new Date(y, …)` would map years below 100 to 19xx.
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** Whole years of age on `on` for someone born on `geboortedatum` (29 Feb birthdays: 1 March). */
export function ageOn(geboortedatum: string, on: string): number {
  const [by, bm, bd] = geboortedatum.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

const HOUR_MS = 3_600_000;

/** 01:00 UTC on the last Sunday of `month` (0-based) of `year`: when EU summer time begins or ends. */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * Europe/Amsterdam's offset from UTC at `ms`: CET, and CEST from the last Sunday of March to the
 * last Sunday of October at 01:00 UTC (the EU's rule, the Netherlands' since 1996). Computed rather
 * than asked of `Intl.DateTimeFormat`, whose time zone data cost 33–45 ms of every thread's start
 * (bench/RESULTS.md); shared/test/dates.test.ts checks it against Intl.
 */
function amsterdamOffsetMs(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const summer = ms >= lastSundayOneUtc(year, 2) && ms < lastSundayOneUtc(year, 9);
  return (summer ? 2 : 1) * HOUR_MS;
}

let cachedMinute = Number.NaN;
let cachedDate = '';

/**
 * The date in the Netherlands at instant `at` (what "today" means to a Dutch school), from 1996 on.
 * "Today" is asked several times per request, so the answer is kept for the rest of the minute (the
 * date changes on a whole minute in every time zone it has).
 */
export function dutchDate(at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute !== cachedMinute) {
    cachedMinute = minute;
    cachedDate = new Date(at.getTime() + amsterdamOffsetMs(at.getTime())).toISOString().slice(0, 10);
  }
  return cachedDate;
}

/**
 * The instant `days` Dutch calendar days from `at` at the same Dutch time of day, so its dutchDate
 * is `days` after at's. Not `at` + days × 24 h: across a change of summer time that lands an hour
 * off, and between 22:00 and 00:00 UTC on the wrong Dutch day.
 */
export function addDutchDays(at: Date, days: number): Date {
  const ms = at.getTime();
  // The Dutch wall clock as if it were UTC, moved by whole days; then back by that day's own offset.
  const wall = ms + amsterdamOffsetMs(ms) + days * DAY_MS;
  return new Date(wall - amsterdamOffsetMs(wall - amsterdamOffsetMs(ms + days * DAY_MS)));
}

/** The time of day in the Netherlands at instant `at`, `HH:MM:SS`: what a journal's UTC `tijdstip` reads as here. */
export function dutchTime(at: Date): string {
  return new Date(at.getTime() + amsterdamOffsetMs(at.getTime())).toISOString().slice(11, 19);
}

/** Active on d with an exclusive end (RIO-03, OSR-03): begin ≤ d < end; no end = open. */
export function isActiveExclusive(begin: string, end: string | null | undefined, d: string): boolean {
  return begin <= d && (end == null || d < end);
}
