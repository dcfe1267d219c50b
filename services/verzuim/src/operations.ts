// Every operation of the verzuimregister, for /openapi.json and the generated collections (scripts/src/generate-collections.ts).
import type { OperationSpec } from '@duo-sim/shared';
import { gemeenteOperations } from './routes/gemeenten.js';
import { meldingOperations } from './routes/meldingen.js';
import { schoolOperations } from './routes/scholen.js';

export const VERZUIM_OPERATIONS: readonly OperationSpec[] = [...meldingOperations, ...schoolOperations, ...gemeenteOperations];
