/**
 * What a content file is, from its path (src/lib/validate/classify.ts): pairings
 * and contracts take a shortcut without splitting the path, which must say
 * exactly what the full reading of the layout says.
 */
import { describe, expect, it } from 'vitest';
import { classifyPath } from '../../../src/lib/validate/classify.ts';

describe('classifyPath', () => {
  it('reads a pairing and a contract by program and pairing id', () => {
    expect(classifyPath('content/pairings/alao/2026-lee-okafor.yaml')).toEqual({ kind: 'pairing', program: 'alao', id: '2026-lee-okafor' });
    expect(classifyPath('content/contracts/alao/2026-lee-okafor.yaml')).toEqual({
      kind: 'contract',
      program: 'alao',
      id: '2026-lee-okafor',
    });
    // Empty names are still a place in the layout (the path rules report them).
    expect(classifyPath('content/pairings//.yaml')).toEqual({ kind: 'pairing', program: '', id: '' });
  });

  it('does not take for a pairing or a contract what is not one', () => {
    expect(classifyPath('content/pairings/alao/2026-lee-okafor.yml').kind).toBe('unknown');
    expect(classifyPath('content/pairings/alao/2026/lee-okafor.yaml').kind).toBe('unknown');
    expect(classifyPath('content/pairings/2026-lee-okafor.yaml').kind).toBe('unknown');
    expect(classifyPath('content/contracts/alao/2026-lee-okafor.md').kind).toBe('unknown');
    expect(classifyPath('content/pairingsalao/2026-lee-okafor.yaml').kind).toBe('unknown');
    expect(classifyPath('content/programs/alao/program.yaml')).toEqual({ kind: 'program', program: 'alao' });
    expect(classifyPath('content/applications/alao/2026/a-1.yaml')).toEqual({
      kind: 'application',
      program: 'alao',
      cycle: '2026',
      id: 'a-1',
    });
  });
});
