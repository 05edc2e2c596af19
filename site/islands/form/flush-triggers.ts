/**
 * When held-back text (deferred-commit.ts) must reach rjsf before anything
 * else happens on the page. A blur usually hands it on, but not every change
 * elsewhere blurs the field first: a script or test picking an option, a
 * Safari button that takes no focus, an on-screen keyboard's Enter. A change
 * to another field that arrives first would be applied to the form before the
 * text, and when it re-shapes the form (a new 类别代码 swaps the 证明材料
 * list) the text would land in the wrong record or vanish with its field.
 *
 * Exports: installFlushTriggers, flushesFor.
 */
import { flushSync } from 'react-dom';
import { flushPendingInputs } from './deferred-commit.ts';

/** Whether `event` comes from somewhere other than the field being typed in (whose own keys are what is held back). */
export function flushesFor(event: Pick<Event, 'type' | 'target'> & { key?: string }, active: Element | null): boolean {
  if (event.type === 'keydown') return event.key === 'Enter';
  return event.target !== active;
}

let installed = false;

/** Once per page: Enter anywhere (it may submit 检查填写), and any input, change or click outside the focused field. */
export function installFlushTriggers(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): void {
  if (installed || !doc) return;
  installed = true;
  const onEvent = (event: Event) => {
    if (!flushesFor(event as KeyboardEvent, doc.activeElement)) return;
    // Capture on the document runs before React's own listener on its root: committing here, synchronously,
    // puts the text into the form's data before the change that follows is applied to it.
    flushSync(flushPendingInputs);
  };
  for (const type of ['keydown', 'input', 'change', 'click']) doc.addEventListener(type, onEvent, true);
}
