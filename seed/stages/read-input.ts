// Stage 0: reading a document file defensively: the seeder takes whatever files it is given, so size and
// encoding are checked here, before any stage sees the text, and every refusal is an ExtractError
// that names the file (and the line where there is one).
//
// Policy, chosen once:
// - Size: files above `maxFileBytes` (10 MB; the largest UN document in the corpora is < 200 kB)
//   are refused from `stat`, before the file is read, so a stray 50 MB dump costs nothing.
// - UTF-16 (with a BOM, or without one when every other byte is NUL) is decoded, with a warning
//   when there was no BOM: PDF tools on Windows write it and the text is then perfectly readable.
// - Bytes that are not valid UTF-8 are refused, naming the line and column of the first bad byte.
//   Latin-1 and Windows-1252 cannot be told apart from each other (or from other 8-bit code pages)
//   with certainty, and a wrong guess would corrupt exactly the quotes and dashes titles contain;
//   the message says how to convert the file.
import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { ExtractError } from '../extract-error.ts';

/** The largest file the extractor reads, in bytes. */
export const maxFileBytes = 10 * 1024 * 1024;

export interface DecodedInput {
  text: string;
  warnings: string[];
}

function readAll(path: string, size: number): Buffer {
  const buffer = Buffer.alloc(size);
  const fd = openSync(path, 'r');
  try {
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

export function readInput(path: string, limit = maxFileBytes): DecodedInput {
  return decode(readBytes(path, limit), path);
}

/** The file's bytes, refused from `stat` when above `limit`. */
export function readBytes(path: string, limit = maxFileBytes): Buffer {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new ExtractError('UNREADABLE_FILE', path, 'is a directory, not a file');
    if (stat.size > limit) {
      throw new ExtractError(
        'TOO_LARGE',
        path,
        `the file is ${(stat.size / 1048576).toFixed(1)} MB, above the limit of ${limit / 1048576} MB for one document`,
      );
    }
    bytes = readAll(path, stat.size);
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ExtractError('MISSING_FILE', path, 'no such file', undefined, { cause: err });
    throw new ExtractError(
      'UNREADABLE_FILE',
      path,
      `cannot read the file (${code ?? (err as Error).message})`,
      undefined,
      { cause: err },
    );
  }
  return bytes;
}

/** Which UTF-16 byte order a BOM-less file uses, if NULs fill one side of most code units. */
function utf16WithoutBom(bytes: Buffer): 'le' | 'be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul += 1;
    if (sample[i + 1] === 0) oddNul += 1;
  }
  const units = sample.length / 2;
  if (oddNul > units * 0.6 && evenNul < units * 0.1) return 'le';
  if (evenNul > units * 0.6 && oddNul < units * 0.1) return 'be';
  return undefined;
}

function utf16(bytes: Buffer, order: 'le' | 'be'): string {
  const even = bytes.subarray(0, bytes.length & ~1);
  const le = order === 'le' ? even : Buffer.from(even).swap16();
  return new TextDecoder('utf-16le').decode(le);
}

/** Bytes to text by the policy above. Exported for tests that have bytes, not files. */
export function decode(bytes: Buffer, file: string): DecodedInput {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), 'le'), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), 'be'), warnings: [] };
  const order = utf16WithoutBom(bytes);
  if (order)
    return { text: utf16(bytes, order), warnings: [`read as UTF-16${order.toUpperCase()} (no byte order mark)`] };
  // A NUL in what is not UTF-16 is a binary file; extractText says so with its own check.
  if (bytes.includes(0)) return { text: bytes.toString('latin1'), warnings: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    const sample = bytes.subarray(0, 8000);
    const control = sample.filter((b) => b < 0x09 || (b > 0x0d && b < 0x20)).length;
    if (control > Math.max(8, sample.length * 0.02))
      throw new ExtractError('BINARY_FILE', file, 'the file is binary, not plain text');
    const at = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, at);
    const line = before.filter((b) => b === 0x0a).length + 1;
    const column = at - (before.lastIndexOf(0x0a) + 1) + 1;
    const byte = `0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}`;
    throw new ExtractError(
      'BAD_ENCODING',
      file,
      `not valid UTF-8 (byte ${byte} at column ${column}); probably Latin-1 or Windows-1252: convert it, e.g. iconv -f windows-1252 -t utf-8`,
      line,
    );
  }
}

/** Offset of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) {
      if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return bytes.length;
}
