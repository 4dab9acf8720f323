import { parse } from 'csv-parse/sync';
import type { InputProblem } from './errors';

/**
 * CSV intake shared by every department's bulk import (the dataset kit, shared/src/kit, parses the fields):
 * decoding (UTF-8 only, a byte-order mark accepted) and the records of a comma-separated file, each refusal a
 * coded problem.
 */
/**
 * Decodes a CSV file: UTF-8, with or without a byte-order mark. Anything else is refused with a coded ENCODING
 * problem that names what was detected, instead of being stored as mojibake (a Windows-1258 file read as UTF-8)
 * or refused for a missing column (a UTF-16 file). A string (a mutation argument) is checked for the traces such
 * files leave once decoded: NUL characters (UTF-16) and U+FFFD replacement characters (bytes that were not UTF-8).
 */
export function decodeCsv(input: string | Uint8Array): { text: string } | { problem: InputProblem } {
  const encoding = (message: string) => ({ problem: { row: null, field: '(file)', code: 'ENCODING', message } as InputProblem });
  if (typeof input === 'string') {
    if (input.includes('\u0000')) return encoding('the text contains NUL characters: the file looks like UTF-16; save it as UTF-8');
    if (input.includes('\uFFFD')) return encoding('the text contains U+FFFD replacement characters: the file was not UTF-8 (e.g. Windows-1258 or TCVN3); save it as UTF-8');
    return { text: input.replace(/^\uFEFF/, '') };
  }
  const b = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    return encoding(`the file is UTF-16 (${b[0] === 0xff ? 'little' : 'big'}-endian byte-order mark); save it as UTF-8`);
  }
  const sample = b.subarray(0, 4096);
  const nuls = sample.filter((x) => x === 0).length;
  if (nuls > 0 && nuls >= sample.length / 4) return encoding('the file is UTF-16 without a byte-order mark (every other byte is NUL); save it as UTF-8');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return encoding(`the file is not UTF-8: it looks like ${guessLegacyEncoding(b)}; save it as UTF-8`);
  }
  return decodeCsv(text);
}

/** Names the 8-bit encoding a non-UTF-8 file most likely uses (for the refusal message only). */
function guessLegacyEncoding(b: Buffer): string {
  // Windows-1258 writes Vietnamese tones as combining marks 0xCC 0xEC 0xD2 0xDE 0xF2 after a base letter, and đ/Đ as 0xF0/0xD0.
  let marks = 0;
  let high = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] < 0x80) continue;
    high += 1;
    if ([0xcc, 0xec, 0xd2, 0xde, 0xf2, 0xd0, 0xf0].includes(b[i]) && i > 0 && b[i - 1] < 0x80) marks += 1;
  }
  if (high > 0 && marks / high > 0.3) return 'Windows-1258 (Vietnamese)';
  return 'an 8-bit encoding such as Windows-1252, Windows-1258 or TCVN3';
}

/**
 * Decodes and parses a CSV file into its header and records (each with its 1-based data row number). Refuses,
 * with one coded problem, a file that is not UTF-8 (ENCODING), separated by `;` or tabs (SEPARATOR), unparsable
 * (CSV_SYNTAX) or empty (EMPTY_FILE).
 */
export function readCsvRecords(input: string | Uint8Array): { header: string[]; records: string[][] } | { problems: InputProblem[] } {
  const decoded = decodeCsv(input);
  if ('problem' in decoded) return { problems: [decoded.problem] };
  const firstLine = decoded.text.split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.includes(',')) {
    const sep = firstLine.includes(';') ? 'semicolons (;)' : firstLine.includes('\t') ? 'tabs' : null;
    if (sep) {
      return { problems: [{ row: null, field: '(file)', code: 'SEPARATOR', message: `the header is separated by ${sep}; the file must be comma-separated (in Excel: "CSV UTF-8 (Comma delimited)")` }] };
    }
  }
  let records: string[][];
  try {
    records = parse(decoded.text, { skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (err) {
    return { problems: [{ row: null, field: '(file)', code: 'CSV_SYNTAX', message: (err as Error).message }] };
  }
  if (records.length === 0) return { problems: [{ row: null, field: '(file)', code: 'EMPTY_FILE', message: 'the file has no header row' }] };
  return { header: records[0].map((h) => h.trim()), records: records.slice(1) };
}
