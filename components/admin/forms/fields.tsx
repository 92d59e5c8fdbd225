// Labelled form controls that show the value sent last and their own errors, tied to the
// control with aria-describedby. Usable from server and client components alike.
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { FieldErrors, FormValues } from '@/lib/validation/form-data';
import { errorText } from './error-text';
import { errorId, errorsAt, inputId, inputName, listAt, textAt } from './values';

export interface FieldProps {
  path: string;
  label: string;
  values?: FormValues;
  errors?: FieldErrors;
  hint?: string;
  required?: boolean;
  className?: string;
}

const inputClass = 'mt-1 block w-full rounded border border-gray-500 px-2 py-1.5 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700';

function describedBy(path: string, hasHint: boolean, hasError: boolean) {
  return [hasHint ? `${inputId(path)}-hint` : null, hasError ? errorId(path) : null].filter(Boolean).join(' ') || undefined;
}

export function FieldError({ path, errors }: { path: string; errors?: FieldErrors }) {
  const t = useTranslations('AdminEdit');
  const keys = errorsAt(errors, path);
  if (keys.length === 0) return null;
  return (
    <p id={errorId(path)} className="mt-1 text-sm font-semibold text-red-700">
      {keys.map((k) => errorText(t, k)).join(' ')}
    </p>
  );
}

function Label({ path, label, required, hint }: Pick<FieldProps, 'path' | 'label' | 'required' | 'hint'>) {
  const t = useTranslations('AdminEdit');
  return (
    <>
      <label htmlFor={inputId(path)} className="block font-semibold">
        {label}
        {required && <span className="ml-1 text-sm font-normal text-muted">{t('common.required')}</span>}
      </label>
      {hint && (
        <p id={`${inputId(path)}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
    </>
  );
}

export function TextField(
  props: FieldProps & {
    type?: string;
    rows?: number;
    inputMode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'url' | 'text';
    placeholder?: string;
    defaultValue?: string;
    /** The language of the text typed in, when it is not the page's (spelling, screen readers). */
    lang?: string;
  },
) {
  const { path, values, errors, hint, type = 'text', rows, className } = props;
  const invalid = errorsAt(errors, path).length > 0;
  const common = {
    id: inputId(path),
    name: inputName(path),
    defaultValue: props.defaultValue ?? textAt(values, path),
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(path, !!hint, invalid),
    required: props.required,
    className: inputClass,
    placeholder: props.placeholder,
    lang: props.lang,
  };
  return (
    <div className={className}>
      <Label {...props} />
      {rows ? <textarea rows={rows} {...common} /> : <input type={type} inputMode={props.inputMode} {...common} />}
      <FieldError path={path} errors={errors} />
    </div>
  );
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[]; emptyLabel?: string }) {
  const { path, values, errors, hint, options, emptyLabel, className } = props;
  const invalid = errorsAt(errors, path).length > 0;
  return (
    <div className={className}>
      <Label {...props} />
      <select
        id={inputId(path)}
        name={inputName(path)}
        defaultValue={textAt(values, path)}
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
      <FieldError path={path} errors={errors} />
    </div>
  );
}

/** Yes / no / unknown. "Unknown" is sent as "unknown" and stored as NULL. */
export function TriStateField(props: FieldProps) {
  const t = useTranslations('AdminEdit');
  const value = textAt(props.values, props.path) || 'unknown';
  return (
    <SelectField
      {...props}
      values={{ [props.path]: value }}
      options={[
        { value: 'unknown', label: t('common.unknown') },
        { value: 'yes', label: t('common.yes') },
        { value: 'no', label: t('common.no') },
      ]}
    />
  );
}

export function CheckboxGroup(props: FieldProps & { options: { value: string; label: string }[]; columns?: boolean }) {
  const { path, label, values, errors, hint, options } = props;
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
      <FieldError path={path} errors={errors} />
    </fieldset>
  );
}

export function Checkbox({ path, label, values, errors, hint, className }: FieldProps) {
  const invalid = errorsAt(errors, path).length > 0;
  const v = textAt(values, path);
  return (
    <div className={className}>
      <label htmlFor={inputId(path)} className="flex items-start gap-2">
        <input
          type="checkbox"
          id={inputId(path)}
          name={inputName(path)}
          value="on"
          defaultChecked={v !== '' && v !== 'false' && v !== 'off'}
          aria-describedby={describedBy(path, !!hint, invalid)}
          className="mt-1 h-4 w-4"
        />
        <span>{label}</span>
      </label>
      {hint && <p id={`${inputId(path)}-hint`} className="text-sm text-muted">{hint}</p>}
      <FieldError path={path} errors={errors} />
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

export const SubmitButton = ({ children, pending, name, value }: { children: ReactNode; pending?: boolean; name?: string; value?: string }) => (
  <button
    type="submit"
    name={name}
    value={value}
    aria-disabled={pending || undefined}
    className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 focus:outline-4 focus:outline-offset-2 focus:outline-brand-700"
  >
    {children}
  </button>
);
