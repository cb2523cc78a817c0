/**
 * A change the coordinator asked for that cannot be made; the message says why in plain words.
 * In a module of its own: `pairing:status` names it among its `known` errors, so it is loaded with the
 * script, before the YAML editor that throws it (./status-change.ts).
 */
export class StatusChangeError extends Error {
  override name = 'StatusChangeError';
}
