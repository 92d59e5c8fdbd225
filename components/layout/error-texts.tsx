'use client';

import { createContext, useContext, type ReactNode } from 'react';

export interface ErrorTexts {
  title: string;
  body: string;
  retry: string;
}

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

/**
 * The error page's texts, translated on the server (app/[locale]/layout.tsx). The error
 * page has to be a client component; taking its three texts from here spares every page
 * next-intl's client runtime.
 */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = useContext(ErrorTextsContext);
  if (!texts) throw new Error('useErrorTexts needs an ErrorTextsProvider above it');
  return texts;
}
