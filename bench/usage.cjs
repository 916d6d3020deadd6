// Preloaded into each benchmarked process (node --require): on exit, writes its CPU time and
// peak resident memory where BENCH_USAGE says, so the bench measures whole processes alike.
const fs = require('node:fs');
process.on('exit', () => {
  const usage = process.resourceUsage();
  if (process.env.BENCH_USAGE) fs.writeFileSync(process.env.BENCH_USAGE, JSON.stringify({ cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6, rssMB: usage.maxRSS / 1024 }));
});
