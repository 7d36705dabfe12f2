import { useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { useFormatters } from '../../../app/format';
import { useMentions, type MentionScope } from '../hooks/useMentions';
import { MarkdownPreview } from './MarkdownPreview';

export interface MarkdownEditorProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  error?: string;
  hint?: string;
  required?: boolean;
  rows?: number;
  name?: string;
  mentionScope?: MentionScope;
  onTyping?: () => void;
  textareaRef?: Ref<HTMLTextAreaElement>;
  autoFocus?: boolean;
}

/** Markdown with "Schrijven" and "Voorbeeld", @mention suggestions and a character count. */
export function MarkdownEditor(props: MarkdownEditorProps) {
  const { label, value, onChange, maxLength, error, hint, required, rows = 6, name, mentionScope, onTyping, textareaRef, autoFocus } = props;
  const { t } = useTranslation();
  const fmt = useFormatters();
  const id = useId();
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const local = useRef<HTMLTextAreaElement | null>(null);
  const mentions = useMentions(value, onChange, local, mentionScope);
  const listId = `${id}-mentions`;
  const optionId = (i: number) => `${id}-mention-${i}`;

  const setRefs = (el: HTMLTextAreaElement | null) => {
    local.current = el;
    if (typeof textareaRef === 'function') textareaRef(el);
    else if (textareaRef) (textareaRef as { current: HTMLTextAreaElement | null }).current = el;
  };

  return (
    <FormField label={label} error={error} hint={hint ?? t('werkruimte.editor.hint')} required={required}>
      {(control) => (
        <div className="wr-editor">
          <div className="wr-editor__tabs" role="group" aria-label={label}>
            {(['write', 'preview'] as const).map((m) => (
              <button key={m} type="button" className="wr-editor__tab" aria-pressed={mode === m} onClick={() => setMode(m)}>
                {t(`werkruimte.editor.${m}`)}
              </button>
            ))}
          </div>
          <textarea
            {...control}
            ref={setRefs}
            name={name}
            className="input wr-editor__input"
            rows={rows}
            autoFocus={autoFocus}
            value={value}
            hidden={mode === 'preview'}
            aria-controls={mentions.options.length > 0 ? listId : undefined}
            aria-activedescendant={mentions.options.length > 0 ? optionId(mentions.active) : undefined}
            onChange={(e) => {
              onChange(e.target.value);
              onTyping?.();
              requestAnimationFrame(mentions.track);
            }}
            onKeyDown={mentions.onKeyDown}
            onClick={mentions.track}
          />
          {mode === 'write' && mentions.options.length > 0 && (
            <ul id={listId} role="listbox" aria-label={t('werkruimte.editor.mentionSuggestions')} className="combobox__list wr-mentions">
              {mentions.options.map((person, i) => (
                <li
                  key={person.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === mentions.active}
                  className={`combobox__option${i === mentions.active ? ' combobox__option--active' : ''}`}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    mentions.choose(person);
                  }}
                >
                  {person.displayName}
                  {person.bestuur && <span className="combobox__detail"> – {person.bestuur.name}</span>}
                </li>
              ))}
            </ul>
          )}
          <p className="visually-hidden" role="status">
            {mentions.options.length > 0 ? t('werkruimte.editor.mentionCount', { count: mentions.options.length }) : ''}
          </p>
          {mode === 'preview' && <MarkdownPreview markdown={value} label={t('werkruimte.editor.preview')} />}
          <p className={`wr-editor__count${value.length > maxLength ? ' wr-editor__count--over' : ''}`}>
            {t('werkruimte.editor.count', { length: fmt.number(value.length), max: fmt.number(maxLength) })}
          </p>
        </div>
      )}
    </FormField>
  );
}
