// Sending through the console is limited per participant with a token bucket: a burst of BURST
// berichten, then PER_SECONDE a second. Forty participants clicking at once must not starve the
// chain for the teacher's scoreboard (docs/workshop.md#limits).
export const BURST = 5;
export const PER_SECONDE = 1;

export interface Verzendlimiet {
  /** Takes one bericht from the participant's bucket; otherwise says after how many seconds one is back. */
  neem(oin: string, nuMs?: number): { ok: true } | { ok: false; wachtS: number };
}

export function createVerzendlimiet(burst = BURST, perSeconde = PER_SECONDE): Verzendlimiet {
  const emmers = new Map<string, { tegoed: number; sinds: number }>();
  return {
    neem(oin, nuMs = Date.now()) {
      const e = emmers.get(oin) ?? { tegoed: burst, sinds: nuMs };
      e.tegoed = Math.min(burst, e.tegoed + ((nuMs - e.sinds) / 1000) * perSeconde);
      e.sinds = nuMs;
      emmers.set(oin, e);
      if (e.tegoed >= 1) {
        e.tegoed -= 1;
        return { ok: true };
      }
      return { ok: false, wachtS: Math.max(1, Math.ceil((1 - e.tegoed) / perSeconde)) };
    },
  };
}
