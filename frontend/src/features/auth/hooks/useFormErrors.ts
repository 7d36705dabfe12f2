import { useCallback, useRef, useState } from 'react';
import type { ApiError } from '../../../app/errors';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Field errors (client- or server-side) plus a general message for the rest.
 * Server fields not shown on this form end up in the general message.
 */
export function useFormErrors<F extends string>(fieldNames: readonly F[]) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<F>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const refs = useRef<Partial<Record<F, HTMLElement | null>>>({});

  const register = useCallback(
    (name: F) => (el: HTMLElement | null) => {
      refs.current[name] = el;
    },
    [],
  );

  const focusFirst = useCallback(
    (errors: FieldErrors<F>) => {
      const first = fieldNames.find((name) => errors[name]);
      if (first) refs.current[first]?.focus();
    },
    [fieldNames],
  );

  /** Show client-side errors; returns true when there are none. */
  const validate = useCallback(
    (errors: FieldErrors<F>) => {
      setFieldErrors(errors);
      setGeneral(null);
      const ok = !Object.values(errors).some(Boolean);
      if (!ok) focusFirst(errors);
      return ok;
    },
    [focusFirst],
  );

  /** Show a server error: per-field where possible, otherwise `fallback`. */
  const showApiError = useCallback(
    (error: ApiError, fallback: string) => {
      const own: FieldErrors<F> = {};
      const other: string[] = [];
      for (const [key, message] of Object.entries(error.fields)) {
        if ((fieldNames as readonly string[]).includes(key)) own[key as F] = message;
        else other.push(message);
      }
      setFieldErrors(own);
      const hasOwn = Object.keys(own).length > 0;
      setGeneral(other.length > 0 ? other.join(' ') : hasOwn ? null : fallback);
      if (hasOwn) focusFirst(own);
    },
    [fieldNames, focusFirst],
  );

  const clear = useCallback(() => {
    setFieldErrors({});
    setGeneral(null);
  }, []);

  return { fieldErrors, general, setGeneral, validate, showApiError, clear, register };
}
