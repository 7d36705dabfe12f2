import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IndicatorImport } from './IndicatorImport';
import { renderWithProviders } from '../../../test/render';
import type { IndicatorImportReport } from '../hooks/useIndicatorUpload';

/** A stand-in for XMLHttpRequest: records each request and lets the test answer it. */
class FakeXhr {
  static requests: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  withCredentials = false;
  upload: { onprogress: ((e: ProgressEvent) => void) | null; onload: (() => void) | null } = { onprogress: null, onload: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.requests.push(this);
  }
  abort() {
    this.onabort?.();
  }
  /** Upload progress, then the server's answer. */
  respond(status: number, body: unknown) {
    this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 } as ProgressEvent);
    this.upload.onload?.();
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

function report(over: Partial<IndicatorImportReport> = {}): IndicatorImportReport {
  return {
    dryRun: true,
    committed: false,
    alreadyImported: false,
    importId: null,
    fileHash: 'abc',
    fileName: 'imonitor.csv',
    source: 'I-Monitor',
    year: 2016,
    years: [2016],
    format: 'CSV',
    shape: 'WIDE',
    encoding: 'UTF-8',
    delimiter: ';',
    decimalSeparator: ',',
    indicators: ['informatieveiligheid', 'procesbeheer'],
    ignoredColumns: ['naam'],
    rowCount: 3,
    okRowCount: 1,
    errorRowCount: 1,
    warningRowCount: 0,
    valueCount: 4,
    newCount: 4,
    changedCount: 0,
    unchangedCount: 0,
    skippedCount: 0,
    rows: [
      {
        line: 3,
        nisCode: '99999',
        bestuurName: null,
        mappedToNisCode: null,
        severity: 'ERROR',
        issues: [{ kind: 'UNKNOWN_NIS_CODE', severity: 'ERROR', column: 'nis', message: 'Onbekende NIS-code: 99999.' }],
      },
      {
        line: 4,
        nisCode: '23023',
        bestuurName: 'Pajottegem',
        mappedToNisCode: '23106',
        severity: 'INFO',
        issues: [{ kind: 'MAPPED_THROUGH_MERGER', severity: 'INFO', column: null, message: 'Galmaarden is opgegaan in Pajottegem.' }],
      },
    ],
    rowsTruncated: false,
    ...over,
  };
}

async function chooseAndRun() {
  const user = userEvent.setup();
  const file = new File(['nis;naam;informatieveiligheid\n41002;Aalst;72,5\n'], 'imonitor.csv', { type: 'text/csv' });
  await user.upload(screen.getByLabelText(/Bestand/), file);
  await user.type(screen.getByLabelText('Bron'), 'I-Monitor');
  await user.type(screen.getByLabelText(/Jaar/), '2016');
  await user.click(screen.getByRole('button', { name: 'Proefimport uitvoeren' }));
  return user;
}

describe('IndicatorImport', () => {
  beforeEach(() => {
    FakeXhr.requests = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('checks the form before uploading anything', async () => {
    renderWithProviders(<IndicatorImport />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Proefimport uitvoeren' }));
    expect(screen.getByLabelText(/Bestand/)).toHaveAccessibleDescription(/Kies een bestand\./);
    expect(screen.getByLabelText('Bron')).toHaveAccessibleDescription(/Vul de bron in/);
    expect(FakeXhr.requests).toHaveLength(0);
  });

  it('uploads for a dry run with progress, then shows the report per row and refuses to commit while there are errors', async () => {
    renderWithProviders(<IndicatorImport />);
    await chooseAndRun();
    const [req] = FakeXhr.requests;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/imports/indicators?source=I-Monitor&fileName=imonitor.csv&dryRun=true&year=2016');
    expect(req.headers['x-ketenwerk-csrf']).toBe('1');
    expect(screen.getByRole('status')).toHaveTextContent('Bestand uploaden…');
    expect(screen.getByRole('progressbar', { name: 'Bestand uploaden…' })).toBeInTheDocument();

    act(() => req.respond(200, report()));

    expect(await screen.findByRole('heading', { name: 'Verslag van de proefimport' })).toBeVisible();
    expect(screen.getByText('3 in totaal: 1 in orde, 1 met fouten, 0 met waarschuwingen')).toBeVisible();
    expect(screen.getByText(/gescheiden door puntkomma's, decimaalteken ‘,’/)).toBeVisible();
    const table = screen.getByRole('table', { name: '2 rijen met opmerkingen' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('399999–Foutnis: Onbekende NIS-code: 99999.');
    expect(rows[2]).toHaveTextContent('423023 → 23106PajottegemTer infoGalmaarden is opgegaan in Pajottegem.');
    expect(screen.getByText(/Er zijn fouten: er kan niets geïmporteerd worden/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Importeren' })).not.toBeInTheDocument();
  });

  it('commits after a clean dry run and reports what changed', async () => {
    renderWithProviders(<IndicatorImport />);
    const user = await chooseAndRun();
    act(() => FakeXhr.requests[0].respond(200, report({ errorRowCount: 0, okRowCount: 3, rows: [] })));
    expect(await screen.findByText('Geen opmerkingen: alle rijen zijn in orde.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    const commit = FakeXhr.requests[1];
    expect(commit.url).toContain('dryRun=false');
    act(() => commit.respond(200, report({ dryRun: false, committed: true, errorRowCount: 0, rows: [], newCount: 3, unchangedCount: 1 })));
    expect(await screen.findByText('Import voltooid: 3 nieuwe, 0 gewijzigde en 1 ongewijzigde waarden.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Verslag van de import' })).toBeVisible();
  });

  it('shows the server’s refusal next to the field it concerns', async () => {
    renderWithProviders(<IndicatorImport />);
    await chooseAndRun();
    const message = 'Geen kolom met de NIS-code gevonden. Noem die kolom nis, nis_code of refnis.';
    act(() =>
      FakeXhr.requests[0].respond(400, { errors: [{ message: 'Ongeldige invoer', extensions: { code: 'BAD_USER_INPUT', fields: { file: message } } }] }),
    );
    const file = await screen.findByLabelText(/Bestand/, { selector: '[aria-invalid="true"]' });
    expect(file).toHaveAccessibleDescription(new RegExp(message.replace(/\./g, '\\.')));
  });
});
