import { notFound } from 'next/navigation';

// An unknown address under a language (/en/whatever) gets that language's 404 page, in
// the site's layout with the right <html lang>, instead of the bare root app/not-found.tsx.
export default function UnknownPage(): never {
  notFound();
}
