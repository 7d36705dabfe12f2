import { useId, type ReactNode, type Ref, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
}

export interface FormFieldProps {
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  /** Render the control; spread the given props on it so label, hint and error are tied to it. */
  children: (props: ControlProps) => ReactNode;
}

/** Label + control + hint + error, tied together with for/id and aria-describedby. */
export function FormField({ label, error, hint, required = false, children }: FormFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {!required && <span className="field__optional"> {t('form.optional')}</span>}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, required: required || undefined })}
    </div>
  );
}

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  error?: string;
  hint?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function TextField({ label, value, onValueChange, error, hint, required, inputRef, ...rest }: TextFieldProps) {
  return (
    <FormField label={label} error={error} hint={hint} required={required}>
      {(props) => (
        <input
          ref={inputRef}
          className="input"
          value={value}
          onChange={(e) => onValueChange(e.target.value)}
          {...rest}
          {...props}
        />
      )}
    </FormField>
  );
}
