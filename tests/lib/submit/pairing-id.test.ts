import { describe, expect, it } from 'vitest';
import { asciiSlug, derivePairingId, peopleOfKind, surnameSlug } from '../../../src/lib/submit/pairing-id.ts';
import { presentPeopleWithRoles } from '../../../src/lib/validate/rules/people.ts';

describe('derivePairingId', () => {
  it('joins the year notified and the surnames, mentor first', () => {
    expect(
      derivePairingId({
        kind: 'mentoring',
        notified: '2026-01-15',
        mentor: { name: 'Jordan Lee', email: 'a@b.c' },
        mentee: { name: 'Ada Okafor', email: 'd@e.f' },
      }),
    ).toBe('2026-lee-okafor');
  });

  it('uses the peers in their written order and an explicit cycle', () => {
    const pairing = {
      kind: 'peer' as const,
      notified: '2025-12-20',
      peers: [
        { name: 'Mira Novak', email: 'a@b.c' },
        { name: 'Ken Sato', email: 'd@e.f' },
      ],
    };
    expect(derivePairingId(pairing)).toBe('2025-novak-sato');
    expect(derivePairingId(pairing, '2026')).toBe('2026-novak-sato');
  });

  it('folds accents and letters NFKD leaves alone, and turns other characters into hyphens', () => {
    expect(surnameSlug('Zoë Ångström-Berg')).toBe('angstrom-berg');
    expect(surnameSlug("Sam O'Brien")).toBe('o-brien');
    expect(surnameSlug('Jürgen Weiß')).toBe('weiss');
    expect(surnameSlug('Lars Søndergård')).toBe('sondergard');
    expect(surnameSlug('Paweł Łukasiewicz')).toBe('lukasiewicz');
    expect(asciiSlug('  --Ça va?--  ')).toBe('ca-va');
  });

  it('gives no id when a surname has no Latin letters or the year is missing', () => {
    expect(
      derivePairingId({
        kind: 'mentoring',
        notified: '2026-01-15',
        mentor: { name: '王 芳', email: 'a@b.c' },
        mentee: { name: 'Ada Okafor', email: 'd@e.f' },
      }),
    ).toBeUndefined();
    expect(
      derivePairingId({
        kind: 'mentoring',
        mentor: { name: 'Jordan Lee', email: 'a@b.c' },
        mentee: { name: 'Ada Okafor', email: 'd@e.f' },
      }),
    ).toBeUndefined();
    expect(derivePairingId({ kind: 'mentoring', notified: '2026-01-15', mentor: { name: 'Jordan Lee', email: 'a@b.c' } })).toBeUndefined();
  });
});

describe('the people of a pairing', () => {
  const mentor = { name: 'Jordan Lee', email: 'a@b.c' };
  const mentee = { name: 'Ada Okafor', email: 'd@e.f' };
  const peers = [
    { name: 'Mira Novak', email: 'g@h.i' },
    { name: 'Ken Sato', email: 'j@k.l' },
  ];

  it('peopleOfKind picks the people the kind calls for and leaves out others written', () => {
    expect(peopleOfKind({ kind: 'peer', peers, mentor })).toEqual(peers);
    expect(peopleOfKind({ kind: 'mentoring', mentor, mentee, peers })).toEqual([mentor, mentee]);
  });

  it('presentPeopleWithRoles lists everyone written, whatever the kind, with role and place in the file', () => {
    expect(presentPeopleWithRoles({ kind: 'peer', peers, mentor } as Parameters<typeof presentPeopleWithRoles>[0])).toEqual([
      { role: 'mentor', ...mentor, path: ['mentor'] },
      { role: 'peer', ...peers[0]!, path: ['peers', 0] },
      { role: 'peer', ...peers[1]!, path: ['peers', 1] },
    ]);
  });
});
