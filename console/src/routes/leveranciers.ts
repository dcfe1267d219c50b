// "Nieuwe leverancier": the same use case as `npm run sim -- leverancier nieuw`
// (shared/src/nieuwe-leverancier.ts), over the services' APIs through the console's gateway:
// OSR adds the vendor as the operator asks (OSR-07), each bestuur mandates it with its own certificate.
import { curlRegel, LeverancierFout, maakNieuweLeverancier, parseScholen, pkiPaths, type Verstuur } from '@duo-sim/shared';
import { Router } from 'express';
import { dirname } from 'node:path';
import type { ConsoleContext } from '../context.js';
import { isUnreachable } from '../gateway.js';
import { SERVICE_NAMEN } from '../views/layout.js';
import { leverancierFormulierView, nieuweLeverancierView, type LeverancierFormulier } from '../views/leveranciers.js';

const TITEL = { titel: 'Nieuwe leverancier', actief: '/leveranciers' };

export function leverancierRoutes(ctx: ConsoleContext): Router {
  const router = Router();
  const send: Verstuur = async (service, method, path, options = {}) => {
    const res = await ctx.deps.gateway.send(service, method, path, {
      ...(options.body !== undefined ? { body: options.body } : {}),
      ...(options.als ? { als: options.als } : {}),
    });
    if (isUnreachable(res)) throw new LeverancierFout(`${SERVICE_NAMEN[service]} is niet bereikbaar (${res.onbereikbaar}).`);
    return res;
  };

  router.get('/leveranciers', async (_req, res) => {
    await ctx.render(res, TITEL, leverancierFormulierView({ naam: '', scholen: '3' }));
  });

  router.post('/leveranciers', async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const formulier: LeverancierFormulier = {
      naam: typeof body.naam === 'string' ? body.naam.trim() : '',
      scholen: typeof body.scholen === 'string' ? body.scholen.trim() : '',
    };
    try {
      if (formulier.naam === '') throw new LeverancierFout('Geef de naam van uw leverancier, bijvoorbeeld Mijn LAS.');
      const nieuw = await maakNieuweLeverancier(send, {
        naam: formulier.naam,
        scholen: parseScholen(formulier.scholen, 'Scholen'),
      });
      // The vendor's files lie in the world's pki folder (pkiPaths), next to the CA it needs.
      const ca = pkiPaths(dirname(dirname(nieuw.bestanden.certificaat))).caCert;
      // The password is on this page only: no cache may keep it.
      res.setHeader('cache-control', 'no-store');
      await ctx.render(res, TITEL, nieuweLeverancierView(nieuw, { ca }, curlRegel(ca, nieuw.bestanden, ctx.deps.peers.osr)), 201);
    } catch (err) {
      if (!(err instanceof LeverancierFout)) throw err;
      await ctx.render(res, TITEL, leverancierFormulierView(formulier, err.message), 400);
    }
  });

  return router;
}
