/**
 * One fillable form: rjsf with the precompiled validator and Chinese messages,
 * drafts autosaved in this browser, JSON / Excel export and import, and the
 * A4 print view. Hydrated with client:load on form pages only.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { IChangeEvent } from '@rjsf/core';
import { StableForm } from './StableForm.tsx';
import type { CustomValidator, ErrorTransformer, RJSFSchema, UiSchema, ValidatorType } from '@rjsf/utils';
import { precompiledValidator } from './precompiled-validator.ts';
import { localizeErrors } from '../../lib/forms/schema-errors.ts';
import type { FormDefinition, FormId } from '../../lib/forms/form-registry.ts';
import type { LabelOverrides } from '../../lib/forms/field-label.ts';
import type { FormJurisdiction } from '../../lib/forms/rules/rule-context.ts';
import { loadValidateFns } from '../../lib/forms/load-validator.ts';
import { translateZh } from './translate-zh.ts';
import { transformErrorsZh } from './transform-errors-zh.ts';
import { useDrafts } from './use-drafts.ts';
import { DraftsPanel } from './DraftsPanel.tsx';
import { OtherTabNotice } from './OtherTabNotice.tsx';
import { useOffline } from './use-offline.ts';
import { Dialog } from './Dialog.tsx';

const EncryptionPanel = lazy(() => import('./EncryptionPanel.tsx').then((m) => ({ default: m.EncryptionPanel })));
const UnlockDialog = lazy(() => import('./EncryptionPanel.tsx').then((m) => ({ default: m.UnlockDialog })));
import { loadFormExtras, totals } from './form-extras.ts';
import { CategoryWidget } from './CategoryWidget.tsx';
import { GradeWidget } from './GradeWidget.tsx';
import { RuleWarnings } from './RuleWarnings.tsx';
import { applyAge } from './apply-age.ts';
import { normaliseCodes } from '../../lib/forms/code-fields.ts';
import { todayIso } from '../../lib/forms/rules/dates.ts';
import { ExtraFieldsField } from './ExtraFieldsField.tsx';
import { buttonTemplates } from './ButtonTemplates.tsx';
import { ErrorList } from './ErrorList.tsx';
import { KeyboardInput } from './KeyboardInput.tsx';
import { DeferredTextarea } from './DeferredTextarea.tsx';
import { applyCategory, type CategoryOption, type EvidenceStash } from './apply-category.ts';
import { CategoryEvidence } from './CategoryEvidence.tsx';
import { PrintView } from './PrintView.tsx';
import { usePrintCheck } from './use-print-check.tsx';
import { validateRecord } from '../../lib/forms/validate-record.ts';
import type { Basis } from './PrintDocuments.tsx';
import { StorageFailure, StorageNotice } from './StorageNotice.tsx';
import { exportRawDraft } from './export-raw-draft.ts';
import { downloadFile } from './download.ts';
import { exportFileName } from '../../lib/forms/export-file-name.ts';
import { buildEnvelopeJson, customValidateFor, exportXlsx, importFile, loadMigrations, type ImportProblem, type ImportResult } from './form-services.ts';
import { isBlank } from './is-blank.ts';
import { withHelpLinks, type ClauseLink } from './with-help-links.tsx';
import { formCatalogue } from '../../lib/forms/form-catalogue.ts';
import { focusField, formIdPrefix, revealLinkedField } from '../../lib/forms/field-id.ts';
import { listedErrors } from './listed-errors.ts';
import { quote } from '../../lib/text/quote-value.ts';

export interface FormAppProps {
  formId: FormId;
  title: string;
  version: number;
  schema: RJSFSchema;
  uiSchema: UiSchema;
  referenceDate: string;
  futureDatesAllowed: string[];
  jurisdiction: { id: string; name: string };
  /** the jurisdiction's label overrides, by field path */
  labels?: LabelOverrides;
  /** the jurisdiction's extra fields (key → label) */
  extraLabels?: Record<string, string>;
  /** the jurisdiction's categories and form options, for customValidate */
  jurisdictionRules?: FormJurisdiction | null;
  categories?: CategoryOption[];
  basis: Basis[];
  /** clauses behind particular fields, by field path */
  fieldHelp?: Record<string, ClauseLink[]>;
  indicatorLabels?: Record<string, string>;
  /** pages the service worker keeps for offline use (this jurisdiction's form pages) */
  offlinePages?: string[];
  /** what a new draft starts with (grade rows, the jurisdiction's targets); see lib/forms/initial-data.ts */
  initialData?: Record<string, unknown>;
}

