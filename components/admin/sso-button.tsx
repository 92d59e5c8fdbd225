// Single sign-on through the organisation's identity provider (shown only when configured).
import { ssoSignInAction } from '@/lib/actions/sign-in';

export function SsoButton({ label, or }: { label: string; or: string }) {
  return (
    <div className="mt-8 border-t border-brand-100 pt-6">
      <p className="mb-3 text-muted">{or}</p>
      <form action={ssoSignInAction}>
        <button
          type="submit"
          className="min-h-11 rounded border-2 border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50"
        >
          {label}
        </button>
      </form>
    </div>
  );
}
