/**
 * `octokit` and `bottleneck`, loaded on first use: the client's packages cost
 * a script ~0.15-0.25 s of CPU at start-up (measured with perf stat), paid
 * before by every run that could talk to GitHub, including `--help`, local
 * mode and dry runs that never do. Node's own require, as in
 * ../yaml/yaml-package.ts: the same module instances an `import` gets.
 */
import { createRequire } from 'node:module';

type OctokitPackage = typeof import('octokit');
// CommonJS: require gives the class itself, the default export an import gets.
type BottleneckPackage = typeof import('bottleneck').default;

const load = createRequire(import.meta.url);

// require keeps each module it loaded: the second call costs a lookup, so neither function keeps its own copy.
export function octokitPackage(): OctokitPackage {
  return load('octokit') as OctokitPackage;
}

export function bottleneckPackage(): BottleneckPackage {
  return load('bottleneck') as BottleneckPackage;
}
