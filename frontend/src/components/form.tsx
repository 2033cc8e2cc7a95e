import { Button } from '@bcgov/design-system-react-components';
import { useId, type FormHTMLAttributes, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import { useT } from '../i18n';
import type { Option } from './fields';
import { ErrorAlert } from './status';

interface FieldShellProps {
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (ids: { id: string; describedBy?: string }) => ReactNode;
  className?: string;
}

function FieldShell({ label, hint, error, children, className }: FieldShellProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`pas-field${error ? ' pas-field--invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="pas-hint">
          {hint}
        </p>
      )}
      {children({ id, describedBy })}
      {error && (
        <p id={errorId} className="pas-field-error">
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
};

export function TextField({ label, hint, error, value, onChange, className, ...input }: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {({ id, describedBy }) => (
        <input
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...input}
        />
      )}
    </FieldShell>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  value,
  onChange,
  maxLength,
}: Pick<TextFieldProps, 'label' | 'hint' | 'error' | 'value' | 'onChange' | 'maxLength'>) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          value={value}
          rows={3}
          maxLength={maxLength}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
      )}
    </FieldShell>
  );
}

type SelectFieldProps<V extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
  label: string;
  value: V;
  onChange: (value: V) => void;
  /** The choices; with a `placeholder`, `V` includes `''` (the empty first choice). */
  options: readonly Option<V>[];
  /** A first, empty choice such as "Any" or "Choose…". */
  placeholder?: string;
  hint?: ReactNode;
  error?: string;
};

/** A select whose value is one of its options' values (an enum of the schema, typically). */
export function SelectField<V extends string>({ label, hint, error, value, onChange, options, placeholder, ...select }: SelectFieldProps<V>) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ id, describedBy }) => (
        <select
          id={id}
          value={value}
          // The DOM only offers the values of the options below (and '' with a placeholder).
          onChange={(e) => onChange(e.target.value as V)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...select}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value} lang={o.lang}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
  hint,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="pas-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="pas-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** The submit button of a form and, right next to it, why the last attempt failed. */
export function SubmitRow({
  label,
  pending,
  error,
  errorTitle,
  children,
}: {
  label: string;
  pending: boolean;
  error?: unknown;
  errorTitle?: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <div className="pas-submit">
      {error != null && <ErrorAlert error={error} title={errorTitle ?? t('common.form.notSaved')} />}
      <div className="pas-buttons">
        <Button type="submit" variant="primary" isDisabled={pending}>
          {pending ? t('common.form.working') : label}
        </Button>
        {children}
      </div>
    </div>
  );
}

/** A form that never reloads the page and leaves validation messages to us (shown next to fields). */
export function Form({ onSubmit, children, ...rest }: Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> & { onSubmit: () => void }) {
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      {...rest}
    >
      {children}
    </form>
  );
}

/**
 * One choice of a few, as radio buttons in a fieldset whose legend is the question (the group is named by it
 * and described by the hint and the error).
 */
export function RadioGroupField<V extends string>({
  legend,
  value,
  onChange,
  options,
  hint,
  error,
}: {
  legend: string;
  value: V;
  onChange: (value: V) => void;
  options: readonly Option<V>[];
  hint?: ReactNode;
  error?: string;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`pas-radios${error ? ' pas-field--invalid' : ''}`} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="pas-hint">
          {hint}
        </p>
      )}
      {options.map((o) => (
        <div key={o.value} className="pas-check">
          <input id={`${id}-${o.value}`} type="radio" name={id} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      {error && (
        <p id={`${id}-error`} className="pas-field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
