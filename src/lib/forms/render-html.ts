/**
 * Draws a form model as semantic HTML: the one rendering path of a contract
 * form, used by the site's blank form page and by `contract:print` for a
 * filled contract, so both look alike. Pure string building; every text goes
 * through `escapeHtml`.
 */
import type { ChoicesField, FormField, FormModel, LineField, NumberedField, SignatureBlock, TickField } from './model.ts';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const box = (checked: boolean): string =>
  checked
    ? '<span class="box box--checked" aria-hidden="true"></span><span class="sr-only">Ticked: </span>'
    : '<span class="box" aria-hidden="true"></span>';

function helpText(field: FormField, withHelp: boolean): string {
  const parts = [
    withHelp && field.help ? escapeHtml(field.help) : '',
    field.note ? `<span class="note">${escapeHtml(field.note)}</span>` : '',
  ].filter(Boolean);
  return parts.length ? `<p class="help">${parts.join(' ')}</p>` : '';
}

function blank(value: string | undefined, extraClass = ''): string {
  return `<span class="line__blank${extraClass}">${value === undefined ? '' : escapeHtml(value)}</span>`;
}

function line(field: LineField, withHelp: boolean): string {
  const unit = field.unit ? `<span class="line__unit">${escapeHtml(field.unit)}</span>` : '';
  const more = Array.from({ length: field.rows - 1 }, () => blank(undefined, ' line__blank--row')).join('');
  // data-input and data-fixed are for the online form's script (src/client/); they change nothing on paper.
  const data = `${field.input ? ` data-input="${field.input}"` : ''}${field.fixed !== undefined ? ` data-fixed="${escapeHtml(field.fixed)}"` : ''}`;
  return (
    `<div class="field field--line field--${field.size}" data-path="${escapeHtml(field.path)}"${data}>` +
    `<div class="line"><span class="line__label">${escapeHtml(field.label)}</span>${blank(field.value)}${unit}</div>` +
    `${more}${helpText(field, withHelp)}</div>`
  );
}

function optionList(field: ChoicesField, columns: boolean): string {
  const options = field.options
    .map(
      (option) =>
        `<li class="choice" data-value="${escapeHtml(option.value)}">${box(option.checked)}<span class="choice__label">${escapeHtml(option.label)}</span></li>`,
    )
    .join('');
  return `<ul class="choices${columns ? ' choices--columns' : ''}" role="list">${options}</ul>`;
}

/** `(tick one)` after a label, unless the help already says how to tick. */
function instruction(field: ChoicesField): string {
  if (field.options.length < 2 || /\btick\b/i.test(field.help ?? '')) return '';
  return ` <span class="field__instruction">(${field.multiple ? 'tick all that apply' : 'tick one'})</span>`;
}

function choices(field: ChoicesField, withHelp: boolean): string {
  return (
    `<div class="field field--choices" data-path="${escapeHtml(field.path)}"${field.multiple ? ' data-multiple="true"' : ''}>` +
    `<p class="field__label">${escapeHtml(field.label)}${instruction(field)}</p>` +
    `${optionList(field, false)}${helpText(field, withHelp)}</div>`
  );
}

function tick(field: TickField, withHelp: boolean): string {
  const attached = field.attached.length
    ? `<ol class="attached">${field.attached.map((value) => `<li>${escapeHtml(value)}</li>`).join('')}</ol>`
    : '';
  return (
    `<div class="field field--tick" data-path="${escapeHtml(field.path)}"${field.list ? ' data-list="true"' : ''}>` +
    `<p class="tick">${box(field.checked)}<span class="field__label">${escapeHtml(field.label)}</span></p>` +
    `${helpText(field, withHelp)}${attached}</div>`
  );
}

function numbered(field: NumberedField): string {
  const rows = field.items
    .map((item, index) => {
      const more = Array.from({ length: field.rowsPerItem - 1 }, () => blank(undefined, ' line__blank--row')).join('');
      return `<li data-path="${escapeHtml(`${field.path}.${index}`)}" data-rows="${field.rowsPerItem}"><div class="line"><span class="line__label">${escapeHtml(item.label)}</span>${blank(item.value)}</div>${more}</li>`;
    })
    .join('');
  return `<ol class="numbered" role="list">${rows}</ol>`;
}

/** Fields at the top level with parts of their own get a heading; the rest are single lines in the flow. */
function sectioned(field: FormField): boolean {
  return field.type === 'group' || field.type === 'numbered' || (field.type === 'choices' && field.multiple);
}

