/**
 * Preloaded into both measured children (node --import, plain JavaScript, so
 * that it costs the same on each side): on exit, writes the process's peak
 * resident memory (bytes) and the CPU time it used (ms, user + system) to
 * $BENCH_RSS_FILE as JSON.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ rss: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
