// Plain form building blocks for the admin area: a labelled field whose error and hint are
// tied to it with aria-describedby, and buttons. No state, so usable on server and client.
import type { InputHTMLAttributes, ReactNode } from 'react';

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** Label, hint and error for one control; the control gets the ids to refer to them. */
function Field({
  id, label, hint, error, children,
}: { id: string; label: string; hint?: string; error?: string; children: (describedBy: string | undefined) => ReactNode }) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="font-semibold text-red-800">
          {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}

const controlClass = (error?: string) =>
  `min-h-11 w-full max-w-md rounded border px-3 ${error ? 'border-2 border-red-800' : 'border-muted'}`;

export function TextField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          name={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`${controlClass(error)} ${className ?? ''}`}
          {...input}
        />
      )}
    </Field>
  );
}

interface SelectFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue: string;
  emptyLabel: string;
  options: { value: string; label: string }[];
}

export function SelectField({ id, label, hint, error, defaultValue, emptyLabel, options }: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={id}
          name={id}
          defaultValue={defaultValue}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={controlClass(error)}
        >
          <option value="">{emptyLabel}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function SubmitButton({ children, pending }: { children: ReactNode; pending?: boolean }) {
  return (
    <button
      type="submit"
      aria-disabled={pending || undefined}
      className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-900"
    >
      {children}
    </button>
  );
}

export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'success' | 'warning' }) {
  const tones = {
    info: 'border-brand-700 bg-brand-50',
    success: 'border-green-800 bg-green-50',
    warning: 'border-warn-800 bg-warn-50 text-warn-800',
  };
  return (
    <div role="status" className={`rounded border-l-4 p-3 ${tones[tone]}`}>
      {children}
    </div>
  );
}
