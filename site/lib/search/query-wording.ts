/**
 * The vocabulary's rules applied to a query's text (query-vocabulary.ts):
 * spoken wording, intents, synonyms. Each returns what it found so the
 * normaliser can add alternatives; none touches 发文字号, places or numbers.
 */
import { intentRules, spokenWords, synonymRules, synonymWeight } from './query-vocabulary.ts';

/** An extra word searched for the query: what it stands for in the text ('' = credit only) and how much it counts. */
export interface Alternative {
  word: string;
  stands: string;
  weight: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const spokenPattern = new RegExp(spokenWords.map((s) => escape(s.say)).join('|'), 'gu');
const spokenMeaning = new Map(spokenWords.map((s) => [s.say, s.means]));
const synonymPattern = new RegExp(synonymRules.map((r) => escape(r.word)).join('|'), 'gu');
const synonymByWord = new Map(synonymRules.map((r) => [r.word, r]));

/** 俺家娃咋办 → 孩子怎么办: one pass, longest first, so a rewrite is never rewritten again. */
export function plainSpoken(text: string): string {
  return text.replace(spokenPattern, (m) => spokenMeaning.get(m) ?? m);
}

/** The intents a question's shape shows (before its question words go), with the words that answer them. */
export function questionIntents(text: string): { ids: string[]; alternatives: Alternative[] } {
  const ids: string[] = [];
  const alternatives: Alternative[] = [];
  for (const rule of intentRules) {
    if (!rule.pattern.test(text)) continue;
    ids.push(rule.id);
    for (const word of rule.terms) alternatives.push({ word, stands: '', weight: rule.weight });
  }
  return { ids, alternatives };
}

/**
 * Everyday words → the documents' terms. A word the documents never use is
 * replaced by the class's first term (then it is what the query asks for); a
 * word they also use stays, and the terms are searched beside it at a lower weight.
 */
export function documentWording(text: string): { text: string; alternatives: Alternative[] } {
  const alternatives: Alternative[] = [];
  const out = text.replace(synonymPattern, (word) => {
    const rule = synonymByWord.get(word)!;
    if (rule.rewrite) {
      const [first, ...others] = rule.terms;
      for (const t of others) alternatives.push({ word: t, stands: first!, weight: synonymWeight });
      return ` ${first} `;
    }
    for (const t of rule.terms) alternatives.push({ word: t, stands: word, weight: synonymWeight });
    return word;
  });
  return { text: out, alternatives };
}
