import { useId, useState } from 'react';
import type { Catalog } from '@/domain/types';
import { usePlanData } from '@/queries/use-plan-data';
import { useMessages } from '@/state/use-i18n';
import { ImportJob } from './import-job';
import type { JobSettings } from './import-settings';
import { PlanImportJob, type PlanFileKind } from './plan-import-job';
import type { EarlyAnalysis } from './use-import-job';

export type ImportKind = 'figures' | PlanFileKind;

/** A file of figures, or a plans file of tasks or targets: guessed from its name, chosen by the user. */
export function guessKind(fileName: string): ImportKind {
  const name = fileName.toLowerCase();
  if (/task|nhiem|nhiệm/.test(name)) return 'tasks';
  if (/target|muc-tieu|mục/.test(name)) return 'targets';
  return 'figures';
}

interface ImportJobSwitchProps {
  file: File;
  catalog: Catalog;
  initial: JobSettings;
  /** The analysis of a file of figures, begun when it was chosen. */
  early?: EarlyAnalysis;
  onDone: () => void;
}

export function ImportJobSwitch({ file, catalog, initial, early, onDone }: ImportJobSwitchProps) {
  const t = useMessages().data;
  const [kind, setKind] = useState<ImportKind>(guessKind(file.name));
  const plans = usePlanData().data;
  const id = useId();
  const chooser = (
    <p>
      <label htmlFor={id}>{t.kind}</label>{' '}
      <select id={id} value={kind} onChange={(e) => setKind(e.target.value as ImportKind)}>
        <option value="figures">{t.kinds.figures}</option>
        <option value="tasks">{t.kinds.tasks}</option>
        <option value="targets">{t.kinds.targets}</option>
      </select>
    </p>
  );
  if (kind === 'figures') return <ImportJob file={file} catalog={catalog} initial={initial} early={early} onDone={onDone} chooser={chooser} />;
  return (
    <article className="import-job panel" aria-label={file.name}>
      <h3>{file.name}</h3>
      {chooser}
      {plans ? <PlanImportJob file={file} kind={kind} catalog={catalog} plans={plans} onDone={onDone} /> : <p className="muted">{t.analysing}</p>}
      <div className="actions">
        <button type="button" className="button" onClick={onDone}>
          {t.discard}
        </button>
      </div>
    </article>
  );
}
