// Every operation of BRON, for /openapi.json and the generated collections (scripts/src/generate-collections.ts).
import type { OperationSpec } from '@duo-sim/shared';
import { bekostigingOperations } from './routes/bekostiging.js';
import { berichtenOperations } from './routes/berichten.js';
import { identificatieOperations } from './routes/identificaties.js';
import { informatiedienstOperations } from './routes/informatiediensten.js';
import { inschrijvingOperations } from './routes/inschrijvingen.js';
import { leerlingOperations } from './routes/leerlingen.js';
import { onderwijsnummerOperations } from './routes/onderwijsnummers.js';
import { resultaatOperations } from './routes/resultaten.js';
import { verwijderingOperations } from './routes/verwijderingen.js';

export const BRON_OPERATIONS: readonly OperationSpec[] = [
  ...identificatieOperations,
  ...inschrijvingOperations,
  ...verwijderingOperations,
  ...resultaatOperations,
  ...informatiedienstOperations,
  ...bekostigingOperations,
  ...berichtenOperations,
  ...onderwijsnummerOperations,
  ...leerlingOperations,
];
