// Writes every exchange to the journal and the request log as its answer is given. The answer
// (status line included) is held until the journal's transaction holding the entry is committed,
// so a party that has its answer finds the exchange in the journal, also after a crash. The
// entries of one event-loop turn share that transaction (journal.ts), which keeps it cheap.
import type { NextFunction, Request, Response } from 'express';
import type { Clock } from '../clock.js';
import type { Journal } from '../journal.js';
import type { Logger } from '../logger.js';
import { locals } from './context.js';

function foutcodesOf(body: unknown): string[] {
  const list = (body as { foutmeldingen?: Array<{ foutcode?: unknown }> } | null)?.foutmeldingen;
  return Array.isArray(list) ? list.map((f) => String(f.foutcode)) : [];
}

function bedrijfsdocumentOf(body: unknown): { verzendendeInstantie?: unknown; identificatiecodeBedrijfsdocument?: unknown } {
  const bd = (body as { bedrijfsdocument?: unknown } | null)?.bedrijfsdocument;
  return bd && typeof bd === 'object' ? bd : {};
}

/** Reading the journal is not an exchange of the chain; journaling it would wake every long-poll again. */
function isJournalRead(req: Request): boolean {
  return req.method === 'GET' && req.path === '/_sim/journal';
}

export function journalMiddleware(journal: Journal, clock: Clock, logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (isJournalRead(req)) {
      next();
      return;
    }
    const started = process.hrtime.bigint();
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      locals(res).antwoord = body;
      return json(body);
    };
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body === 'string') locals(res).antwoordJson = body;
      return send(body);
    };
    let recorded = false;
    const end = res.end.bind(res) as (...a: unknown[]) => Response;
    res.end = ((...args: unknown[]) => {
      if (recorded) return end(...args);
      recorded = true;
      record(() => end(...args));
      return res;
    }) as typeof res.end;
    const record = (answer: () => void) => {
      const duurMs = Number(process.hrtime.bigint() - started) / 1e6;
      const l = locals(res);
      const bd = bedrijfsdocumentOf(req.body);
      const namens = l.namens ?? (typeof bd.verzendendeInstantie === 'string' ? bd.verzendendeInstantie : null);
      const berichtId =
        l.berichtId ?? (typeof bd.identificatiecodeBedrijfsdocument === 'string' ? bd.identificatiecodeBedrijfsdocument : null);
      const operatie = `${req.method} ${req.originalUrl}`;
      try {
        journal.record(
          {
            // The simulated instant, like every tijdstip a party reads back.
            tijdstip: clock.now().toISOString(),
            vandaag: clock.today(),
            partij: l.partij ?? null,
            namens,
            operatie,
            status: res.statusCode,
            foutcodes: foutcodesOf(l.antwoord),
            duurMs,
            identificatiecodeBedrijfsdocument: berichtId,
            verzoek: req.method === 'GET' ? null : (req.body ?? null),
            antwoord: l.journaalAntwoord ?? l.antwoord ?? null,
            ...(l.spoor
              ? {
                  traceId: l.spoor.traceId,
                  spanId: l.spoor.spanId,
                  parentSpanId: l.spoor.parentSpanId,
                  uitGeheugen: l.spoor.remembered,
                }
              : {}),
            ...(l.storing ? { storing: l.storing } : {}),
            // The raw text only when it parsed: a refused non-JSON body is journaled as no body.
            ...(l.verzoekJson !== undefined && req.body !== undefined ? { verzoekJson: l.verzoekJson } : {}),
            ...(l.antwoordJson !== undefined && l.journaalAntwoord === undefined ? { antwoordJson: l.antwoordJson } : {}),
          },
          answer,
        );
      } catch (err) {
        // The entry could not be queued: the party still gets its answer.
        logger.error({ err }, 'journal write failed');
        answer();
      }
      logger.info(
        { method: req.method, url: req.originalUrl, status: res.statusCode, ms: Math.round(duurMs * 10) / 10, partij: l.partij },
        'exchange',
      );
    };
    next();
  };
}
