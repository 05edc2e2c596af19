/**
 * The upgrade steps of form data: `migrations[form][n]` turns the data of
 * version n into version n + 1. Every shipped form is at version 1, so there
 * are none yet. When a form's data changes shape, its version goes up (the
 * schema's `x-form-version` and form-catalogue.ts) and its step goes here:
 * drafts (site/lib/drafts/upgrade-draft.ts), imported files and
 * `baoxue check` (envelope.ts) all upgrade through it. README:
 * 表单改版时维护者要做的事.
 *
 * A step must keep everything it does not move: what it cannot place stays
 * in the data (the form ignores unknown keys, `check` names them), and the
 * draft's original is kept as a snapshot anyway.
 *
 * The test of that path (test/fixtures/form-upgrade/) builds the site with
 * stand-ins for this module and form-catalogue.ts that add a version 2.
 */
import type { FormId } from './form-catalogue.ts';

export type FormMigration = (data: Record<string, unknown>) => Record<string, unknown>;

export const migrations: Partial<Record<FormId, Record<number, FormMigration>>> = {};
