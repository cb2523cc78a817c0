import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/lib/cli/errors.ts';
import { PAIRING_REF, pairingRef } from '../../../src/lib/lifecycle/pairing-ref.ts';
import { schemaRegistry } from '../../../src/lib/schema-files.ts';

describe('a <program>/<pairing-id> option', () => {
  it("is checked with common.schema.json's own programId and recordId patterns, not a copy", () => {
    const defs = schemaRegistry.get('common.schema.json')!['$defs'] as Record<string, { pattern: string }>;
    const unanchored = (pattern: string): string => pattern.replace(/^\^/, '').replace(/\$$/, '');
    expect(PAIRING_REF.source).toBe(
      `^(?<program>${unanchored(defs['programId']!.pattern)})\\/(?<id>${unanchored(defs['recordId']!.pattern)})$`,
    );
  });

  it('splits a valid reference into program, id and key', () => {
    expect(pairingRef('alao/2026-lee-okafor')).toEqual({ program: 'alao', id: '2026-lee-okafor', key: 'alao/2026-lee-okafor' });
    expect(pairingRef('ala-rt/2025-o-brien-sato')).toEqual({ program: 'ala-rt', id: '2025-o-brien-sato', key: 'ala-rt/2025-o-brien-sato' });
  });

  it.each(['alao', 'Alao/2026-lee-okafor', 'alao/26-lee-okafor', 'alao/2026-lee--okafor', 'alao/2026-lee-okafor/x', '1alao/2026-lee'])(
    'refuses "%s" with a sentence that shows the expected form',
    (value) => {
      expect(() => pairingRef(value)).toThrow(UsageError);
      expect(() => pairingRef(value)).toThrow(`"${value}" is not <program>/<pairing-id> (for example alao/2026-lee-okafor).`);
    },
  );

  it('asks for the reference when it is missing', () => {
    expect(() => pairingRef(undefined)).toThrow('Name the pairing as <program>/<pairing-id> (for example alao/2026-lee-okafor).');
  });
});
