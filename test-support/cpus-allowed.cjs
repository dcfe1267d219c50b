// How many CPUs Jest's workers may use: every core, but no more than a container's CPU quota allows.
// Node 20's availableParallelism() counts the host's cores (scripts/src/lib/cpu-quota.ts), so in a
// container limited to 2 CPUs on a 64-core host Jest would start 63 or 64 workers, each starting
// chains. The quota's reader is compiled (npm install and npm test build it before Jest loads this);
// without its build there is no limit.
const { availableParallelism } = require('node:os');
const { join } = require('node:path');

const QUOTA_READER = join(__dirname, '..', 'scripts', 'dist', 'lib', 'cpu-quota.js');

function readQuota() {
  try {
    return require(QUOTA_READER).cgroupQuotaCpus();
  } catch {
    return undefined;
  }
}

/** The CPUs a quota allows on these cores, or undefined when there is no quota (Jest's own count then holds). */
function cpusAllowed(quota = readQuota(), cores = availableParallelism()) {
  return quota === undefined ? undefined : Math.max(1, Math.min(quota, cores));
}

module.exports = { cpusAllowed, QUOTA_READER };
