/**
 * Preloaded into both measured children (node --import, plain JavaScript, so
 * that it costs the same on each side): on exit, writes the process's peak
 * resident memory (bytes) to $BENCH_RSS_FILE.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS * 1024));
  });
}
