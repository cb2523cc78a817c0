/**
 * npm run validate keeps no records (checkFiles): each pairing is checked with
 * its contract as it is read, and the rules across pairings read a compact
 * index (src/lib/validate/record-index.ts). It must find exactly what
 * validateFiles, which keeps every record, finds; and the index must say what
 * the records say.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRepositoryFiles, type SourceFile } from '../../../src/lib/repository/read-files.ts';
import { checkFiles, validateFiles, type Repository, type ValidationResult } from '../../../src/lib/validate/index.ts';
import { emptyRecordIndex, indexPairing, pairingKeyOf } from '../../../src/lib/validate/record-index.ts';
import { presentPeopleWithRoles } from '../../../src/lib/validate/rules/people.ts';
import { EXAMPLES_TODAY } from '../../support/examples-today.ts';
import { baseFiles, fixtureBytes, PAIRING, TODAY } from './helpers.ts';
import { invalidCases, type InvalidCase } from './invalid-cases.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/** The base repository with `path` replaced (or added) by `bytes`. */
async function withFile(path: string, bytes: Uint8Array): Promise<SourceFile[]> {
  return [...(await baseFiles()).filter((file) => file.path !== path), { path, bytes }];
}

/** What the index should hold, worked out from the whole records. */
function expectedIndex(repository: Repository) {
  const seats = new Map<string, { file: string; role: string; path: readonly (string | number)[] }[]>();
  for (const [key, { file, data }] of repository.pairings) {
    if (data.status !== 'active') continue;
    for (const person of presentPeopleWithRoles(data)) {
      const id = `${key.slice(0, key.indexOf('/'))}\0${person.email.trim().toLowerCase()}`;
      seats.set(id, [...(seats.get(id) ?? []), { file, role: person.role, path: person.path }]);
    }
  }
  return { pairingFiles: new Set([...repository.pairings.values()].map((loaded) => loaded.file)), seats };
}

function indexOf(repository: Repository) {
  const index = emptyRecordIndex();
  for (const [key, loaded] of repository.pairings) indexPairing(index, key, loaded);
  const seats = new Map(
    [...index.seats].map(([id, seated]) => [
      id,
      (Array.isArray(seated) ? seated : [seated]).map(({ file, role, path }) => ({ file, role, path })),
    ]),
  );
  return { index, seats };
}

/**
 * validateFiles on the base repository with an invalid case's file, read the fast way (the default):
 * worked out once, since the first and the index tests below both need it.
 */
const keptWithCase = new Map<InvalidCase, Promise<ValidationResult>>();
function validatedWithCase(testCase: InvalidCase): Promise<ValidationResult> {
  let result = keptWithCase.get(testCase);
  if (!result) {
    result = withFile(testCase.path, fixtureBytes(testCase.fixture)).then((files) =>
      validateFiles(files, { today: TODAY, yamlReading: 'fast' }),
    );
    keptWithCase.set(testCase, result);
  }
  return result;
}

