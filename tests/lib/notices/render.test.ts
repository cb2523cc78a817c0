import { describe, expect, it } from 'vitest';
import { placeholderCatalog } from '../../../src/lib/notices/placeholders.ts';
import { MissingValueError, renderNotice } from '../../../src/lib/notices/render.ts';
import { placeholderValues } from '../../../src/lib/notices/values.ts';
import type { Program } from '../../../src/lib/types.generated.ts';

const values = new Map([
  ['pair.names', 'Ann <b>Lee</b> and *Bo* [Chen](https://evil.example)'],
  ['links.contractForm', 'https://site.example/alao/contract/'],
  ['dates.due', 'March 11, 2026'],
]);

describe('renderNotice', () => {
  it('fills values in as text, never as markup, in the subject, the text and the HTML', () => {
    const out = renderNotice(
      {
        subject: 'Due {{dates.due}}',
        body: 'Hello {{pair.names}},\n\nSee [the form]({{links.contractForm}}) by **{{dates.due}}**.\n\n- one\n- two\n',
      },
      values,
    );
    expect(out.subject).toBe('Due March 11, 2026');
    expect(out.html).toContain('<p>Hello Ann &lt;b&gt;Lee&lt;/b&gt; and *Bo* [Chen](https://evil.example),</p>');
    expect(out.html).toContain('<a href="https://site.example/alao/contract/">the form</a> by <strong>March 11, 2026</strong>');
    expect(out.html).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(out.html).not.toContain('href="https://evil.example"');
    expect(out.text).toBe(
      'Hello Ann <b>Lee</b> and *Bo* [Chen](https://evil.example),\n\nSee the form (https://site.example/alao/contract/) by March 11, 2026.\n\n- one\n- two\n',
    );
  });

  it('refuses to render a placeholder with no value for this pair, naming the placeholder only', () => {
    expect(() => renderNotice({ subject: 'x', body: 'Dear {{mentee.name}}' }, values)).toThrow(MissingValueError);
    expect(() => renderNotice({ subject: 'x', body: 'Dear {{mentee.name}}' }, values)).toThrow('no value for {{mentee.name}}');
  });

  it('shows raw HTML in a text as text', () => {
    expect(renderNotice({ subject: 'x', body: '<script>alert(1)</script>\n' }, values).html).toContain('&lt;script&gt;');
  });
});

describe('the placeholders', () => {
  it('come from schemas/notice.schema.json, and every value Tandem fills in is one of them', () => {
    const { names, families } = placeholderCatalog();
    expect([...names]).toEqual(
      expect.arrayContaining(['pair.names', 'mentor.name', 'mentee.name', 'dates.due', 'links.contractForm', 'item.title']),
    );
    expect(families.map((family) => family.prefix)).toEqual(['links.guidelines.']);
    const program = {
      id: 'alao',
      name: 'P',
      organization: 'O',
      contract: { dueDaysAfterNotified: 30 },
      coordinators: [{ name: 'C', email: 'c@example.org', role: 'Chair' }],
      notices: { from: { name: 'P', email: 'p@example.org' }, replyTo: 'c@example.org', send: ['contract-due'] },
    } as unknown as Program;
    const filled = placeholderValues({
      program,
      pairing: {
        program: 'alao',
        kind: 'mentoring',
        mentor: { name: 'A', email: 'a@x.org' },
        mentee: { name: 'B', email: 'b@x.org' },
        notified: '2026-02-09',
        status: 'active',
      },
      contract: { start: '2026-03-01', durationMonths: 6 } as never,
      notice: { program: 'alao', pairing: '2026-a-b', notice: 'step-overdue', item: 's', itemTitle: 'Step', due: '2026-03-01', why: '' },
      siteUrl: 'https://site.example',
      guidelinePages: ['setting-goals'],
    });
    for (const key of filled.keys()) expect(names.has(key) || key.startsWith('links.guidelines.')).toBe(true);
    // A mentoring pair with a contract gets every fixed placeholder.
    expect([...names].filter((name) => !filled.has(name))).toEqual([]);
    expect(filled.get('links.guidelines.setting-goals')).toBe('https://site.example/alao/setting-goals/');
  });
});
