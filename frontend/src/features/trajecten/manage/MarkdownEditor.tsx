import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../components/Tabs';
import { Markdown } from '../components/Markdown';

export interface MarkdownEditorProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  rows?: number;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/** A Markdown textarea with "Schrijven" and "Voorbeeld" tabs; the preview is sanitised HTML. */
export function MarkdownEditor({ label, value, onChange, error, required = false, rows = 10, textareaRef }: MarkdownEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [tab, setTab] = useState('schrijven');
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  // An error is about the text: show the text, not the preview.
  const selected = error ? 'schrijven' : tab;

  return (
    <div className={`field tj-md-editor${error ? ' field--invalid' : ''}`}>
      <label htmlFor={`${id}-text`} className="field__label" id={`${id}-label`}>
        {label}
        {!required && <span className="field__optional"> {t('form.optional')}</span>}
      </label>
      <p id={hintId} className="field__hint">
        {t('trajecten.editor.markdownHint')}
      </p>
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <Tabs
        label={t('trajecten.editor.modes', { label })}
        selected={selected}
        onSelect={setTab}
        tabs={[
          {
            id: 'schrijven',
            label: t('trajecten.editor.write'),
            render: () => (
              <textarea
                id={`${id}-text`}
                ref={textareaRef}
                className="input tj-md-editor__text"
                rows={rows}
                value={value}
                required={required || undefined}
                aria-invalid={error ? true : undefined}
                aria-describedby={[error ? errorId : null, hintId].filter(Boolean).join(' ')}
                onChange={(e) => onChange(e.target.value)}
              />
            ),
          },
          {
            id: 'voorbeeld',
            label: t('trajecten.editor.preview'),
            render: () =>
              value.trim() ? (
                <Markdown source={value} headingLevel={4} className="tj-md-editor__preview" />
              ) : (
                <p className="empty-state">{t('trajecten.editor.nothingToPreview')}</p>
              ),
          },
        ]}
      />
    </div>
  );
}
