/**
 * Whether this build has the form PDFs: set by the build's PDF step
 * (scripts/pdf/build-integration.ts) before any page renders, read by the
 * form pages so they link the PDFs only when the build prints them.
 */
export const FORM_PDFS_ENV = 'TANDEM_FORM_PDFS';

export function formPdfsBuilt(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env[FORM_PDFS_ENV] === '1';
}
