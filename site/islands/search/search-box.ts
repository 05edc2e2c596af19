/** The one script on policy pages: the search shortcut and the 复制引用 buttons. */
import { enhanceCitations } from './copy-citation.ts';
import { bindSearchShortcut } from './search-shortcut.ts';

bindSearchShortcut(document.querySelector<HTMLInputElement>('#site-search-q'));
enhanceCitations(document);
