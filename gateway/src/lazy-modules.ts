import type ExcelJS from 'exceljs';

/**
 * Libraries the gateway needs only for some requests (workbooks: exports, intake templates and uploads), loaded on
 * first use rather than at start: exceljs is about 36 MiB of a gateway's resident memory, and playwright-core
 * (report PDFs, loaded the same way in report/pdf.ts) about 76 MiB, held by every replica that never prints one.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const excel = (): typeof ExcelJS => require('exceljs') as typeof ExcelJS;
