/**
 * rjsf's Form, without the second round of work per keystroke. rjsf
 * re-derives its whole state — defaults for every field, the retrieved
 * schema, a deep compare of old and new state, and one more render — whenever
 * the `formData` prop changes, even when the parent only stores what
 * `onChange` just reported; and it re-checks its props whenever the parent
 * re-renders (each autosave state). On a long form on a slow PC that doubled
 * a keystroke's cost. So the data rjsf itself reported is not handed back
 * (rjsf already holds it), and the Form element is reused while none of its
 * props changed; data the page did change (a computed 年龄, a category's
 * checklist, a half-width 身份证号) goes in as usual, and the latest data goes
 * in with any other prop change, so rjsf never falls back to an older copy.
 * Callbacks may change every render; the latest ones are called.
 */
import { useMemo, useRef, type ReactElement } from 'react';
import Form, { type FormProps, type IChangeEvent } from '@rjsf/core';

type Props = FormProps<Record<string, unknown>>;
type Callbacks = Pick<Props, 'onChange' | 'onSubmit' | 'onError'>;

export function StableForm(props: Props) {
  const { onChange: _c, onSubmit: _s, onError: _e, formData, ...rest } = props;
  const latest = useRef<Callbacks>(props);
  latest.current = props;
  /** what rjsf last reported through onChange */
  const reported = useRef<unknown>(undefined);
  const callbacks = useMemo<Callbacks>(
    () => ({
      onChange: (e: IChangeEvent<Record<string, unknown>>, id?: string) => {
        reported.current = e.formData;
        latest.current.onChange?.(e, id);
      },
      onSubmit: (...args) => latest.current.onSubmit?.(...args),
      onError: (...args) => latest.current.onError?.(...args),
    }),
    [],
  );
  const kept = useRef<{ formData: unknown; rest: Partial<Props>; element: ReactElement } | undefined>(undefined);
  const k = kept.current;
  const sameRest = !!k && Object.keys(rest).length === Object.keys(k.rest).length && Object.entries(rest).every(([key, v]) => (k.rest as Record<string, unknown>)[key] === v);
  const echo = formData === reported.current;
  if (k && sameRest && (echo || formData === k.formData)) return k.element;
  const element = <Form {...rest} {...callbacks} formData={formData} />;
  kept.current = { formData, rest, element };
  return element;
}
