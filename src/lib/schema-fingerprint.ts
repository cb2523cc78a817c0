/**
 * A fingerprint of every JSON Schema in schemas/: the validators compiled
 * ahead of time (src/lib/compiled-schemas/) carry the fingerprint of the
 * schemas they were compiled from, and are used only while it still matches
 * (src/lib/schemas.ts), so an edited schema is never checked by stale code.
 */
import { createHash } from 'node:crypto';
import { schemaRegistry } from './schema-files.ts';

let cached: string | undefined;

/** sha256 of the schemas, by file name, as the validator reads them. */
export function schemasFingerprint(): string {
  cached ??= createHash('sha256')
    .update(JSON.stringify([...schemaRegistry]))
    .digest('hex');
  return cached;
}
