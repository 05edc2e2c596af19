/** The one script on policy pages: the search shortcut, the 复制引用 buttons and the policy list's count. */
import { enhanceCitations } from './copy-citation.ts';
import { bindPolicyCount } from './policy-count.ts';
import { bindSearchShortcut } from './search-shortcut.ts';

bindSearchShortcut(document.querySelector<HTMLInputElement>('#site-search-q'));
enhanceCitations(document);
bindPolicyCount(document);
