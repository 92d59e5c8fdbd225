import type messages from './messages/nb.json';
import type { routing } from './lib/i18n/routing';

// Type-checked message keys and locales for next-intl: a typo in a key fails `tsc`.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
