// The tracking sheet's CSV as rows of cells (a byte-order mark is dropped). Apart from import.ts
// so that the CSV parser loads only when a command reads a sheet.
import { parse } from 'csv-parse/sync';
import { CandorError } from '../errors';

export function readCsvRows(text: string, file: string): string[][] {
  try {
    return parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new CandorError('import_invalid', `${file} is not valid CSV${line ? ` near line ${line}` : ''}; nothing was written`);
  }
}
