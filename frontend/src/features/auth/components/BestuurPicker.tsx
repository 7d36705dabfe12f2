import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BestuurSearchQuery, PartnerOrganisationsQuery } from '../graphql/operations';
import { FormField } from '../../../ui/FormField';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';

export interface BestuurChoice {
  code: string;
  name: string;
}

interface Option extends BestuurChoice {
  id: string;
  detail: string;
}

export interface BestuurPickerProps {
  value: BestuurChoice | null;
  onChange: (value: BestuurChoice | null) => void;
  error?: string;
}

const MIN_CHARS = 2;

/** Accessible combobox (ARIA 1.2, list autocomplete) over municipalities and partner organisations. */
export function BestuurPicker({ value, onChange, error }: BestuurPickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useDebouncedValue(text.trim(), 250);
  const searching = search.length >= MIN_CHARS && !(value && value.name === text);

  const partners = useQuery(PartnerOrganisationsQuery);
  const besturen = useQuery(BestuurSearchQuery, { variables: { search }, skip: !searching });

  const options: Option[] = useMemo(() => {
    if (!searching) return [];
    const needle = search.toLocaleLowerCase('nl-BE');
    const municipalities = (besturen.data?.besturen.edges ?? []).map(({ node }) => ({
      id: node.id,
      code: node.code,
      name: node.name,
      detail: node.kind === 'PARTNER' ? t('bestuurPicker.partner') : (node.province ?? ''),
    }));
    const seen = new Set(municipalities.map((o) => o.code));
    const partnerOptions = (partners.data?.partnerOrganisations ?? [])
      .filter((p) => !seen.has(p.code) && `${p.name} ${p.code}`.toLocaleLowerCase('nl-BE').includes(needle))
      .map((p) => ({ id: p.id, code: p.code, name: p.name, detail: t('bestuurPicker.partner') }));
    return [...municipalities, ...partnerOptions];
  }, [searching, search, besturen.data, partners.data, t]);

  const expanded = open && searching && options.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function choose(option: Option) {
    onChange({ code: option.code, name: option.name });
    setText(option.name);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (options.length ? (i + 1) % options.length : -1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (options.length ? (i <= 0 ? options.length - 1 : i - 1) : -1));
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (text) {
        setText('');
        onChange(null);
      }
    }
  }

  let status = '';
  if (searching && open) {
    if (besturen.loading) status = t('bestuurPicker.searching');
    else if (options.length === 0) status = t('bestuurPicker.noResults');
    else status = t('bestuurPicker.results', { count: options.length });
  }

  return (
    <FormField label={t('fields.bestuur')} hint={t('bestuurPicker.hint')} error={error}>
      {(props) => (
        <div className="combobox">
          <input
            {...props}
            className="input"
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
              setActive(-1);
              if (value && e.target.value !== value.name) onChange(null);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
          <ul id={listId} role="listbox" className="combobox__list" hidden={!expanded} aria-label={t('fields.bestuur')}>
            {expanded &&
              options.map((option, index) => (
                <li
                  key={option.code}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className={`combobox__option${index === active ? ' combobox__option--active' : ''}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(option)}
                >
                  <span>{option.name}</span>
                  {option.detail && <span className="combobox__detail"> · {option.detail}</span>}
                </li>
              ))}
          </ul>
          <p className="visually-hidden" aria-live="polite">
            {status}
          </p>
          {value && (
            <p className="combobox__chosen">
              {t('bestuurPicker.chosen', { name: value.name })}{' '}
              <button
                type="button"
                className="btn btn--link"
                onClick={() => {
                  onChange(null);
                  setText('');
                }}
              >
                {t('bestuurPicker.clear')}
              </button>
            </p>
          )}
        </div>
      )}
    </FormField>
  );
}
