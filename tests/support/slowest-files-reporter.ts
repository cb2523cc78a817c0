/**
 * A vitest reporter (added beside the default one in vitest.config.ts) that
 * prints the ten slowest test files at the end of a run, with their project:
 * where the time of `npm test` goes, in every CI log.
 */
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const SHOWN = 10;

export default class SlowestFilesReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const timed = testModules
      .map((module) => {
        const diagnostic = module.diagnostic();
        // What the file cost its worker: importing it (collect), its setup files, and its tests and hooks.
        const ms = diagnostic.collectDuration + diagnostic.setupDuration + diagnostic.duration;
        return { file: relative(process.cwd(), module.moduleId), project: module.project.name, ms };
      })
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SHOWN);
    if (timed.length === 0) return;
    const width = Math.max(...timed.map((entry) => entry.file.length));
    const lines = timed.map((entry) => `  ${(entry.ms / 1000).toFixed(1).padStart(6)} s  ${entry.file.padEnd(width)}  (${entry.project})`);
    process.stdout.write(`\nSlowest test files (import, setup, tests and hooks):\n${lines.join('\n')}\n`);
  }
}
