/** The file names of a program's form PDFs beside its form page (dist/<program>/). */
import type { Paper } from './papers.ts';

export function formPdfName(paper: Paper): string {
  return paper === 'letter' ? 'contract.pdf' : `contract-${paper}.pdf`;
}
