/**
 * The validator reads each pairing with its contract (src/lib/validate/pair-files.ts):
 * one pass over sorted lists, as a whole repository gives them, and a table by
 * path for any other order; both in the same order, with the same pairs.
 */
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../../src/lib/repository/read-files.ts';
import { forEachPair } from '../../../src/lib/validate/pair-files.ts';

const file = (path: string): SourceFile => ({ path, bytes: new Uint8Array() });
const pairing = (key: string) => file(`content/pairings/${key}.yaml`);
const contract = (key: string) => file(`content/contracts/${key}.yaml`);

/** What forEachPair visits, as '<key> <pairing path or -> <contract path or ->'. */
function visits(pairings: SourceFile[], contracts: SourceFile[]): string[] {
  const seen: string[] = [];
  forEachPair(pairings, contracts, (key, p, c) => seen.push(`${key} ${p?.path ?? '-'} ${c?.path ?? '-'}`));
  return seen;
}

describe('each pairing with its contract', () => {
  // Sorted by path: 'a-b.yaml' comes before 'a.yaml' ('-' < '.'), although the key 'a' comes before 'a-b'.
  const keys = ['p/2026-a-b', 'p/2026-a', 'p/2026-c', 'q/2026-a'];

  it('pairs sorted lists in one pass: the pairings in order with their contracts, then the contracts without a pairing', () => {
    const pairings = [pairing(keys[0]!), pairing(keys[1]!), pairing(keys[3]!)];
    const contracts = [contract('a/2026-x'), contract(keys[0]!), contract(keys[2]!), contract(keys[3]!), contract('r/2026-z')];
    expect(visits(pairings, contracts)).toEqual([
      'p/2026-a-b content/pairings/p/2026-a-b.yaml content/contracts/p/2026-a-b.yaml',
      'p/2026-a content/pairings/p/2026-a.yaml -',
      'q/2026-a content/pairings/q/2026-a.yaml content/contracts/q/2026-a.yaml',
      'a/2026-x - content/contracts/a/2026-x.yaml',
      'p/2026-c - content/contracts/p/2026-c.yaml',
      'r/2026-z - content/contracts/r/2026-z.yaml',
    ]);
  });

  it('gives the same pairs in the same order from a table when the lists are not sorted', () => {
    const pairings = keys.map(pairing);
    const contracts = keys.map(contract);
    const sorted = visits(pairings, contracts.slice(1));
    // The same lists in another order: the pairings visited in their order, unpaired contracts in theirs.
    const shuffled = visits([pairings[3]!, pairings[0]!, pairings[2]!, pairings[1]!], [contracts[3]!, contracts[2]!, contracts[1]!]);
    expect([...shuffled].sort()).toEqual([...sorted].sort());
    expect(shuffled[0]).toBe('q/2026-a content/pairings/q/2026-a.yaml content/contracts/q/2026-a.yaml');
    expect(visits([], [contracts[3]!, contracts[0]!])).toEqual([
      'q/2026-a - content/contracts/q/2026-a.yaml',
      'p/2026-a-b - content/contracts/p/2026-a-b.yaml',
    ]);
  });

  it('reads a file listed twice as before: the pairing twice, its contract with the first', () => {
    const twice = pairing(keys[1]!);
    expect(visits([twice, twice], [contract(keys[1]!)])).toEqual([
      'p/2026-a content/pairings/p/2026-a.yaml content/contracts/p/2026-a.yaml',
      'p/2026-a content/pairings/p/2026-a.yaml -',
    ]);
  });
});