type Data = Record<string, unknown>;

const widgets = { category: CategoryWidget, grade: GradeWidget, TextareaWidget: DeferredTextarea };
const fields = { extra: ExtraFieldsField };
const templates = { ButtonTemplates: buttonTemplates, ErrorListTemplate: ErrorList, BaseInputTemplate: KeyboardInput };

export default function FormApp(props: FormAppProps) {
  const { formId, title, version, schema, jurisdiction } = props;
  const drafts = useDrafts({ form: formId, jurisdiction: jurisdiction.id, version, loadMigrations: () => loadMigrations(formCatalogue[formId] as FormDefinition) });
  const [fns, setFns] = useState<Awaited<ReturnType<typeof loadValidateFns>>>();
  const [loadError, setLoadError] = useState<string>();
  const [confirmClear, setConfirmClear] = useState(false);
  const [importReport, setImportReport] = useState<{ file: string; problems: ImportProblem[]; imported: boolean; upgradedFrom?: number }>();
  const [notice, setNotice] = useState<{ text: string; ok?: boolean }>();
  const [busy, setBusy] = useState<string>();
  // Problems show once the user asked for a check; from then on they update as the user types.
  const [checked, setChecked] = useState(false);
  const [encryptionOpen, setEncryptionOpen] = useState(false);
  /** the passphrase prompt is open, for this draft (or just to unlock) */
  const [unlocking, setUnlocking] = useState<{ id?: string; name?: string }>();
  /** an import of another jurisdiction's file, waiting for the user's word */
  const [foreign, setForeign] = useState<{ file: string; result: ImportResult }>();
  const fileInput = useRef<HTMLInputElement>(null);

  // The server-rendered toolbar does nothing until hydrated, and must not act before the
  // first draft is open (see useDrafts' loaded): keep it disabled till then.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [extrasLoaded, setExtrasLoaded] = useState(false);
  useEffect(() => {
    loadFormExtras(formId).then(
      () => setExtrasLoaded(true),
      (e) => setLoadError(`无法加载表单的打印部分（${e instanceof Error ? e.message : String(e)}），请联网后刷新页面。`),
    );
  }, [formId]);
  const MonthlyTotals = extrasLoaded ? totals.get()?.MonthlyTotals : undefined;
  const offline = useOffline(props.offlinePages ?? []);

  useEffect(() => {
    loadValidateFns(formId).then(setFns, (e) => setLoadError(String(e instanceof Error ? e.message : e)));
  }, [formId]);

  // What form-registry's defineForm builds, without loading the other forms' schemas.
  const definition = useMemo<FormDefinition>(
    () => ({ ...formCatalogue[formId], schema: schema as FormDefinition['schema'], uiSchema: props.uiSchema }),
    [formId, schema, props.uiSchema],
  );

  // Messages name rows by their content (八年级), which the validator's localizer reads from here.
  const latestData = useRef<unknown>(undefined);
  const validator = useMemo<ValidatorType | undefined>(
    () => (fns ? precompiledValidator(fns as never, schema, localizeErrors(definition, props.labels, () => latestData.current) as never) : undefined),
    [fns, schema, definition, props.labels],
  );
  // Search results link to a field (#f_…) that exists only once the form is drawn.
  const formShown = Boolean(validator && drafts.current);
  // The toolbar waits for the form too: 打印 checks the data with the validator, and a test or
  // a person acting on the toolbar expects the fields it works on to be there. If the
  // validator cannot load, export must still work, so a load error also counts as ready.
  const ready = hydrated && drafts.loaded && extrasLoaded && (formShown || Boolean(loadError));
  useEffect(() => {
    if (formShown) revealLinkedField();
  }, [formShown]);
  const transformErrors = useMemo<ErrorTransformer>(() => transformErrorsZh(schema as Data, props.uiSchema as Data), [schema, props.uiSchema]);
  const customValidate = useMemo<CustomValidator | undefined>(() => customValidateFor(definition, props.jurisdictionRules), [definition, props.jurisdictionRules]);

  const categories = useMemo(() => props.categories ?? [], [props.categories]);
  // Stable props: StableForm reuses the Form element while none of them changes.
  const formContext = useMemo(() => ({ categories, extraFields: props.jurisdictionRules?.formOptions?.extraFields ?? [] }), [categories, props.jurisdictionRules]);
  const uiSchema = useMemo<UiSchema>(() => {
    const ui: UiSchema = { ...withHelpLinks(props.uiSchema, schema as Data, props.fieldHelp ?? {}), 'ui:submitButtonOptions': { submitText: '检查填写', norender: false } };
    if ((schema.properties as Data | undefined)?.extra) ui.extra = { ...(ui.extra as object), 'ui:field': 'extra' };
    if (formId === 'verification' && categories.length) {
      ui.categoryCode = { ...(ui.categoryCode as object), 'ui:widget': 'category' };
      ui.categoryLabel = { ...(ui.categoryLabel as object), 'ui:readonly': true, 'ui:help': '选择类别代码后自动填写。' };
    }
    return ui;
  }, [props.uiSchema, props.fieldHelp, schema, formId, categories.length]);

  // A new draft shows what the config already knows until the user changes it.
  const prefill = props.initialData;
  const fresh = !drafts.current?.stored && isBlank(drafts.data);
  const raw = (fresh && prefill ? prefill : (drafts.data ?? {})) as Data;
  // 年龄 left blank shows (and prints) as computed from the dates, imported records included.
  const data = useMemo(() => applyAge(definition, raw, undefined, todayIso()), [definition, raw]);
  latestData.current = data;
  const categoryShown = categories.find((c) => c.code === data.categoryCode);
  // Evidence of categories switched away from, for this draft only.
  const evidenceStash = useMemo<EvidenceStash>(() => new Map(), [drafts.current?.id]);
  const onChange = (e: IChangeEvent<Data>) => {
    // 身份证号 and other codes typed with a Chinese IME arrive full-width: stored half-width, without spaces.
    let next = normaliseCodes(definition, e.formData ?? {});
    if (formId === 'verification') next = applyCategory(next, data, categories, evidenceStash);
    next = applyAge(definition, next, data, todayIso());
    // rjsf may report its defaults before anyone typed: no empty draft for that (nor for the prefill).
    if (!drafts.current?.stored && isBlank(next, prefill) && isBlank(data, prefill)) return;
    drafts.change(next);
  };

  const fileBase = () => exportFileName({ title, draftName: drafts.current?.name, data, today: todayIso() });

  const io = useMemo(
    () => ({
      form: definition,
      jurisdiction: jurisdiction.id,
      jurisdictionName: jurisdiction.name,
      labels: props.labels ?? {},
      extraFields: props.jurisdictionRules?.formOptions?.extraFields ?? [],
      rules: props.jurisdictionRules ?? null,
      ...(fns ? { validateFns: fns } : {}),
    }),
    [definition, jurisdiction.id, jurisdiction.name, props.labels, props.jurisdictionRules, fns],
  );

  const exportJson = async (value: unknown = data, v = version) => {
    await drafts.flush();
    downloadFile(`${fileBase()}${v !== version ? `-第${v}版` : ''}.json`, await buildEnvelopeJson(definition, jurisdiction.id, value, v), 'application/json');
  };

  const exportExcel = async () => {
    setBusy('正在生成 Excel 文件…');
    try {
      await drafts.flush();
      const bytes = await exportXlsx(io, data);
      downloadFile(`${fileBase()}.xlsx`, bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    } catch (e) {
      setNotice({ text: `导出 Excel 失败：${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(undefined);
    }
  };

  const onImport = async (file: File) => {
    setBusy('正在读取文件…');
    setImportReport(undefined);
    try {
      const result = await importFile(io, file);
      if (result.data === undefined) {
        setImportReport({ file: file.name, problems: result.problems, imported: false });
        return;
      }
      if (result.otherJurisdiction) setForeign({ file: file.name, result });
      else await importAsDraft(file.name, result);
    } catch (e) {
      setImportReport({ file: file.name, problems: [{ where: file.name, message: e instanceof Error ? e.message : String(e) }], imported: false });
    } finally {
      setBusy(undefined);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  // Never overwrite what the user is working on: imports go into a new draft.
  const importAsDraft = async (file: string, result: ImportResult) => {
    const other = result.otherJurisdiction;
    const problems = other ? [{ where: file, message: `文件属于${other.name}，已按${jurisdiction.name}的表单导入。` }, ...result.problems] : result.problems;
    await drafts.create(result.data, `导入：${file.replace(/\.(json|xlsx)$/i, '')}`);
    setImportReport({ file, problems, imported: true, ...(result.migratedFrom ? { upgradedFrom: result.migratedFrom } : {}) });
  };

  const exportOld = async (id: string, v: number) => {
    const r = await drafts.store?.get(formId, id);
    if (!r || !drafts.store) return;
    const source = r.version === v ? r : r.history?.find((h) => h.version === v);
    if (!source) return;
    await exportJson(await drafts.store.readData(source), v);
  };

  const printCheck = usePrintCheck(() =>
    fns && !isBlank(data, prefill) ? validateRecord(definition, data, fns, { jurisdiction: props.jurisdictionRules ?? null }).length : 0,
  );
  const printNow = async () => {
    await drafts.flush();
    printCheck.request();
  };

  const saveText =
    drafts.save.kind === 'saved'
      ? `已自动保存（${drafts.save.at.toLocaleTimeString('zh-CN', { hour12: false })}）`
      : drafts.save.kind === 'pending'
        ? '正在保存…'
        : drafts.save.kind === 'error'
          ? `保存失败：${drafts.save.message}。请立即“导出 JSON”以免丢失。`
          : drafts.storageProblem
            ? '未自动保存（浏览器存储无法使用），请“导出 JSON”'
            : drafts.current?.stored
            ? '草稿已打开，修改后自动保存'
            : '填写后自动保存为草稿';

  const draftCount = drafts.drafts.length + (drafts.current && !drafts.drafts.some((d) => d.id === drafts.current!.id) ? 1 : 0);

  return (
    <div className="form-app">
      <div className="form-toolbar no-print" role="toolbar" aria-label="表单操作">
        <button type="button" disabled={!ready} onClick={() => void printNow()}>
          打印
        </button>
        <button type="button" disabled={!ready} onClick={() => void exportJson()}>
          导出 JSON
        </button>
        <button type="button" disabled={!ready} onClick={() => void exportExcel()}>
          导出 Excel
        </button>
        <button type="button" disabled={!ready} onClick={() => fileInput.current?.click()}>
          导入
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          aria-label="选择要导入的 JSON 或 Excel 文件"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void onImport(f);
          }}
        />
        <button type="button" className="danger" disabled={!ready} onClick={() => setConfirmClear(true)}>
          清空草稿
        </button>
        <span className={`save-state save-${drafts.save.kind}`} role="status" aria-live="polite">
          {saveText}
        </span>
        {/* The drafts list sits below a long form; on a shared PC people need to see at once whose draft is open. */}
        {drafts.store && (
          <a className="drafts-link" href="#drafts-title">
            {drafts.current?.name ?? '新草稿'} · 全部草稿（{draftCount}）
          </a>
        )}
      </div>

      <div className="no-print">
        <StorageFailure problem={drafts.storageProblem} damaged={drafts.drafts.filter((d) => d.damaged)} onRetry={drafts.retrySave} />
        {drafts.openProblem && (
          <p className="form-error" role="alert">
            {drafts.openProblem}
          </p>
        )}
        <OtherTabNotice notice={drafts.otherTab} currentName={drafts.current?.name} onLoadLatest={() => drafts.current && void drafts.open(drafts.current.id)} />
        <StorageNotice persist={drafts.persist} offline={offline} />
        {busy && <p role="status">{busy}</p>}
        {notice && (
          <p className={notice.ok ? 'note' : 'form-error'} role={notice.ok ? 'status' : 'alert'}>
            {notice.text}
          </p>
        )}
        {drafts.current?.upgradedFrom && (
          <p className="note" role="status">
            此草稿是按第 {drafts.current.upgradedFrom.version} 版表单填写的，现已按第 {version} 版打开
            {drafts.current.upgradedFrom.complete ? '并自动转换' : '，部分内容可能需要重新填写'}
            。原来的数据已保留，可在下方草稿列表中“导出第 {drafts.current.upgradedFrom.version} 版原数据”。
          </p>
        )}
        {drafts.lockedLast && (
          <p className="note" role="status">
            上次打开的草稿“{drafts.lockedLast.name}”已用口令加密，现在打开的是一份新草稿。{' '}
            <button type="button" onClick={() => setUnlocking(drafts.lockedLast)}>
              解锁并打开
            </button>
          </p>
        )}
        {importReport && <ImportReport {...importReport} version={version} />}
      </div>

      <div className="screen-form no-print">
        {loadError && (
          <p className="form-error" role="alert">
            {loadError}
          </p>
        )}
        {validator && drafts.current ? (
          <StableForm
            key={drafts.view}
            schema={schema}
            uiSchema={uiSchema}
            formData={data}
            validator={validator}
            onChange={onChange}
            onSubmit={() => setNotice({ text: '检查完毕：必填项和格式都没有问题。', ok: true })}
            onError={(errors) => {
              setChecked(true);
              setNotice(undefined);
              // The first field to fix in form order, not the first the validator reported.
              const first = listedErrors(errors, schema as Data, uiSchema as Data)[0];
              if (first) focusField(first.id);
            }}
            customValidate={customValidate}
            transformErrors={transformErrors}
            translateString={translateZh}
            widgets={widgets}
            fields={fields}
            templates={templates}
            formContext={formContext}
            idPrefix={formIdPrefix}
            noHtml5Validate
            // Each text field has a form of its own (FieldForm.tsx), which a <form> body could not hold.
            tagName="div"
            liveValidate={checked ? 'onChange' : false}
            showErrorList="top"
          />
        ) : (
          !loadError && <p>正在加载表单…</p>
        )}
      </div>

      <RuleWarnings form={definition} data={data} jurisdiction={props.jurisdictionRules} />
      {formId === 'monthly-report' && (
        <div className="no-print">
          {MonthlyTotals && <MonthlyTotals data={data} />}
        </div>
      )}
      {formId === 'verification' && categoryShown && <CategoryEvidence category={categoryShown} />}

      {drafts.store && (
        <>
          <DraftsPanel
            drafts={drafts.drafts}
            currentId={drafts.current?.id}
            currentName={drafts.current?.name}
            version={version}
            encryption={drafts.encrypted}
            unlocked={drafts.unlocked}
            onOpen={(id) => void drafts.open(id)}
            onUnlock={setUnlocking}
            onNew={() => void drafts.create()}
            onRename={(id, name) => void drafts.rename(id, name)}
            onDelete={(id) => void drafts.remove(id)}
            onExportOld={(id, v) => void exportOld(id, v)}
            onExportRaw={(id) => void drafts.raw(id).then((r) => exportRawDraft(title, drafts.drafts.find((d) => d.id === id)?.name ?? id, r))}
            countAll={() => drafts.store!.count()}
            onDeleteAll={() => {
              setImportReport(undefined);
              void drafts.removeAll();
            }}
          />
          <details className="encryption-panel no-print" onToggle={(e) => setEncryptionOpen((e.target as HTMLDetailsElement).open)}>
            <summary>口令加密（公用电脑请开启）：{drafts.encrypted ? (drafts.unlocked ? '已开启' : '已开启，本页未输入口令') : '未开启'}</summary>
            {encryptionOpen && (
              <Suspense fallback={<p>正在加载…</p>}>
                <EncryptionPanel
                  store={drafts.store}
                  encrypted={drafts.encrypted}
                  unlocked={drafts.unlocked}
                  flush={drafts.flush}
                  onChanged={() => void drafts.encryptionChanged()}
                  onUnlock={() => setUnlocking({})}
                  onLock={() => void drafts.lock()}
                />
              </Suspense>
            )}
          </details>
          {unlocking && (
            <Suspense fallback={null}>
              <UnlockDialog
                store={drafts.store}
                draftName={unlocking.name}
                onClose={() => setUnlocking(undefined)}
                onUnlocked={(key) => {
                  setUnlocking(undefined);
                  drafts.unlock(key, unlocking.id).catch((e) => setNotice({ text: `无法打开已加密的草稿：${e instanceof Error ? e.message : String(e)}` }));
                }}
                onForgotten={() => {
                  setUnlocking(undefined);
                  void drafts.forgotten();
                }}
              />
            </Suspense>
          )}
        </>
      )}

      <PrintView
        formId={formId}
        title={title}
        schema={schema as Data}
        uiSchema={props.uiSchema as Data}
        data={data}
        jurisdictionName={jurisdiction.name}
        basis={props.basis}
        indicatorLabels={props.indicatorLabels ?? {}}
        extraLabels={props.extraLabels}
        category={categoryShown}
      />

      {printCheck.dialog}
      {confirmClear && (
        <Dialog
          title="清空草稿"
          confirmLabel="确定清空"
          danger
          onCancel={() => setConfirmClear(false)}
          onConfirm={() => {
            setConfirmClear(false);
            setImportReport(undefined);
            void drafts.clearCurrent();
          }}
        >
          <p>将删除当前草稿“{drafts.current?.name}”中填写的全部内容，且无法恢复。如需保留，请先“导出 JSON”。</p>
          <p>其他草稿仍保存在本机；离开公用电脑前，请用草稿列表中的“删除本机全部草稿”。</p>
        </Dialog>
      )}
      {foreign?.result.otherJurisdiction && (
        <Dialog
          title="导入其他辖区的文件"
          confirmLabel={`仍导入到${jurisdiction.name}的表单`}
          focusCancel
          onCancel={() => setForeign(undefined)}
          onConfirm={() => {
            setForeign(undefined);
            void importAsDraft(foreign.file, foreign.result);
          }}
        >
          <p>
            “{foreign.file}”是<strong>{foreign.result.otherJurisdiction.name}</strong>的“{title}”，本页是{jurisdiction.name}的表单，两地的必填项和补充字段可能不同。
          </p>
          <p>
            <a href={`/${foreign.result.otherJurisdiction.id}/forms/${formId}/`}>打开{foreign.result.otherJurisdiction.name}的“{title}”页面</a>
            ，在那里导入；或确认仍导入到本页（另存为新草稿）。
          </p>
        </Dialog>
      )}
    </div>
  );
}

function ImportReport({ file, problems, imported, upgradedFrom, version }: { file: string; problems: ImportProblem[]; imported: boolean; upgradedFrom?: number; version: number }) {
  return (
    <section className={imported ? 'import-report' : 'import-report failed'} role={imported ? 'status' : 'alert'} aria-labelledby="import-report-title">
      <h2 id="import-report-title">
        {imported ? `已导入${quote(file)}，保存为新草稿${problems.length ? `，但有 ${problems.length} 处需要修改` : ''}。` : `无法导入${quote(file)}：`}
      </h2>
      {upgradedFrom !== undefined && (
        <p>
          这是按第 {upgradedFrom} 版表单导出的文件，已自动转换为第 {version} 版，内容没有丢失；原文件没有改动。
        </p>
      )}
      {problems.length > 0 && (
        <ul>
          {problems.map((p, i) => (
            <li key={i}>
              {p.where && <span className="where">{p.where}：</span>}
              {p.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
