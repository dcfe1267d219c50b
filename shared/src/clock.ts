// The simulated clock (docs/architecture.md decision 7). It keeps an offset in days from the real Dutch date,
// so a simulator left running still moves on day by day, and the offset is stored in the world's
// database so a restart keeps the date the operator set.
import { addDays, addDutchDays, daysBetween, dutchDate, isIsoDate } from './dates.js';
import type { SimStateStore } from './sim-state.js';

export interface Clock {
  /** The simulated date, `YYYY-MM-DD`. */
  today(): string;
  /** The simulated instant: the simulated date with the real Dutch time of day (its dutchDate is today()). */
  now(): Date;
  /** Sets the simulated date; listeners hear the old and new date. */
  set(date: string): void;
  onChange(listener: (from: string, to: string) => void): void;
}

const OFFSET_KEY = 'clock.offsetDays';

export interface ClockOptions {
  /** SIM_DATE: the date at first start; ignored when the world already has a clock. */
  initial?: string | undefined;
  state?: SimStateStore | undefined;
  realNow?: () => Date;
}

export function createClock(options: ClockOptions = {}): Clock {
  const realNow = options.realNow ?? (() => new Date());
  const listeners: Array<(from: string, to: string) => void> = [];
  const stored = options.state?.get(OFFSET_KEY);
  let offset = stored !== undefined ? Number(stored) : 0;
  if (stored === undefined && options.initial) {
    offset = daysBetween(dutchDate(realNow()), options.initial);
    options.state?.set(OFFSET_KEY, String(offset));
  }
  // Asked several times per request: computed again only when the real date or the offset moves.
  let memo = { real: '', offset: Number.NaN, today: '' };
  const today = () => {
    const real = dutchDate(realNow());
    if (real !== memo.real || offset !== memo.offset) memo = { real, offset, today: addDays(real, offset) };
    return memo.today;
  };
  return {
    today,
    now: () => addDutchDays(realNow(), offset),
    set(date) {
      if (!isIsoDate(date)) throw new TypeError(`not a date: ${date}`);
      const from = today();
      offset = daysBetween(dutchDate(realNow()), date);
      options.state?.set(OFFSET_KEY, String(offset));
      for (const l of listeners) l(from, date);
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}

/** A clock fixed on one date, for tests. */
export function createFixedClock(date: string): Clock {
  let current = date;
  const listeners: Array<(from: string, to: string) => void> = [];
  return {
    today: () => current,
    now: () => new Date(`${current}T12:00:00Z`),
    set(d) {
      if (!isIsoDate(d)) throw new TypeError(`not a date: ${d}`);
      const from = current;
      current = d;
      for (const l of listeners) l(from, d);
    },
    onChange: (l) => void listeners.push(l),
  };
}
