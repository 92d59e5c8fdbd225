import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';

/** Gives the admin forms (client components) only the messages they use. */
export async function EditMessages({ children }: { children: ReactNode }) {
  const { AdminEdit, Enums, Forms, Hours } = await getMessages();
  return <NextIntlClientProvider messages={{ AdminEdit, Enums, Forms, Hours }}>{children}</NextIntlClientProvider>;
}
