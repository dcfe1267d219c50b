// Loaded into the chain process by the `slow` bench phase (`node -r`): on SIGUSR2 the process writes
// its own process.memoryUsage() to stderr, so the bench can split RSS into the V8 heap, buffers and
// the rest without an endpoint that a vendor could call.
process.on('SIGUSR2', () => {
  process.stderr.write(`bench-memory ${JSON.stringify(process.memoryUsage())}\n`);
});
