import { useCallback, useEffect, useRef, useState } from 'react';
import type { GraphQLFormattedError } from 'graphql';
import type { ApiError, ApiErrorCode } from '../../../app/errors';

export type ImportSeverity = 'ERROR' | 'WARNING' | 'INFO';

export interface ImportIssue {
  kind: string;
  severity: ImportSeverity;
  column: string | null;
  message: string;
}

export interface ImportRow {
  line: number;
  nisCode: string | null;
  bestuurName: string | null;
  mappedToNisCode: string | null;
  severity: ImportSeverity;
  issues: ImportIssue[];
}

/** POST /imports/indicators answers with the ImportReport of the schema, as plain JSON. */
export interface IndicatorImportReport {
  dryRun: boolean;
  committed: boolean;
  alreadyImported: boolean;
  importId: string | null;
  fileHash: string;
  fileName: string | null;
  source: string;
  year: number | null;
  years: number[];
  format: string;
  shape: string;
  encoding: string;
  delimiter: string | null;
  decimalSeparator: string;
  indicators: string[];
  ignoredColumns: string[];
  rowCount: number;
  okRowCount: number;
  errorRowCount: number;
  warningRowCount: number;
  valueCount: number;
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  skippedCount: number;
  rows: ImportRow[];
  rowsTruncated: boolean;
}

export interface UploadRequest {
  file: Blob;
  fileName: string;
  source: string;
  year: number | null;
  dryRun: boolean;
}

export type UploadPhase = 'idle' | 'uploading' | 'processing';

/** Also checked by the server; checking here saves uploading a file that will be refused. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const CODES: ReadonlySet<string> = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED']);

/** Turns the endpoint's error answer (the GraphQL error shape) into an ApiError. */
export function restError(status: number, body: string): ApiError {
  try {
    const parsed = JSON.parse(body) as { errors?: GraphQLFormattedError[] };
    const first = parsed.errors?.[0];
    if (first) {
      const raw = String(first.extensions?.code ?? '');
      const fields: Record<string, string> = {};
      const f = first.extensions?.fields;
      if (f && typeof f === 'object') {
        for (const [k, v] of Object.entries(f as Record<string, unknown>)) if (typeof v === 'string') fields[k] = v;
      }
      return { code: (CODES.has(raw) ? raw : 'INTERNAL_SERVER_ERROR') as ApiErrorCode, message: first.message ?? '', fields };
    }
  } catch {
    // not JSON
  }
  if (status === 413) return { code: 'BAD_USER_INPUT', message: '', fields: {} };
  if (status === 429) return { code: 'RATE_LIMITED', message: '', fields: {} };
  if (status === 401) return { code: 'UNAUTHENTICATED', message: '', fields: {} };
  if (status === 403) return { code: 'FORBIDDEN', message: '', fields: {} };
  return { code: 'INTERNAL_SERVER_ERROR', message: '', fields: {} };
}

/**
 * Uploads an indicator file as the raw request body with XMLHttpRequest, so the page can show
 * upload progress; then waits while the server checks (and, without dry run, writes) it.
 * Rejects with an ApiError.
 */
export function useIndicatorUpload() {
  const [phase, setPhase] = useState<UploadPhase>('idle');
  const [percent, setPercent] = useState(0);
  const xhrRef = useRef<XMLHttpRequest | null>(null);

  useEffect(() => () => xhrRef.current?.abort(), []);

  const upload = useCallback((req: UploadRequest) => {
    return new Promise<IndicatorImportReport>((resolve, reject) => {
      const params = new URLSearchParams({ source: req.source, fileName: req.fileName, dryRun: String(req.dryRun) });
      if (req.year !== null) params.set('year', String(req.year));
      const xhr = new XMLHttpRequest();
      xhrRef.current = xhr;
      xhr.open('POST', `/imports/indicators?${params}`);
      xhr.withCredentials = true;
      xhr.setRequestHeader('x-ketenwerk-csrf', '1');
      xhr.setRequestHeader('content-type', 'application/octet-stream');
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && e.total > 0) setPercent(Math.round((e.loaded / e.total) * 100));
      };
      xhr.upload.onload = () => {
        setPercent(100);
        setPhase('processing');
      };
      const done = () => {
        xhrRef.current = null;
        setPhase('idle');
      };
      xhr.onload = () => {
        done();
        if (xhr.status === 200) {
          try {
            resolve(JSON.parse(xhr.responseText) as IndicatorImportReport);
          } catch {
            reject(restError(xhr.status, ''));
          }
        } else reject(restError(xhr.status, xhr.responseText));
      };
      xhr.onerror = () => {
        done();
        reject({ code: 'NETWORK', message: '', fields: {} } satisfies ApiError);
      };
      xhr.onabort = () => done();
      setPercent(0);
      setPhase('uploading');
      xhr.send(req.file);
    });
  }, []);

  return { phase, percent, upload };
}
