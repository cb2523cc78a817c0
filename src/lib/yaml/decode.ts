/**
 * Turns a file's bytes into text, or says in plain words why it is not a
 * YAML/MDX text file. Runs before any parser sees the file: a contract is
 * about 1 KB, and the `yaml` package is quadratic in the number of keys of one
 * mapping, so anything over the bound is refused unread.
 */
const MAX_FILE_BYTES = 64 * 1024;

interface DecodeProblem {
  rule: 'file-too-large' | 'file-binary' | 'file-not-utf8';
  message: string;
  line: number;
  column: number;
}

export type Decoded = { text: string } | { problem: DecodeProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Line and column (1-based) of a byte offset, counting only newlines before it. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    const kb = Math.ceil(bytes.byteLength / 1024);
    return {
      problem: {
        rule: 'file-too-large',
        message: `The file is ${kb} KB; files over 64 KB are refused unread (a contract is about 1 KB). Check that the right file was added.`,
        line: 1,
        column: 1,
      },
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      problem: {
        rule: 'file-binary',
        message: 'The file contains NUL bytes, so it is binary, not text. Save it as plain UTF-8 text.',
        ...bytePosition(bytes, nul),
      },
    };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return {
      problem: {
        rule: 'file-not-utf8',
        message: 'The file is not UTF-8 text. Save it with the UTF-8 encoding.',
        line: 1,
        column: 1,
      },
    };
  }
}

/** A file's contents: its bytes, and perhaps the same bytes already decoded (see SourceFile). */
export interface FileContents {
  readonly bytes: Uint8Array;
  readonly text?: string | undefined;
}

/** At most 3 UTF-8 bytes per UTF-16 unit: a text this short is under MAX_FILE_BYTES for sure. */
const SURELY_SMALL = Math.floor(MAX_FILE_BYTES / 3);

/**
 * `decodeText`, taking the text a reader already decoded when that gives the
 * same answer for sure (short, no NUL, no U+FFFD): the usual file costs a
 * character scan instead of a decode. Anything else is decided on the bytes.
 */
export function decodeFile(contents: Uint8Array | FileContents): Decoded {
  if (contents instanceof Uint8Array) return decodeText(contents);
  const text = contents.text;
  if (text === undefined || text.length > SURELY_SMALL || text.includes('\0') || text.includes('\uFFFD')) return decodeText(contents.bytes);
  // TextDecoder drops a leading byte order mark; so does this.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