function renderField(field: FormField, depth: number, withHelp = true): string {
  switch (field.type) {
    case 'line':
      return line(field, withHelp);
    case 'choices':
      return depth === 0 && field.multiple
        ? section(field, helpText(field, withHelp) + optionList(field, true), instruction(field))
        : choices(field, withHelp);
    case 'tick':
      return tick(field, withHelp);
    case 'numbered':
      if (depth === 0) return section(field, helpText(field, withHelp) + numbered(field));
      return (
        `<div class="field field--numbered" data-path="${escapeHtml(field.path)}"><p class="field__label">${escapeHtml(field.label)}</p>` +
        `${helpText(field, withHelp)}${numbered(field)}</div>`
      );
    case 'group': {
      if (depth === 0) {
        return section(field, helpText(field, withHelp) + field.fields.map((child) => renderField(child, 1, withHelp)).join(''));
      }
      // An item of a list (one party): the list's heading has said what each part is; help would repeat per item.
      const inner = field.fields.map((child) => renderField(child, depth + 1, false)).join('');
      return (
        `<div class="subgroup" data-path="${escapeHtml(field.path)}">` +
        `<h3 class="subgroup__label">${escapeHtml(field.label)}</h3><div class="subgroup__fields">${inner}</div></div>`
      );
    }
  }
}

function section(field: FormField, body: string, afterHeading = ''): string {
  const id = `field-${field.path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  return (
    `<section class="form-section form-section--${field.type}" aria-labelledby="${id}" data-path="${escapeHtml(field.path)}">` +
    `<h2 id="${id}">${escapeHtml(field.label)}${afterHeading}</h2>${body}</section>`
  );
}

function signatureBlock(block: SignatureBlock): string {
  const fields = block.fields.map((field) => renderField(field, 1, false)).join('');
  return (
    `<div class="signature-block"><h3>${escapeHtml(block.heading)}</h3>` +
    `<div class="field field--line field--long field--signature"><div class="line"><span class="line__label">${escapeHtml(block.signatureLabel)}</span>${blank(undefined)}</div></div>` +
    `${fields}</div>`
  );
}

/** The form's identification, printed in every page's footer (see page-css.ts) and at the end on screen. */
export function colophon(model: Pick<FormModel, 'programName' | 'title' | 'revision'>): string {
  // An application form has no revision of its own.
  return `${model.programName} · ${model.title}${model.revision ? ` · form revision ${model.revision}` : ''}`;
}

/** The form as an `<article>`: header, fields in schema order, agreement, signatures. */
export function renderContractForm(model: FormModel): string {
  // Consecutive single fields share one flow, where short ones sit side by side.
  const runs: FormField[][] = [];
  for (const field of model.fields) {
    const last = runs.at(-1);
    if (!sectioned(field) && last && !sectioned(last[0]!)) last.push(field);
    else runs.push([field]);
  }
  const body = runs
    .map((run) =>
      sectioned(run[0]!) ? renderField(run[0]!, 0) : `<div class="form-flow">${run.map((field) => renderField(field, 0)).join('')}</div>`,
    )
    .join('');
  const submitTo = model.agreement.submitTo
    ? `<p class="agreement__submit"><strong>${escapeHtml(model.agreement.submitTo.label)}:</strong> ${escapeHtml(model.agreement.submitTo.text)}</p>`
    : '';
  return (
    `<article class="contract-form${model.filled ? ' contract-form--filled' : ''}" aria-labelledby="contract-form-title">` +
    `<header class="form-head"><p class="form-head__program">${escapeHtml(model.programName)} · ${escapeHtml(model.organization)}</p>` +
    `<h1 id="contract-form-title">${escapeHtml(model.title)}</h1></header>` +
    body +
    `<div class="form-closing">` +
    `<section class="form-agreement" aria-labelledby="contract-form-agreement"><h2 id="contract-form-agreement">${escapeHtml(model.agreement.heading)}</h2>` +
    `${model.agreement.statement ? `<p class="agreement__statement">${escapeHtml(model.agreement.statement)}</p>` : ''}${submitTo}</section>` +
    `<section class="form-signatures" aria-labelledby="contract-form-signatures"><h2 id="contract-form-signatures">${escapeHtml(model.signatures.heading)}</h2>` +
    `<div class="signature-grid">${model.signatures.blocks.map(signatureBlock).join('')}</div></section>` +
    `</div>` +
    `<p class="form-colophon">${escapeHtml(colophon(model))}</p>` +
    `</article>`
  );
}
