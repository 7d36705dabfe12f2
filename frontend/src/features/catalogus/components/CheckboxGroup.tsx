import { useId } from 'react';

export interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  label: (value: T) => string;
  onChange: (selected: T[]) => void;
}

/** A fieldset of checkboxes for one facet; the order of `options` is kept in the result. */
export function CheckboxGroup<T extends string>({ legend, options, selected, label, onChange }: CheckboxGroupProps<T>) {
  const id = useId();
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{legend}</legend>
      <ul className="facet__options">
        {options.map((value) => {
          const inputId = `${id}-${value}`;
          const checked = selected.includes(value);
          return (
            <li key={value}>
              <input
                id={inputId}
                type="checkbox"
                checked={checked}
                onChange={() => onChange(options.filter((o) => (o === value ? !checked : selected.includes(o))))}
              />
              <label htmlFor={inputId}>{label(value)}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
