import type { ReactNode } from 'react';

// The real root layout is app/[locale]/layout.tsx, which knows the language. This one
// only exists so that app/not-found.tsx has a parent.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
