import type { Rule } from './rule.ts';

/** A contract's pairing file exists in the same program. */
export const contractPairingExists: Rule = {
  id: 'contract-pairing-exists',
  check({ repository, paths, report }) {
    for (const [key, contract] of repository.contracts) {
      const pairingPath = `content/pairings/${key}.yaml`;
      if (!paths.has(pairingPath)) {
        report(contract.file, { path: ['pairing'] }, `This contract has no pairing: ${pairingPath} does not exist. Add the pairing first (npm run pairing:new), or correct the file name; if the pairing's pull request is still open, npm run contract:new (with GITHUB_TOKEN set) adds the contract to that pull request.`);
      }
    }
  },
};
