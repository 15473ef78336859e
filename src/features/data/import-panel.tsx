import { useId, useState, type DragEvent } from 'react';
import type { Catalog } from '@/domain/types';
import { MAX_IMPORT_BYTES } from '@/queries/import-client';
import { useImports } from '@/queries/imports-queries';
import { FIGURE_FILES } from '@/queries/data-files';
import { useMessages } from '@/state/use-i18n';
import { useViewValue } from '@/state/use-view';
import { guessKind, ImportJobSwitch } from './import-job-switch';
import { initialSettings, type JobSettings } from './import-settings';
import { selectIndex } from '@/state/selection';
import { TemplateDownloads } from './template-downloads';
import { startEarlyAnalysis, type EarlyAnalysis } from './use-import-job';

const MAX_MB = MAX_IMPORT_BYTES / 1024 / 1024;
/** Text and .xlsx are read; .xls and .ods are offered too, to be told how to save them as .xlsx. */
const ACCEPTED_FILES = '.csv,.tsv,.txt,.xlsx,.xls,.ods,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Job {
  id: number;
  file: File;
  initial: JobSettings;
  early?: EarlyAnalysis;
}

function latestBundledYear(index: string): number | undefined {
  const years = FIGURE_FILES.filter((f) => f.index === index).map((f) => f.year);
  return years.length > 0 ? Math.max(...years) : undefined;
}

export function ImportPanel({ catalog }: { catalog: Catalog }) {
  const t = useMessages().data;
  const chosenIndex = useViewValue('index');
  const index = selectIndex(catalog, chosenIndex)?.code ?? chosenIndex;
  const storage = useImports().data;
  const [jobs, setJobs] = useState<Job[]>([]);
  const [refused, setRefused] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const available = storage?.available !== false;

  const add = (files: FileList | null) => {
    const chosen = [...(files ?? [])];
    setRefused(chosen.filter((f) => f.size > MAX_IMPORT_BYTES).map((f) => t.tooLarge(f.name, MAX_MB)));
    const added = chosen
      .filter((f) => f.size <= MAX_IMPORT_BYTES)
      .map((file, i) => {
        const initial = initialSettings(file.name, catalog, index, latestBundledYear);
        return { id: Date.now() + i, file, initial, early: guessKind(file.name) === 'figures' ? startEarlyAnalysis(file, catalog, initial) : undefined };
      });
    setJobs((current) => [...current, ...added]);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (available) add(event.dataTransfer.files);
  };

  return (
    <section className="panel" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t.importTitle}</h2>
      <p className="muted">{t.importHelp(MAX_MB)}</p>
      <TemplateDownloads index={index} />
      {!available && (
        <p className="callout callout-error" role="alert">
          {t.storageUnavailable}
        </p>
      )}
      <div className={`drop-zone${dragging ? ' dragging' : ''}`} onDragOver={(e) => (e.preventDefault(), setDragging(true))} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <label htmlFor={inputId} className="button primary">
          {t.chooseFiles}
        </label>
        <input id={inputId} className="visually-hidden" type="file" accept={ACCEPTED_FILES} multiple disabled={!available} onChange={(e) => (add(e.target.files), (e.target.value = ''))} />
        <span className="muted">{t.dropHere}</span>
      </div>
      {refused.map((message) => (
        <p key={message} className="callout callout-error" role="alert">
          {message}
        </p>
      ))}
      {jobs.map((job) => (
        <ImportJobSwitch key={job.id} file={job.file} catalog={catalog} initial={job.initial} early={job.early} onDone={() => setJobs((current) => current.filter((j) => j.id !== job.id))} />
      ))}
    </section>
  );
}
