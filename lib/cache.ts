import 'server-only';
import { revalidatePath } from 'next/cache';

/**
 * Public pages are cached (ISR, revalidate 300) and rendered on first visit. After any
 * edit that can show on them — a measure, provider or news item, in any of the three
 * languages, on lists, detail pages, the home page and the sitemap — the whole cache under
 * the root layout is dropped, so the change is live at once. Edits are rare enough that
 * finer paths would only add ways to forget one (a renamed slug's old page, a provider's
 * list of measures, /en/measures vs /tiltak).
 */
export function revalidatePublicPages(): void {
  revalidatePath('/', 'layout');
}
