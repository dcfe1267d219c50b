// Reading one party's journal of one service as the operator, paged (GET /_sim/journal, docs/services/common.md).
import type { JournalEntry } from '@duo-sim/shared';
import type { Verbinding } from './verbinding.js';

const PAGINA = 1000;

export async function leesJournaal(operator: Verbinding, partij: string, na: number): Promise<JournalEntry[]> {
  const alles: JournalEntry[] = [];
  let cursor = na;
  for (;;) {
    const res = await operator.vraag<{ regels: JournalEntry[]; volgende: number }>(
      'GET',
      `/_sim/journal?partij=${partij}&na=${cursor}&limiet=${PAGINA}`,
    );
    if (res.status !== 200) throw new Error(`${operator.url}: het journaal gaf HTTP ${res.status}`);
    alles.push(...res.body.regels);
    if (res.body.regels.length < PAGINA) return alles;
    cursor = res.body.volgende;
  }
}

/** The seq of the party's newest entry (0 when it has none): what comes after it is new. */
export async function laatsteSeq(operator: Verbinding, partij: string): Promise<number> {
  const regels = await leesJournaal(operator, partij, 0);
  return regels.length > 0 ? regels[regels.length - 1]!.seq : 0;
}
