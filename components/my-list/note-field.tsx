'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * The note for the client. It is printed with the list but must never leave the device:
 * the textarea has no name and sits in no form, so nothing can submit it, and nothing
 * here sends or stores it. For print, the text is mirrored into a plain paragraph (a
 * textarea prints clipped to its box); without JavaScript the print stylesheet shows the
 * textarea itself, grown to its content where the browser can (field-sizing).
 */
export function NoteField({ label, hint, printHeading }: { label: string; hint: string; printHeading: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  // Anything typed before this script ran is picked up too.
  useEffect(() => setText(ref.current?.value ?? ''), []);
  return (
    <div className="my-list-note space-y-1" data-mirrored={text !== '' ? '' : undefined}>
      <p className="hidden font-semibold print:block">{printHeading}</p>
      <label htmlFor="my-list-note" className="block font-semibold print:hidden">{label}</label>
      <p id="my-list-note-hint" className="text-sm text-muted print:hidden">{hint}</p>
      <textarea
        id="my-list-note"
        ref={ref}
        rows={4}
        autoComplete="off"
        // Lets the print stylesheet leave out an empty note (:placeholder-shown), even without JavaScript.
        placeholder=" "
        aria-describedby="my-list-note-hint"
        onInput={(e) => setText(e.currentTarget.value)}
        className="my-list-note-input w-full rounded border border-muted p-2"
      />
      <p className="my-list-note-print hidden whitespace-pre-wrap" aria-hidden="true">{text}</p>
    </div>
  );
}
