import { useEffect, useState } from 'react';
import { decodeBytes } from '@/domain/import/decode';
import { toCommaSeparated } from '@/domain/import/reserialize';
import { asDataFileError, type DataIssue } from '@/domain/issues';
import { diffByKey, targetKey, taskKey } from '@/domain/plans-merge';
import type { PlanData, Target, Task } from '@/domain/plans-types';
import type { Catalog } from '@/domain/types';
import { useSavePlanImport } from '@/queries/imports-mutations';
import { parseOffMainThread } from '@/queries/parse-client';
import { useMessages } from '@/state/use-i18n';
import { IssuesReport } from './issues-report';

export type PlanFileKind = 'tasks' | 'targets';

type Read = { issues: DataIssue[]; tasks: Task[]; targets: Target[] };

/** Reads a plans file (tasks or targets) off the main thread, checked against the plans and agencies. */
async function readPlanFile(file: File, kind: PlanFileKind, catalog: Catalog, plans: PlanData): Promise<Read> {
  const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
  const csv = toCommaSeparated(file.name, decoded.text);
  if (csv.issues.length > 0) return { issues: csv.issues, tasks: [], targets: [] };
  const response = await parseOffMainThread({ file: kind, text: csv.text, catalog, core: plans });
  const issues = response.issues.map((issue) => ({ ...issue, file: file.name }));
  return { issues, tasks: response.file === 'tasks' ? response.tasks : [], targets: response.file === 'targets' ? response.targets : [] };
}

interface PlanImportJobProps {
  file: File;
  kind: PlanFileKind;
  catalog: Catalog;
  plans: PlanData;
  onDone: () => void;
}

export function PlanImportJob({ file, kind, catalog, plans, onDone }: PlanImportJobProps) {
  const t = useMessages().data;
  const [read, setRead] = useState<Read>();
  const save = useSavePlanImport();
  const [saveError, setSaveError] = useState<string>();
  useEffect(() => {
    let current = true;
    readPlanFile(file, kind, catalog, plans)
      .catch((error: Error): Read => ({ issues: [...asDataFileError(error, file.name).issues], tasks: [], targets: [] }))
      .then((result) => current && setRead(result));
    return () => {
      current = false;
    };
  }, [file, kind, catalog, plans]);

  if (!read) return <p className="muted">{t.analysing}</p>;
  if (read.issues.length > 0) return <IssuesReport issues={read.issues} />;
  const diff = kind === 'tasks' ? diffByKey(plans.tasks, read.tasks, taskKey) : diffByKey(plans.targets, read.targets, targetKey);
  const count = read.tasks.length + read.targets.length;
  const apply = () => {
    const importedAt = new Date().toISOString();
    const origin = { file: file.name, importedAt };
    const batch = { id: `${importedAt}|${file.name}`, fileName: file.name, importedAt, file: kind, tasks: read.tasks.map((x) => ({ ...x, imported: origin })), targets: read.targets.map((x) => ({ ...x, imported: origin })) };
    save.mutate(batch, { onSuccess: onDone, onError: (error) => setSaveError(t.storageFailed(error.message)) });
  };
  return (
    <>
      <p className="strong" data-testid="diff-counts">
        {t.planDiff(diff.added, diff.changed, diff.unchanged)}
      </p>
      {saveError && (
        <p className="callout callout-error" role="alert">
          {saveError}
        </p>
      )}
      {diff.added + diff.changed > 0 ? (
        <button type="button" className="button primary" disabled={save.isPending} onClick={apply}>
          {save.isPending ? t.applying : t.apply(count)}
        </button>
      ) : (
        <p className="muted">{t.nothingToApply}</p>
      )}
    </>
  );
}
