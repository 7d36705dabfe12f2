import { registerEnumType } from '@nestjs/graphql';

export enum ImportIssueKind {
  UNKNOWN_NIS_CODE = 'UNKNOWN_NIS_CODE',
  NOT_A_NUMBER = 'NOT_A_NUMBER',
  OUT_OF_RANGE = 'OUT_OF_RANGE',
  DUPLICATE = 'DUPLICATE',
  UNKNOWN_INDICATOR = 'UNKNOWN_INDICATOR',
  INVALID_YEAR = 'INVALID_YEAR',
  MAPPED_THROUGH_MERGER = 'MAPPED_THROUGH_MERGER',
  NOT_AGGREGATED = 'NOT_AGGREGATED',
}

/** ERROR blocks the commit; WARNING: the value is left out; INFO: done, but worth knowing. */
export enum ImportSeverity {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
  INFO = 'INFO',
}

registerEnumType(ImportIssueKind, { name: 'ImportIssueKind', description: 'What an import report says about a row' });
registerEnumType(ImportSeverity, { name: 'ImportSeverity', description: 'ERROR blocks the commit; WARNING leaves the value out; INFO is for your information' });

export const SEVERITY: Record<ImportIssueKind, ImportSeverity> = {
  UNKNOWN_NIS_CODE: ImportSeverity.ERROR,
  NOT_A_NUMBER: ImportSeverity.ERROR,
  OUT_OF_RANGE: ImportSeverity.ERROR,
  DUPLICATE: ImportSeverity.ERROR,
  UNKNOWN_INDICATOR: ImportSeverity.ERROR,
  INVALID_YEAR: ImportSeverity.ERROR,
  MAPPED_THROUGH_MERGER: ImportSeverity.INFO,
  NOT_AGGREGATED: ImportSeverity.WARNING,
};

export interface Issue {
  kind: ImportIssueKind;
  severity: ImportSeverity;
  column: string | null;
  message: string;
}

export const issue = (kind: ImportIssueKind, message: string, column: string | null = null): Issue => ({ kind, severity: SEVERITY[kind], column, message });
