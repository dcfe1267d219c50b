import {
  addDays,
  ageOn,
  createClock,
  createJournal,
  createSimStateStore,
  daysBetween,
  isActiveExclusive,
  isIsoDate,
  openDatabase,
} from '@duo-sim/shared';

describe('dates', () => {
  it('does day arithmetic across DST and leap days', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
  it('knows the calendar without building a Date: century leap rules, month lengths, form', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(['2026-00-10', '2026-13-01', '2026-01-00', '2026-1-01', '2026-01-01T00:00', '0099-01-01'].filter(isIsoDate)).toEqual(
      [],
    );
  });
  it('counts age in whole years (BRON-07)', () => {
    expect(ageOn('2022-09-01', '2026-08-31')).toBe(3);
    expect(ageOn('2022-09-01', '2026-09-01')).toBe(4);
  });
  it('treats end dates as exclusive (RIO-03, OSR-03)', () => {
    expect(isActiveExclusive('2020-01-01', '2026-11-28', '2026-11-27')).toBe(true);
    expect(isActiveExclusive('2020-01-01', '2026-11-28', '2026-11-28')).toBe(false);
    expect(isActiveExclusive('2020-01-01', null, '2099-01-01')).toBe(true);
    expect(isActiveExclusive('2020-01-01', null, '2019-12-31')).toBe(false);
  });
});

describe('simulated clock (docs/architecture.md decision 7)', () => {
  const realNow = () => new Date('2026-11-28T10:00:00Z');

  it('starts at the real Dutch date without SIM_DATE', () => {
    expect(createClock({ realNow }).today()).toBe('2026-11-28');
  });

  it('starts at SIM_DATE and keeps moving with real days', () => {
    let now = new Date('2026-11-28T10:00:00Z');
    const clock = createClock({ initial: '2027-02-01', realNow: () => now });
    expect(clock.today()).toBe('2027-02-01');
    now = new Date('2026-11-29T10:00:00Z');
    expect(clock.today()).toBe('2027-02-02');
  });

  it('keeps the date the operator set across a restart of the world', () => {
    const db = openDatabase(':memory:');
    const state = createSimStateStore(db);
    const first = createClock({ state, realNow });
    first.set('2027-03-01');
    const second = createClock({ state, realNow, initial: '2020-01-01' });
    expect(second.today()).toBe('2027-03-01');
  });

  it('tells listeners when the date changes', () => {
    const clock = createClock({ realNow });
    const heard: string[] = [];
    clock.onChange((from, to) => heard.push(`${from}>${to}`));
    clock.set('2027-02-01');
    expect(heard).toEqual(['2026-11-28>2027-02-01']);
    expect(() => clock.set('2027-02-30')).toThrow(TypeError);
  });
});

describe('journal (docs/architecture.md decision 8)', () => {
  const entry = (partij: string) => ({
    vandaag: '2026-11-28',
    partij,
    namens: null,
    operatie: 'GET /health',
    status: 200,
    foutcodes: [],
    duurMs: 1,
    identificatiecodeBedrijfsdocument: null,
    verzoek: null,
    antwoord: { status: 'ok' },
  });

  it('lists entries after a cursor, optionally for one party', () => {
    const journal = createJournal(openDatabase(':memory:'));
    journal.record(entry('A'));
    journal.record(entry('B'));
    journal.record(entry('A'));
    expect(journal.list({}).map((e) => e.partij)).toEqual(['A', 'B', 'A']);
    const second = journal.list({})[1].seq;
    expect(journal.list({ partij: 'A' })).toHaveLength(2);
    expect(journal.list({ na: second }).map((e) => e.partij)).toEqual(['A']);
    expect(journal.list({})[0].antwoord).toEqual({ status: 'ok' });
  });

  it('writes what it queued once the event loop turns, without being asked to read', async () => {
    const db = openDatabase(':memory:');
    const journal = createJournal(db);
    journal.record(entry('A'));
    expect((db.prepare('SELECT count(*) AS n FROM journal').get() as { n: number }).n).toBe(0);
    await new Promise((r) => setImmediate(r));
    expect((db.prepare('SELECT count(*) AS n FROM journal').get() as { n: number }).n).toBe(1);
  });

  it('stays bounded to its limit', () => {
    const journal = createJournal(openDatabase(':memory:'), 100);
    for (let i = 0; i < 1000; i++) journal.record(entry('A'));
    const all = journal.list({ limiet: 10_000 });
    expect(all.length).toBeLessThanOrEqual(100 + 256);
    expect(all[all.length - 1].seq).toBe(1000);
    // Its last `limit` entries at least (docs/services/common.md): it prunes in batches, never more.
    expect(all[0].seq).toBeLessThanOrEqual(901);
  });
});
