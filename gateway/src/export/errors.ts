import { ErrorCode } from '@lsp/shared';

/** Codes an export answers with in `extensions.code` (the shared ones, and those only exports have). */
export const ExportErrorCode = {
  ...ErrorCode,
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** Mutations and subscriptions are not exported (a GET export must never write). */
  EXPORT_QUERY_ONLY: 'EXPORT_QUERY_ONLY',
  /** `format=` or the extension names no format the export writes. */
  EXPORT_FORMAT_UNSUPPORTED: 'EXPORT_FORMAT_UNSUPPORTED',
  /** The operation ran and returned no data at all (every error is in `errors`). */
  EXPORT_NO_DATA: 'EXPORT_NO_DATA',
} as const;
export type ExportErrorCode = (typeof ExportErrorCode)[keyof typeof ExportErrorCode];

/** An export refused before any row was written: answered as JSON `{ errors: [...] }` with this HTTP status. */
export class ExportError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  toJSON() {
    return { errors: [{ message: this.message, extensions: { code: this.code, ...this.extra } }] };
  }
}
