// The one field kit, for public and admin forms: labelled controls that show the value sent
// last and their own errors, tied to the control with aria-describedby (and aria-invalid).
// Field paths are the ones zod reports ("openingHours.0.opensAt"); ./values.ts maps them to
// input names and ids. Usable from server and client components alike.
import { useTranslations } from 'next-intl';
import type { InputHTMLAttributes, ReactNode } from 'react';
import type { FieldErrors, FormValues } from '@/lib/validation/form-data';
import { useErrorText, type ErrorText } from './error-text';
import { errorId, errorsAt, inputId, inputName, listAt, textAt } from './values';

export interface FieldProps {
  path: string;
  label: string;
  values?: FormValues;
  errors?: FieldErrors;
  hint?: string;
  required?: boolean;
  className?: string;
  /** Turns an error key into text; Forms.errors unless the form has its own messages. */
  errorText?: ErrorText;
}

const inputClass =
  'mt-1 block min-h-11 w-full rounded border border-gray-500 px-2 py-1.5 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700';

function describedBy(path: string, hasHint: boolean, hasError: boolean) {
  return [hasHint ? `${inputId(path)}-hint` : null, hasError ? errorId(path) : null].filter(Boolean).join(' ') || undefined;
}

export function FieldError({ path, errors, errorText }: { path: string; errors?: FieldErrors; errorText?: ErrorText }) {
  const fallback = useErrorText();
  const keys = errorsAt(errors, path);
  if (keys.length === 0) return null;
  return (
    <p id={errorId(path)} className="mt-1 text-sm font-semibold text-red-700">
      {keys.map((k) => (errorText ?? fallback)(k, path)).join(' ')}
    </p>
  );
}

function Label({ path, label, required, hint }: Pick<FieldProps, 'path' | 'label' | 'required' | 'hint'>) {
  const t = useTranslations('Forms');
  return (
    <>
      <label htmlFor={inputId(path)} className="block font-semibold">
        {label}
        {required && <span className="ml-1 text-sm font-normal text-muted">{t('required')}</span>}
      </label>
      {hint && (
        <p id={`${inputId(path)}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
    </>
  );
}

type InputProps = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'inputMode' | 'placeholder' | 'defaultValue' | 'lang' | 'autoComplete' | 'autoCapitalize' | 'autoFocus' | 'spellCheck' | 'minLength' | 'maxLength' | 'pattern'
>;

export function TextField(props: FieldProps & InputProps & { rows?: number }) {
  const { path, label, values, errors, hint, required, className, errorText, rows, type = 'text', defaultValue, ...input } = props;
  const invalid = errorsAt(errors, path).length > 0;
  const common = {
    id: inputId(path),
    name: inputName(path),
    // Passwords are never filled in again; everything else shows what was sent.
    defaultValue: type === 'password' ? undefined : (defaultValue ?? textAt(values, path)),
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(path, !!hint, invalid),
    required,
    className: inputClass,
    lang: input.lang,
    placeholder: input.placeholder,
    maxLength: input.maxLength,
  };
  return (
    <div className={className}>
      <Label path={path} label={label} required={required} hint={hint} />
      {rows ? <textarea rows={rows} {...common} /> : <input type={type} {...input} {...common} />}
      <FieldError path={path} errors={errors} errorText={errorText} />
    </div>
  );
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[]; emptyLabel?: string; defaultValue?: string }) {
  const { path, values, errors, hint, options, emptyLabel, className, errorText } = props;
  const invalid = errorsAt(errors, path).length > 0;
  return (
    <div className={className}>
      <Label {...props} />
      <select
        id={inputId(path)}
        name={inputName(path)}
        defaultValue={props.defaultValue ?? textAt(values, path)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(path, !!hint, invalid)}
        required={props.required}
        className={inputClass}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError path={path} errors={errors} errorText={errorText} />
    </div>
  );
}

export function CheckboxGroup(props: FieldProps & { options: { value: string; label: string }[]; columns?: boolean }) {
  const { path, label, values, errors, hint, options, errorText } = props;
  const checked = new Set(listAt(values, path));
  const invalid = errorsAt(errors, path).length > 0;
  return (
    <fieldset id={inputId(path)} aria-describedby={describedBy(path, !!hint, invalid)} className={props.className}>
      <legend className="font-semibold">{label}</legend>
      {hint && <p id={`${inputId(path)}-hint`} className="text-sm text-muted">{hint}</p>}
      <div className={props.columns ? 'mt-1 grid gap-1 sm:grid-cols-2' : 'mt-1 space-y-1'}>
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2">
            <input type="checkbox" name={path} value={o.value} defaultChecked={checked.has(o.value)} className="mt-1 h-4 w-4" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError path={path} errors={errors} errorText={errorText} />
    </fieldset>
  );
}

/** One box to tick; `value` is what it sends ("on" unless told). */
export function Checkbox({ path, label, values, errors, hint, className, errorText, value = 'on' }: FieldProps & { value?: string }) {
  const invalid = errorsAt(errors, path).length > 0;
  const v = textAt(values, path);
  return (
    <div className={className}>
      <label htmlFor={inputId(path)} className="flex items-start gap-2">
        <input
          type="checkbox"
          id={inputId(path)}
          name={inputName(path)}
          value={value}
          defaultChecked={v !== '' && v !== 'false' && v !== 'off'}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(path, !!hint, invalid)}
          className="mt-1 h-4 w-4"
        />
        <span>{label}</span>
      </label>
      {hint && <p id={`${inputId(path)}-hint`} className="text-sm text-muted">{hint}</p>}
      <FieldError path={path} errors={errors} errorText={errorText} />
    </div>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4 rounded border border-gray-300 p-4">
      <h2 id={`${id}-heading`} className="text-xl font-bold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export const SubmitButton = ({ children, pending, name, value, danger }: { children: ReactNode; pending?: boolean; name?: string; value?: string; danger?: boolean }) => (
  <button
    type="submit"
    name={name}
    value={value}
    aria-disabled={pending || undefined}
    className={`min-h-11 rounded px-4 py-2 font-semibold text-white focus:outline-4 focus:outline-offset-2 focus:outline-brand-700 ${danger ? 'bg-red-800 hover:bg-red-900' : 'bg-brand-700 hover:bg-brand-900'}`}
  >
    {children}
  </button>
);

/** A status line after a form was sent (or a page's note); read out politely. */
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
