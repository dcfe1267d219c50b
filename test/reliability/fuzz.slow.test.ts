// The fuzz suite at full size in the slow tier (`npm run test:all`, CI): 2,000 seeded cases per write
// endpoint, 52,000 in all. `npm run fuzz -- --runs N` runs this file with another count.
import { describeFuzz } from './support/fuzz-suite';

describeFuzz(2000);
