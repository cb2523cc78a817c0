/**
 * Each pairing file with its contract file (the same '<program>/<pairing-id>'),
 * in the order the validator reads them: the pairings in their order, each with
 * its contract, then the contracts that have no pairing, in theirs.
 */
import type { SourceFile } from '../repository/read-files.ts';

const PAIRINGS = 'content/pairings/';
const CONTRACTS = 'content/contracts/';

/** '<program>/<pairing-id>.yaml': what a pairing's and its contract's paths share. */
const placeOf = (file: SourceFile, folder: string): string => file.path.slice(folder.length);
/** '<program>/<pairing-id>' of a '<program>/<pairing-id>.yaml'. */
const keyOf = (place: string): string => place.slice(0, -'.yaml'.length);

/** Whether the files' places only go up (sorted, no path twice), as readRepositoryFiles gives them. */
function ascending(files: readonly SourceFile[], folder: string): boolean {
  for (let index = 1; index < files.length; index += 1) {
    if (!(placeOf(files[index - 1]!, folder) < placeOf(files[index]!, folder))) return false;
  }
  return true;
}

/**
 * Calls `visit` for every pairing (with its contract, if any), then for every
 * contract without a pairing. Paths sorted (a whole repository's are) are
 * matched in one pass over both lists; for 50,000 pairings a table of the
 * contracts by path, with a path built and looked up per pairing, cost about
 * 50 ms more. Any other order takes that table, with the same result.
 */
export function forEachPair(
  pairings: readonly SourceFile[],
  contracts: readonly SourceFile[],
  visit: (key: string, pairing: SourceFile | undefined, contract: SourceFile | undefined) => void,
): void {
  if (ascending(pairings, PAIRINGS) && ascending(contracts, CONTRACTS)) {
    const unpaired: SourceFile[] = [];
    let next = 0;
    // The place of contracts[next], or undefined past the last one.
    const placeOfNext = (): string | undefined => (next < contracts.length ? placeOf(contracts[next]!, CONTRACTS) : undefined);
    let contractPlace = placeOfNext();
    for (const pairing of pairings) {
      const place = placeOf(pairing, PAIRINGS);
      while (contractPlace !== undefined && contractPlace < place) {
        unpaired.push(contracts[next]!);
        next += 1;
        contractPlace = placeOfNext();
      }
      let contract: SourceFile | undefined;
      if (contractPlace === place) {
        contract = contracts[next];
        next += 1;
        contractPlace = placeOfNext();
      }
      visit(keyOf(place), pairing, contract);
    }
    unpaired.push(...contracts.slice(next));
    for (const contract of unpaired) visit(keyOf(placeOf(contract, CONTRACTS)), undefined, contract);
    return;
  }
  // By path: a contract listed twice is read once, the last one listed, where it was first listed.
  const byPath = new Map<string, SourceFile>();
  for (const contract of contracts) byPath.set(contract.path, contract);
  for (const pairing of pairings) {
    const contractPath = `${CONTRACTS}${placeOf(pairing, PAIRINGS)}`;
    const contract = byPath.get(contractPath);
    byPath.delete(contractPath);
    visit(keyOf(placeOf(pairing, PAIRINGS)), pairing, contract);
  }
  for (const [path, contract] of byPath) visit(keyOf(path.slice(CONTRACTS.length)), undefined, contract);
}
