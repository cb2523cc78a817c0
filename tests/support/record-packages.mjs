/**
 * Preloaded (node --import) by tests/workflows/validate-job-deps.test.ts: on
 * exit, writes the folder of every package under node_modules this process
 * loaded (`node_modules/<name>`, one per line) to $RECORD_PACKAGES_FILE.
 */
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

/** @type {Set<string>} */
const folders = new Set();
registerHooks({
  load(url, context, nextLoad) {
    const match = /\/(node_modules\/(?:@[^/]+\/)?[^/]+(?:\/node_modules\/(?:@[^/]+\/)?[^/]+)*)\//.exec(decodeURIComponent(url));
    if (match) folders.add(match[1]);
    return nextLoad(url, context);
  },
});
process.on('exit', () => writeFileSync(process.env.RECORD_PACKAGES_FILE, [...folders].sort().join('\n')));
