/** The paper sizes forms are printed on: US Letter for North America, A4 elsewhere. */
export type Paper = 'letter' | 'a4';

export const PAPERS: Record<Paper, { format: 'Letter' | 'A4'; name: string }> = {
  letter: { format: 'Letter', name: 'US Letter' },
  a4: { format: 'A4', name: 'A4' },
};

export const paperNames = Object.keys(PAPERS) as Paper[];
