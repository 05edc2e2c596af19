/**
 * Whether the page is being printed: from the browser's beforeprint to
 * afterprint (打印, Ctrl+P, print to PDF), and while print media is emulated.
 * The print view is drawn only then — kept up to date on every keystroke it
 * cost a long form's typing a whole second table to re-render. beforeprint
 * renders synchronously (flushSync), so the browser lays out the printout
 * with it.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { flushPendingInputs } from './deferred-commit.ts';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia('print');
    let dialogOpen = false;
    // What was just typed is printed too: handed to rjsf (and so to the print view) in the same synchronous render.
    const update = () =>
      flushSync(() => {
        flushPendingInputs();
        setPrinting(dialogOpen || media.matches);
      });
    const before = () => {
      dialogOpen = true;
      update();
    };
    const after = () => {
      dialogOpen = false;
      update();
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media.addEventListener('change', update);
    if (media.matches) update();
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media.removeEventListener('change', update);
    };
  }, []);
  return printing;
}
