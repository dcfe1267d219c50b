// The rules of a storing as pure functions (docs/storingen.md): what a valid fault is, which traffic
// it hits, and when it has ended. Limits are in real time: a vendor's CI thinks in seconds and
// minutes, while the simulated date moves in days and jumps when the operator sets it.
import type { Foutmelding } from '../problem.js';
import { PUSH_SERVICE, PUSH_SOORTEN, type NieuweStoring, type Storing, type StoringDoel } from './types.js';

export function isPushSoort(soort: string): boolean {
  return (PUSH_SOORTEN as readonly string[]).includes(soort);
}

const fout = (pointer: string, fouttekst: string): Foutmelding => ({ foutcode: 'SCHEMA', fouttekst, pointer });

/**
 * What the schema cannot say: the combinations of fields, the operatie of this service, a limit in
 * the future. Every violation at once, like the schema's.
 */
export function checkNieuweStoring(
  s: NieuweStoring,
  context: { service: string; operaties: readonly string[]; nuMs: number },
): Foutmelding[] {
  const fouten: Foutmelding[] = [];
  const push = isPushSoort(s.soort);
  if (push && context.service !== PUSH_SERVICE) {
    fouten.push(fout('/soort', `${s.soort} is een storing van de push van BRON; zet die storing op bron.`));
  }
  if ((s.aantal === undefined) === (s.tot === undefined)) {
    fouten.push(fout('/aantal', 'Geef precies een van aantal (verzoeken) en tot (tijdstip) op als grens van de storing.'));
  }
  if (s.tot !== undefined && Date.parse(s.tot) <= context.nuMs) {
    fouten.push(fout('/tot', 'tot ligt niet in de toekomst; geef een later (echt) tijdstip met tijdzone.'));
  }
  const vertragingNodig = s.soort === 'VERTRAGING' || s.soort === 'PUSH_VERTRAAGD';
  const vertragingMag = vertragingNodig || s.soort === 'PUSH_VOLGORDE';
  if (vertragingNodig && s.vertragingMs === undefined) {
    fouten.push(
      fout('/vertragingMs', `${s.soort} heeft vertragingMs nodig: de vertraging in milliseconden (1 tot en met 120000).`),
    );
  }
  if (!vertragingMag && s.vertragingMs !== undefined) {
    fouten.push(
      fout(
        '/vertragingMs',
        `vertragingMs hoort niet bij ${s.soort}; alleen VERTRAGING, PUSH_VERTRAAGD en PUSH_VOLGORDE kennen het.`,
      ),
    );
  }
  if (s.retryAfterSeconden !== undefined && s.soort !== 'ONDERHOUD') {
    fouten.push(fout('/retryAfterSeconden', `retryAfterSeconden hoort alleen bij ONDERHOUD, niet bij ${s.soort}.`));
  }
  if (s.naVerwerking !== undefined && s.soort !== 'VERBROKEN') {
    fouten.push(fout('/naVerwerking', `naVerwerking hoort alleen bij VERBROKEN, niet bij ${s.soort}.`));
  }
  if (s.operatie !== undefined) {
    if (push) {
      fouten.push(
        fout(
          '/operatie',
          `Een pushstoring geldt voor de afleveringen, niet voor een operatie; laat operatie weg bij ${s.soort}.`,
        ),
      );
    } else if (!context.operaties.includes(s.operatie)) {
      fouten.push(
        fout(
          '/operatie',
          `Deze dienst kent geen operatie "${s.operatie}"; verwacht methode en pad zoals in /openapi.json, bijvoorbeeld "${context.operaties[0] ?? 'GET /health'}".`,
        ),
      );
    }
  }
  return fouten;
}

/** A fault has ended at its `tot` (real time); one counted down to zero is removed when it fires. */
export function isVerlopen(s: Storing, nuMs: number): boolean {
  return s.tot !== undefined && Date.parse(s.tot) <= nuMs;
}

/** Whether the fault hits this request or push delivery; each field the fault leaves out matches anything. */
export function raakt(s: Storing, doel: StoringDoel): boolean {
  if (isPushSoort(s.soort) !== (doel.operatie === undefined)) return false;
  if (s.operatie !== undefined && s.operatie !== doel.operatie) return false;
  if (s.leverancier !== undefined && s.leverancier !== doel.partij) return false;
  if (s.school !== undefined && s.school !== doel.school) return false;
  return true;
}
