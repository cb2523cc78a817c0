/**
 * The printed page's footer: the program's name and the form's revision date
 * in the bottom margin of every page, with page numbers. CSS `@page` margin
 * boxes (Chromium 131 and later) draw it, so it repeats on each page without
 * taking room from the form. The text differs by program, so it is generated.
 */
import type { FormModel } from './model.ts';
import { colophon } from './render-html.ts';

/** A CSS string literal: quotes, backslashes, line breaks and `<` (it sits in a <style> element) escaped. */
export function cssString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\A ').replace(/</g, '\\3C ')}"`;
}

export function pageFooterCss(model: FormModel): string {
  const box = 'font: 8pt system-ui, sans-serif; color: #333; vertical-align: top; padding-top: 4mm;';
  return `@page {`
    + ` @bottom-left { content: ${cssString(colophon(model))}; ${box} }`
    + ` @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} }`
    + ` }`;
}
