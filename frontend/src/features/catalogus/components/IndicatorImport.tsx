import { useId, useState, type FormEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES, useIndicatorUpload, type IndicatorImportReport } from '../hooks/useIndicatorUpload';
import { CatalogusIndicatorImportsQuery } from '../graphql/profile';
import { ImportReportView } from './ImportReportView';
import { useFormErrors } from '../../auth/hooks/useFormErrors';
import type { ApiError } from '../../../app/errors';
import { useErrorMessage } from '../../../app/useErrorMessage';
import { useFormatters } from '../../../app/format';
import { FormField, TextField } from '../../../ui/FormField';
import { Button } from '../../../ui/Button';
import { Alert } from '../../../ui/Alert';

const FIELDS = ['file', 'source', 'year'] as const;

/** Upload a CSV or JSON file with indicator values: dry run with a report per row first, then commit. */
export function IndicatorImport() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const errorMessage = useErrorMessage();
  const client = useApolloClient();
  const progressId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const [year, setYear] = useState('');
  const [report, setReport] = useState<IndicatorImportReport | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const form = useFormErrors(FIELDS);
  const { phase, percent, upload } = useIndicatorUpload();
  const busy = phase !== 'idle';

  /** Any change to the inputs invalidates the dry run: commit only what was checked. */
  function changed() {
    setReport(null);
    setResult(null);
  }

  function validate(): boolean {
    const y = year.trim();
    return form.validate({
      file: !file
        ? t('catalogus.import.fileRequired')
        : file.size === 0
          ? t('catalogus.import.fileEmpty')
          : file.size > MAX_IMPORT_BYTES
            ? t('catalogus.import.fileTooLarge')
            : undefined,
      source: source.trim().length < 2 ? t('catalogus.import.sourceRequired') : undefined,
      year: y && !(/^\d{4}$/.test(y) && Number(y) >= 1900 && Number(y) <= 2100) ? t('catalogus.import.yearInvalid') : undefined,
    });
  }

  async function run(dryRun: boolean) {
    setResult(null);
    if (!validate() || !file) return;
    try {
      const r = await upload({ file, fileName: file.name, source: source.trim(), year: year.trim() ? Number(year) : null, dryRun });
      setReport(r);
      if (!dryRun) {
        setResult(
          r.alreadyImported
            ? t('catalogus.import.committedAlready')
            : t('catalogus.import.committed', { added: fmt.number(r.newCount), changed: fmt.number(r.changedCount), unchanged: fmt.number(r.unchangedCount) }),
        );
        void client.refetchQueries({ include: [CatalogusIndicatorImportsQuery] }).catch(() => undefined);
      }
    } catch (error) {
      form.showApiError(error as ApiError, errorMessage(error as ApiError));
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void run(true);
  }

  const canCommit = report?.dryRun && report.errorRowCount === 0 && report.valueCount > 0;

  return (
    <>
      <form className="form" noValidate onSubmit={onSubmit} aria-label={t('catalogus.import.formLabel')}>
        {form.general && <Alert variant="error">{form.general}</Alert>}
        <FormField label={t('catalogus.import.fileLabel')} hint={t('catalogus.import.fileHint')} error={form.fieldErrors.file} required>
          {(props) => (
            <input
              {...props}
              ref={form.register('file')}
              type="file"
              className="input"
              accept=".csv,.json,text/csv,application/json"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                changed();
              }}
            />
          )}
        </FormField>
        <TextField
          label={t('catalogus.import.sourceLabel')}
          hint={t('catalogus.import.sourceHint')}
          required
          value={source}
          onValueChange={(v) => {
            setSource(v);
            changed();
          }}
          error={form.fieldErrors.source}
          inputRef={form.register('source')}
        />
        <TextField
          label={t('catalogus.import.yearLabel')}
          hint={t('catalogus.import.yearHint')}
          inputMode="numeric"
          value={year}
          onValueChange={(v) => {
            setYear(v);
            changed();
          }}
          error={form.fieldErrors.year}
          inputRef={form.register('year')}
        />
        <div className="actions">
          <Button type="submit" busy={busy}>
            {t('catalogus.import.dryRun')}
          </Button>
        </div>
      </form>

      <div className="import-progress">
        <p id={progressId} role="status" className="import-progress__label">
          {phase === 'uploading' ? t('catalogus.import.uploading') : phase === 'processing' ? t('catalogus.import.processing') : ''}
        </p>
        {busy &&
          (phase === 'uploading' ? (
            <p className="import-progress__bar">
              <progress aria-labelledby={progressId} max={100} value={percent} />
              <span aria-hidden="true"> {percent}%</span>
            </p>
          ) : (
            <p className="import-progress__bar">
              <progress aria-labelledby={progressId} />
            </p>
          ))}
      </div>

      {result && <Alert variant="success">{result}</Alert>}
      {report && <ImportReportView report={report} />}
      {report?.dryRun && (
        <div className="panel">
          {canCommit ? (
            <>
              <p>{t('catalogus.import.readyToCommit', { count: report.valueCount, values: fmt.number(report.valueCount) })}</p>
              <Button busy={busy} onClick={() => void run(false)}>
                {t('catalogus.import.commit')}
              </Button>
            </>
          ) : (
            <p>{report.errorRowCount > 0 ? t('catalogus.import.fixFirst') : t('catalogus.import.nothingToImport')}</p>
          )}
        </div>
      )}
    </>
  );
}
