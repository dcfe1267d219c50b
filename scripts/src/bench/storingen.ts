// The storingen bench row (docs/storingen.md): what active faults cost the requests they do not hit.
// Each fault matches the load's operation and is ruled out only on its school, the longest check.
import { createServiceClient, loadPartyTls } from '@duo-sim/shared';

/** Faults set before the load; enough to show a cost per fault if there is one. */
export const BENCH_STORINGEN = 50;

/** Sets BENCH_STORINGEN faults on BRON's POST /inschrijvingen, aimed at a school no request names. */
export async function setIdleStoringen(bronUrl: string, pkiDir: string, operatorOin: string): Promise<void> {
  const client = createServiceClient(bronUrl, loadPartyTls(pkiDir, operatorOin), { connections: 1 });
  try {
    for (let i = 0; i < BENCH_STORINGEN; i++) {
      const res = await client.request('PUT', '/_sim/storingen', {
        soort: 'INT500',
        operatie: 'POST /inschrijvingen',
        school: '98ZY',
        tot: '2999-01-01T00:00:00Z',
      });
      if (res.status !== 201) throw new Error(`storing ${i + 1}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
    }
  } finally {
    await client.close();
  }
}
