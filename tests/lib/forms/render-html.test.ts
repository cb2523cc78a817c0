/**
 * The one HTML rendering of a form model: every label, option and value the
 * model holds is printed as visible text, with data escaped.
 */
import { describe, expect, it } from 'vitest';
import { contractFormModel } from '../../../src/lib/forms/contract-form.ts';
import { pageFooterCss } from '../../../src/lib/forms/page-css.ts';
import { renderFormDocument } from '../../../src/lib/forms/render-document.ts';
import { escapeHtml, renderContractForm } from '../../../src/lib/forms/render-html.ts';
import type { Contract } from '../../../src/lib/types.generated.ts';
import { allFields, loadContractPrograms } from '../../support/form-programs.ts';

const programs = loadContractPrograms();
const alao = programs.find((program) => program.id === 'alao')!;

/** The text a reader sees: tags removed, entities decoded. */
const visibleText = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ');

describe.each(programs.map((program) => [program.id, program] as const))('the %s form as HTML', (_, program) => {
  const model = contractFormModel(program);
  const html = renderContractForm(model);
  const text = visibleText(html);

  it('shows every label, note and option of the model', () => {
    for (const field of allFields(model)) {
      expect(text).toContain(field.label);
      if (field.note) expect(text).toContain(field.note);
      if (field.type === 'choices') for (const option of field.options) expect(text).toContain(option.label);
      if (field.type === 'numbered') for (const item of field.items) expect(text).toContain(item.label);
    }
    expect(text).toContain(program.contract.title);
    if (program.contract.statement) expect(text).toContain(program.contract.statement.replace(/\s+/g, ' '));
  });

  it('has one h1 (the form title) and headings that do not skip a level', () => {
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((match) => Number(match[1]));
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => index > 0 && expect(level - levels[index - 1]!).toBeLessThanOrEqual(1));
  });

  it('prints no form controls and no script: it is a paper form', () => {
    expect(html).not.toMatch(/<(input|select|textarea|script|form)\b/);
    expect(html.match(/class="box"/g)?.length).toBe(
      allFields(model).reduce(
        (count, field) =>
          count + (field.type === 'choices' ? field.options.filter((o) => !o.checked).length : field.type === 'tick' ? 1 : 0),
        0,
      ),
    );
  });

  it("puts the program's name and form revision in every printed page's footer, and room for the pairing id at the top", () => {
    const css = pageFooterCss(model);
    expect(css).toMatch(/@bottom-left\s*\{\s*content:/);
    expect(css).toMatch(/@top-right\s*\{\s*content: "Pairing id: _{20,}"/);
    expect(pageFooterCss({ ...model, pairingId: '2026-lee-okafor' })).toContain('content: "Pairing id: 2026-lee-okafor"');
    expect(css).toContain(program.name);
    expect(css).toMatch(/counter\(page\)/);
    if (program.contract.revision) expect(css).toContain(`form revision ${program.contract.revision.id}`);
    expect(css).not.toContain('revised');
  });
});

describe('a filled contract', () => {
  const contract: Contract = {
    program: 'alao',
    pairing: '2026-lee-okafor',
    kind: 'peer',
    parties: [
      { role: 'peer', name: 'Jordan <Lee>', email: 'jordan.lee@example.edu', phone: '+1 614 555 0142', signed: '2026-02-03' },
      { role: 'peer', name: 'Ada Okafor', email: 'ada.okafor@example.edu', signed: '2026-02-04' },
    ],
    goals: ['Prepare a dossier & a <script>alert(1)</script> poster'],
    additionalGoals: ['Co-write an article'],
    start: '2026-02-10',
    durationMonths: 10,
    meetings: { frequency: 'monthly', methods: ['video', 'email'] },
  };
  const model = contractFormModel(alao, contract);
  const html = renderContractForm(model);
  const text = visibleText(html);

  it('prints its values on the lines, escaped', () => {
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<Lee>');
    for (const value of [
      'Jordan <Lee>',
      'ada.okafor@example.edu',
      '+1 614 555 0142',
      '2026-02-04',
      '2026-lee-okafor',
      '2026-02-10',
      '10',
      'Co-write an article',
    ]) {
      expect(text).toContain(value);
    }
    expect(text).toContain('Prepare a dossier & a <script>alert(1)</script> poster');
    expect(model.filled).toBe(true);
    expect(html).toContain('contract-form--filled');
  });

  it('ticks the chosen options and says so to screen readers', () => {
    const ticked = allFields(model).flatMap((field) =>
      field.type === 'choices'
        ? field.options.filter((option) => option.checked).map((option) => `${field.path}=${option.value}`)
        : field.type === 'tick' && field.checked
          ? [field.path]
          : [],
    );
    // The frequency is a line in the pair's own words (ALAO's form has a free field for it), so it is written, not ticked.
    expect(ticked.sort()).toEqual(
      [
        'additionalGoals',
        'kind=peer',
        'meetings.methods=email',
        'meetings.methods=video',
        'parties.0.role=peer',
        'parties.1.role=peer',
      ].sort(),
    );
    expect(text).toContain('monthly');
    expect(html.match(/class="box box--checked"/g)).toHaveLength(ticked.length);
    expect(text.match(/Ticked:/g)).toHaveLength(ticked.length);
  });

  it('keeps a value the program no longer offers instead of dropping it', () => {
    const older = contractFormModel({ ...alao, meetings: { ...alao.meetings, methods: ['in-person', 'phone'] } }, contract);
    const methods = allFields(older).find((field) => field.path === 'meetings.methods');
    expect(methods?.type === 'choices' && methods.options.filter((o) => o.checked).map((o) => o.value)).toEqual(['video', 'email']);
  });

  it('makes a complete document with the stylesheet and the page footer', () => {
    const documentHtml = renderFormDocument(model, '.contract-form { color: black; }');
    expect(documentHtml).toMatch(/^<!doctype html><html lang="en">/);
    expect(documentHtml).toContain('.contract-form { color: black; }');
    expect(documentHtml).toContain('@bottom-left');
    expect(documentHtml).toContain(html);
  });
});

it('draws nested lists and objects of a new field with labels, under the right headings', async () => {
  const { buildContractForm } = await import('../../../src/lib/forms/build-form.ts');
  const { resolvedSchema } = await import('../../../src/lib/schema-files.ts');
  const schema = structuredClone(resolvedSchema('contract'));
  (schema['properties'] as Record<string, unknown>)['review'] = {
    title: 'Mid-way review',
    type: 'object',
    properties: {
      topics: { title: 'Topics to review', type: 'array', items: { title: 'Topic', type: 'string' } },
      held: { title: 'Held on', type: 'string', format: 'date' },
    },
  };
  const html = renderContractForm(buildContractForm({ contractSchema: schema, programSchema: resolvedSchema('program'), program: alao }));
  expect(html).toMatch(
    /<h2 id="field-review">Mid-way review<\/h2>.*<p class="field__label">Topics to review<\/p>.*Topic #1.*Topic #2.*Held on/,
  );
});

it('escapes HTML and CSS special characters', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  const css = pageFooterCss({ ...contractFormModel(alao), programName: 'A "quoted" </style> name\\' });
  expect(css).toContain('A \\"quoted\\" \\3C /style> name\\\\');
  expect(css).not.toContain('</style>');
});
