/**
 * A complete HTML document of one form, for printing outside the site (a
 * filled contract for the file): the same article and stylesheet as the
 * site's form page, without the site's navigation.
 */
import type { FormModel } from './model.ts';
import { pageFooterCss } from './page-css.ts';
import { escapeHtml, renderContractForm } from './render-html.ts';

/** `stylesheet` is the text of src/styles/form.css, read by the caller. */
export function renderFormDocument(model: FormModel, stylesheet: string): string {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    `<title>${escapeHtml(model.title)} · ${escapeHtml(model.programName)}</title>` +
    `<style>${stylesheet}</style><style>${pageFooterCss(model)}</style></head>` +
    `<body class="form-document"><main>${renderContractForm(model)}</main></body></html>`
  );
}
