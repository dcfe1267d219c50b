// The fuzz suite in the fast tier (`npm test`): 100 seeded cases per write endpoint, enough to catch a
// 5xx or a stored refusal on every endpoint in seconds. The slow tier runs the same suite at 2,000
// (fuzz.slow.test.ts); FUZZ_RUNS and FUZZ_SEED override the count and seed (support/fuzz-suite.ts).
import { describeFuzz } from './support/fuzz-suite';

describeFuzz(100);
