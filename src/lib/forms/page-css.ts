/**
 * The printed page's margins: the program's name and the form's revision
 * in the bottom margin of every page, with page numbers, and the pairing id
 * (or room to write it) at the top, so that a separated page still says which
 * form and which pair it belongs to. CSS `@page` margin
 * boxes (Chromium 131 and later) draw it, so it repeats on each page without
 * taking room from the form. The text differs by program, so it is generated.
 */
import type { FormModel } from './model.ts';
import { colophon } from './render-html.ts';

/** A CSS string literal: quotes, backslashes, line breaks and `<` (it sits in a <style> element) escaped. */
function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ').replace(/</g, '\\3C ')}"`;
}

/** Room to write the pairing id by hand at the top of each printed page of a blank form. */
const PAIRING_ID_BLANK = '________________________';

export function pageFooterCss(model: Pick<FormModel, 'programName' | 'title' | 'revision' | 'pairingId' | 'pairingIdOnPages'>): string {
  const box = 'font: 8pt system-ui, sans-serif; color: #333; vertical-align: top; padding-top: 4mm;';
  const head = 'font: 9pt system-ui, sans-serif; color: #333; vertical-align: bottom; padding-bottom: 3mm;';
  // An application belongs to no pair yet: its pages carry no pairing id line.
  const top =
    model.pairingIdOnPages === false
      ? ''
      : ` @top-right { content: ${cssString(`Pairing id: ${model.pairingId ?? PAIRING_ID_BLANK}`)}; ${head} }`;
  return (
    `@page {` +
    top +
    ` @bottom-left { content: ${cssString(colophon(model))}; ${box} }` +
    ` @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} }` +
    ` }`
  );
}
