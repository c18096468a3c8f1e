import { type ChangeEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkFields,
  type FieldProblems,
  type FieldRules,
  problemsFromError,
} from './field-errors';

type InputEvent = ChangeEvent<HTMLInputElement | HTMLTextAreaElement>;

/**
 * A small controlled form: values, per-field problems in the person's language, and focus on
 * the first field that needs attention (after a local check or after the API refused it).
 * A field's message goes away as soon as someone starts fixing it.
 */
export function useSimpleForm<Name extends string>(
  initial: Record<Name, string>,
  rules: FieldRules<Name>,
) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<FieldProblems<Name>>({});
  const [focusRequest, setFocusRequest] = useState<{ readonly name: Name } | null>(null);
  // A callback ref kept in state: the effect below needs the element, render never reads it.
  const [formElement, bindForm] = useState<HTMLFormElement | null>(null);

  useEffect(() => {
    if (!focusRequest) return;
    formElement?.querySelector<HTMLElement>(`[name="${focusRequest.name}"]`)?.focus();
  }, [focusRequest, formElement]);

  function report(found: FieldProblems<Name>): boolean {
    setProblems(found);
    // The first field in the form's own order, as a person reads it.
    const first = (Object.keys(values) as Name[]).find((name) => found[name]);
    if (first) setFocusRequest({ name: first });
    return first !== undefined;
  }

  function message(name: Name): string | undefined {
    const problem = problems[name];
    return problem ? t(`fields.${problem.key}`, { ...problem.params }) : undefined;
  }

  function setValue(name: Name, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
    setProblems((current) => {
      if (!current[name]) return current;
      const next = { ...current };
      delete next[name];
      return next;
    });
  }

  return {
    values,
    setValue,
    setValues,
    bindForm,
    /** Props for a Mantine input: name, value, onChange and the translated error. */
    input: (name: Name) => ({
      name,
      value: values[name],
      error: message(name),
      onChange: (event: InputEvent) => setValue(name, event.currentTarget.value),
    }),
    /** True when the values may be sent; otherwise shows what is missing. */
    validate: () => !report(checkFields(values, rules)),
    /** Shows the API's field refusals next to the fields; true when there were any. */
    showServerProblems: (error: unknown) => report(problemsFromError(error, values, rules)),
  };
}
