import { newPairingFinding } from '../../lifecycle/check-history.ts';
import { recordPath } from '../../submit/record-location.ts';
import type { IndexRule } from './rule.ts';

/**
 * A history entry's new pairing (a reassignment's) is another pairing of the
 * program that passed its schema. Asked once every pairing has been read; the
 * other lifecycle rules check each pairing as it is read (pairing-lifecycle.ts).
 */
export const newPairingExists: IndexRule = {
  id: 'pairing-history-new-pairing-exists',
  check({ index, report }) {
    for (const { program, pairingId, file, entry, newPairing } of index.newPairings) {
      const finding = newPairingFinding(entry, newPairing, {
        pairingId,
        pairingExists: (id) => index.pairingFiles.has(recordPath('pairing', program, id)),
      });
      if (finding) report(file, { path: finding.path }, finding.message);
    }
  },
};
