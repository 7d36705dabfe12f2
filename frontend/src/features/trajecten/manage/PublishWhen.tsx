import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/FormField';
import { toLocalInput } from './schedule';

export type When = 'now' | 'schedule' | 'draft';
const OPTIONS: readonly When[] = ['now', 'schedule', 'draft'];

export interface PublishWhenProps {
  when: When;
  onWhenChange: (when: When) => void;
  publishAt: string;
  onPublishAtChange: (value: string) => void;
  error?: string;
  inputRef?: (el: HTMLElement | null) => void;
}

/** Publish now, schedule for a moment in the future, or keep as a draft. */
export function PublishWhen({ when, onWhenChange, publishAt, onPublishAtChange, error, inputRef }: PublishWhenProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="tj-fieldset tj-radio-group">
      <legend className="field__label">{t('trajecten.editor.when')}</legend>
      {OPTIONS.map((option) => (
        <div key={option} className="tj-radio">
          <input
            id={`${id}-${option}`}
            type="radio"
            name={`${id}-when`}
            value={option}
            checked={when === option}
            onChange={() => onWhenChange(option)}
          />
          <label htmlFor={`${id}-${option}`}>{t(`trajecten.editor.whenOptions.${option}`)}</label>
        </div>
      ))}
      {when === 'schedule' && (
        <TextField
          type="datetime-local"
          label={t('trajecten.editor.publishAt')}
          hint={t('trajecten.editor.publishAtHint')}
          required
          min={toLocalInput(new Date())}
          value={publishAt}
          onValueChange={onPublishAtChange}
          error={error}
          inputRef={inputRef}
        />
      )}
    </fieldset>
  );
}
