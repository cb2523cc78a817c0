/**
 * A ledger text that is not a ledger at all (./ledger.ts throws it). In a module of its own: `desk-issue`
 * names it among its `known` errors, so it is loaded with the script, before the ledger's reader.
 */
export class LedgerError extends Error {
  override name = 'LedgerError';
}