describe('checkFiles (npm run validate, no records kept)', () => {
  it("finds what validateFiles finds in the repository's examples", async () => {
    const files = await readRepositoryFiles(resolve(import.meta.dirname, '../../..'));
    const kept = validateFiles(files, { today: EXAMPLES_TODAY, wholeRepository: true });
    expect(checkFiles(files, { today: EXAMPLES_TODAY, wholeRepository: true })).toEqual({ diagnostics: kept.diagnostics, ok: kept.ok });
    // The run keeps the records for validateFiles' callers, and they are all there.
    expect(kept.repository.pairings.size).toBeGreaterThan(0);
    expect(kept.repository.contracts.size).toBeGreaterThan(0);
  });

  it('finds what validateFiles finds with every invalid fixture, in every file, both YAML readings', async () => {
    for (const testCase of invalidCases) {
      const files = await withFile(testCase.path, fixtureBytes(testCase.fixture));
      for (const yamlReading of ['fast', 'strict'] as const) {
        const kept = yamlReading === 'fast' ? await validatedWithCase(testCase) : validateFiles(files, { today: TODAY, yamlReading });
        expect(checkFiles(files, { today: TODAY, yamlReading }), testCase.fixture).toEqual({ diagnostics: kept.diagnostics, ok: kept.ok });
      }
    }
  });

  it('finds people in two active pairings, naming the other files in the order of their ids (not of the files)', async () => {
    // content/pairings/alao/2026-lee-okafor-b.yaml sorts before 2026-lee-okafor.yaml as a file, after it as an id.
    const twin = (mentee: string) =>
      encode(
        `program: alao\nkind: mentoring\nmentor: { name: Jordan Lee, email: Jordan.Lee@example.edu }\nmentee: { name: Ada ${mentee}, email: ${mentee}@example.edu }\nnotified: 2026-01-15\nstatus: active\n`,
      );
    const files = [
      ...(await baseFiles()),
      { path: 'content/pairings/alao/2026-lee-okafor-b.yaml', bytes: twin('b') },
      { path: 'content/pairings/alao/2026-lee-okafor-a.yaml', bytes: twin('a') },
    ];
    const kept = validateFiles(files, { today: TODAY });
    const checked = checkFiles(files, { today: TODAY });
    expect(checked.diagnostics).toEqual(kept.diagnostics);
    const onBase = checked.diagnostics.filter((d) => d.file === PAIRING && d.rule === 'pairing-one-active-per-person');
    expect(onBase).toHaveLength(1);
    expect(onBase[0]!.message).toContain('(content/pairings/alao/2026-lee-okafor-a.yaml, content/pairings/alao/2026-lee-okafor-b.yaml)');
    expect(onBase[0]!.line).toBe(3);
  });

  it('checks a new pairing named in a history against every pairing, whatever the order they are read in', async () => {
    const reassigned = (newPairing: string) =>
      encode(
        `program: alao\nkind: mentoring\nmentor: { name: Jordan Lee, email: jordan.lee@example.edu }\nmentee: { name: Ada Okafor, email: ada.okafor@example.edu }\nnotified: 2026-01-15\nstatus: reassigned\nhistory:\n  - { date: 2026-01-20, status: active, requestedBy: coordinator, note: Started. }\n  - { date: 2026-02-01, status: reassigned, requestedBy: both, note: Moved., newPairing: ${newPairing} }\n`,
      );
    const found = async (newPairing: string) => {
      const files = await withFile(PAIRING, reassigned(newPairing));
      const kept = validateFiles(files, { today: TODAY });
      expect(checkFiles(files, { today: TODAY }).diagnostics).toEqual(kept.diagnostics);
      return kept.diagnostics
        .filter((d) => d.rule === 'pairing-history-new-pairing-exists')
        .map((d) => `${d.line}:${d.column} ${d.message}`);
    };
    // 2026-park-quinn is read after 2026-lee-okafor: it exists all the same.
    expect(await found('2026-park-quinn')).toEqual([]);
    expect(await found('2026-nobody-here')).toEqual([
      "9:90 History entry 2 names a new pairing that has no file in this program's pairings folder.",
    ]);
    expect(await found('2026-lee-okafor')).toEqual(['9:90 History entry 2 names this pairing as its own replacement.']);
  });
});

describe('the record index', () => {
  it('holds the pairings and the seats of the active ones that the records hold (examples and fixtures)', async () => {
    const repositories = [
      validateFiles(await readRepositoryFiles(resolve(import.meta.dirname, '../../..')), { today: EXAMPLES_TODAY }).repository,
      validateFiles(await baseFiles(), { today: TODAY }).repository,
      ...(await Promise.all(invalidCases.map(async (testCase) => (await validatedWithCase(testCase)).repository))),
    ];
    for (const repository of repositories) {
      const expected = expectedIndex(repository);
      const { index, seats } = indexOf(repository);
      expect(index.pairingFiles).toEqual(expected.pairingFiles);
      expect(seats).toEqual(expected.seats);
      for (const file of index.pairingFiles) expect(repository.pairings.has(pairingKeyOf(file))).toBe(true);
    }
  });

  it('lists every history entry naming a new pairing, with its place', () => {
    const index = emptyRecordIndex();
    indexPairing(index, 'alao/2026-lee-okafor', {
      file: PAIRING,
      data: {
        program: 'alao',
        kind: 'mentoring',
        mentor: { name: 'Jordan Lee', email: 'jordan.lee@example.edu' },
        mentee: { name: 'Ada Okafor', email: 'ada.okafor@example.edu' },
        notified: '2026-01-15',
        status: 'reassigned',
        history: [
          { date: '2026-01-20', status: 'active', requestedBy: 'coordinator', note: 'Started.' },
          { date: '2026-02-01', status: 'reassigned', requestedBy: 'both', note: 'Moved.', newPairing: '2026-lee-park' },
        ],
      },
    });
    expect(index.newPairings).toEqual([
      { program: 'alao', pairingId: '2026-lee-okafor', file: PAIRING, entry: 1, newPairing: '2026-lee-park' },
    ]);
    // Not active: no seats.
    expect(index.seats.size).toBe(0);
    expect([...index.pairingFiles]).toEqual([PAIRING]);
  });
});
