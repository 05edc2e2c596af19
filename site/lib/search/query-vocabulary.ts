/**
 * The reviewed vocabulary of how people ask (query-vocabulary.json, schema in
 * schemas/query-vocabulary.schema.json), compiled once for normalise-query.ts:
 *
 * - `spoken`: dialect and spoken wording rewritten first (俺家 → nothing, 娃 → 孩子,
 *   咋 → 怎么, 啥 → 什么), so the rules below only meet plain wording;
 * - `questionWords`: dropped anywhere, longest first;
 * - `synonyms`: an everyday word the documents never use is rewritten to the
 *   class's first document term (逃课 → 旷课) and the other terms are searched
 *   as alternatives; an everyday word the documents also use (逃学) stays, and
 *   the class's terms are alternatives at a lower weight, so the clause with
 *   the wording as typed still ranks first;
 * - `intents`: the shape of a question (谁负责, 多少, 几岁) adds the words the
 *   answering clauses use (负责, 达到, 周岁) as credit only: they rank what the
 *   question's own words find and never make a hit "complete".
 *
 * Each document term is checked against the corpus by
 * test/unit/search/query-vocabulary.test.ts: nothing is invented into the texts.
 */
import type { QueryVocabulary } from '../../generated/types/query-vocabulary.ts';
import data from './query-vocabulary.json' with { type: 'json' };

export const vocabulary = data as QueryVocabulary;

/** How much a synonym found counts against the literal word it stands for. */
export const synonymWeight = 0.8;
/** How much an answer word of an intent counts against a word of the question, unless the intent says. */
export const intentWeight = 1;

const byLengthDesc = <T>(items: T[], key: (t: T) => string) => [...items].sort((a, b) => key(b).length - key(a).length);

export const spokenWords: readonly { say: string; means: string }[] = byLengthDesc(vocabulary.spoken, (s) => s.say);

export const questionWords: readonly string[] = byLengthDesc(vocabulary.questionWords, (w) => w);

export interface SynonymRule {
  /** the words as typed */
  word: string;
  /** the document terms, the first being what an everyday word is rewritten to */
  terms: string[];
  /** true: the documents never use `word`, so it is rewritten; false: it stays, the terms are alternatives */
  rewrite: boolean;
}

/** Every everyday word of every class, longest first, so 不想念书 (厌学) is taken before 念书 (上学). */
export const synonymRules: readonly SynonymRule[] = byLengthDesc(
  vocabulary.synonyms.flatMap((c) => [
    ...(c.everyday ?? []).map((word) => ({ word, terms: c.terms, rewrite: true })),
    ...(c.alsoSaid ?? []).map((word) => ({ word, terms: c.terms, rewrite: false })),
  ]),
  (r) => r.word,
);

export interface IntentRule {
  id: string;
  pattern: RegExp;
  terms: string[];
  weight: number;
}

export const intentRules: readonly IntentRule[] = vocabulary.intents.map((i) => ({
  id: i.id,
  pattern: new RegExp(i.pattern, 'u'),
  terms: i.terms,
  weight: i.weight ?? intentWeight,
}));
