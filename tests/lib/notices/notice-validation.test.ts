import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRepositoryFiles, type SourceFile } from '../../../src/lib/repository/read-files.ts';
import { validateFiles } from '../../../src/lib/validate/index.ts';
import { formatText } from '../../../src/lib/diagnostics.ts';

/**
 * The example programs (content/programs, with their notice texts), read from the project itself: the
 * files are only read, so no copy of them is needed. Listed once; each file is read when validated.
 */
let programFiles: Promise<SourceFile[]> | undefined;
const examplePrograms = async (): Promise<SourceFile[]> =>
  (programFiles ??= readRepositoryFiles(resolve(import.meta.dirname, '../../..')).then((files) =>
    files.filter((file) => file.path.startsWith('content/programs/')),
  ));

async function validateWith(changes: Record<string, string | null>): Promise<string> {
  const files = (await examplePrograms()).filter((file) => !(file.path in changes));
  for (const [path, text] of Object.entries(changes)) if (text !== null) files.push({ path, bytes: new TextEncoder().encode(text) });
  return formatText(validateFiles(files, { today: '2026-03-01' }).diagnostics);
}

describe('npm run validate on notices', () => {
  it('accepts the example programs and their texts', async () => {
    expect(await validateWith({})).toMatch(/^No problems found/);
  });

  it('reports an unknown placeholder at its line and column, and a link to a page that does not exist', async () => {
    const out = await validateWith({
      'content/programs/alcts/notices/check-in.md':
        '---\nsubject: "Hi {{mentor.nmae}}"\n---\nDear {{mentor.name}},\n\nRead [this]({{links.guidelines.no-such-page}}) and {{ mentee.email }}.\n',
    });
    expect(out).toContain(
      'content/programs/alcts/notices/check-in.md:2:14: error: Unknown placeholder {{mentor.nmae}}: did you mean {{mentor.name}}? The placeholders a notice may use are listed in schemas/notice.schema.json (placeholders). (notice-placeholder)',
    );
    expect(out).toContain(
      'content/programs/alcts/notices/check-in.md:6:13: error: {{links.guidelines.no-such-page}} links to a guideline page that does not exist',
    );
    expect(out).toContain('content/programs/alcts/notices/check-in.md:6:52: error: Unknown placeholder {{mentee.email}}');
  });

  it('refuses {{mentee.name}} in a program with peer pairs', async () => {
    const out = await validateWith({ 'content/programs/alao/notices/contract-due.md': '---\nsubject: Due\n---\nDear {{mentee.name}}\n' });
    expect(out).toContain(
      'content/programs/alao/notices/contract-due.md:4:6: error: {{mentee.name}} has no value for a peer pair, and this program has peer pairs: use {{pair.names}}. (notice-placeholder)',
    );
  });

  it('needs a text for every notice sent, a known notice name, a subject, and a coordinator as reply-to', async () => {
    const out = await validateWith({
      'content/programs/cala/notices/evaluation-due.md': null,
      'content/programs/cala/notices/reminder.md': '---\nsubject: x\n---\nHello\n',
      'content/programs/alcts/notices/ending-soon.md': 'Hello, no frontmatter\n',
    });
    expect(out).toMatch(
      /content\/programs\/cala\/program\.yaml:\d+:\d+: error: The notice evaluation-due has no text: write content\/programs\/cala\/notices\/evaluation-due\.md\. \(notice-texts\)/,
    );
    expect(out).toContain('content/programs/cala/notices/reminder.md:1:1: error: There is no notice called reminder');
    expect(out).toContain('content/programs/alcts/notices/ending-soon.md:1:1: error: The notice has no frontmatter');
  });
});
