/**
 * Behaviours found missing when trying `npm run validate` by hand: each
 * mistake is one line at its place, and a cross-file problem fails whichever
 * of its files a pull request touches.
 */
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../../src/lib/validate/index.ts';
import { baseFiles, CONTRACT, fixtureBytes, GUIDELINE, PAIRING, TODAY, validateWith } from './helpers.ts';

const short = (result: { diagnostics: { rule: string; line: number; column: number; message: string }[] }) =>
  result.diagnostics.map(({ rule, line, column, message }) => ({ rule, line, column, message }));

describe('a person in two active pairings', () => {
  it('is reported on the pairing already on file too, so validating only that file fails', async () => {
    const added = 'content/pairings/alao/2026-lee-zhou.yaml';
    const files = (await baseFiles()).concat({ path: added, bytes: fixtureBytes('pairing-person-twice-active.yaml') });
    const result = validateFiles(files, { today: TODAY, only: [PAIRING] });
    expect(result.ok).toBe(false);
    expect(short(result)).toEqual([
      {
        rule: 'pairing-one-active-per-person',
        line: 3,
        column: 36, // the email value
        message: `This mentor is already the mentor in another active pairing of the program (${added}); nobody holds the same role twice at once: end or reassign that pairing first.`,
      },
    ]);
  });
});

describe('a typo in a key', () => {
  const contract = async () => new TextDecoder().decode(fixtureBytes('../base/' + CONTRACT));

  it('a swap of two letters gets a suggestion and no second "missing" line', async () => {
    const text = (await contract()).replace('    email: ada.okafor', '    emial: ada.okafor');
    const result = await validateWith(CONTRACT, text);
    expect(short(result)).toEqual([
      { rule: 'schema-unknown-key', line: 12, column: 5, message: 'Unknown field "emial" in Party 2. Did you mean "email"?' },
    ]);
  });

  it('an unknown key that resembles nothing still lists the allowed keys, and a truly missing key is still reported', async () => {
    const text = (await contract()).replace('    email: ada.okafor@example.edu\n', '    colour: blue\n');
    const result = await validateWith(CONTRACT, text);
    expect(short(result).map((d) => d.rule)).toEqual(['schema-missing-key', 'schema-unknown-key']);
    expect(result.diagnostics[1]!.message).toContain('Allowed here: role, name, email, phone, signed, signature.');
  });
});

describe('guideline links to site-wide pages', () => {
  const page = (link: string) =>
    `---\ntitle: Setting goals\ndescription: How a pair chooses its goals.\norder: 2\n---\n\n## Choosing goals\n\nSee [this page](${link}).\n`;

  it.each(['/search/', '../../search/', '../contract.pdf', '../contract-a4.pdf', '/alao/statistics/'])('%s exists', async (link) => {
    expect(short(await validateWith(GUIDELINE, page(link)))).toEqual([]);
  });

  it('a misspelt site page is still reported', async () => {
    const result = await validateWith(GUIDELINE, page('/serch/'));
    expect(short(result)).toEqual([
      expect.objectContaining({
        rule: 'guideline-link',
        line: 9,
        column: 5,
        message: expect.stringContaining('Link to a page that does not exist (/serch/).'),
      }),
    ]);
  });
});
