import { useState, type ReactNode } from 'react';
import { tableFigures } from '@/domain/import/figure-table';
import { headerSignature } from '@/domain/import/mapping';
import { componentsOf, periodFor } from '@/domain/methodology';
import type { Catalog, Figure } from '@/domain/types';
import { ImportStorageError } from '@/queries/imports-db';
import { useSaveImport } from '@/queries/imports-mutations';
import { useIndexFigures } from '@/queries/use-index-figures';
import { rememberTargets } from '@/state/import-mappings';
import { useMessages } from '@/state/use-i18n';
import { DiffPreview } from './diff-preview';
import { refusedSourceDate, refusedSourceUrl, typedSource, type JobSettings } from './import-settings';
import { IssuesReport } from './issues-report';
import { JobSettingsForm } from './job-settings-form';
import { MappingEditor } from './mapping-editor';
import { useFigureDiff } from './use-figure-diff';
import { useImportJob, type EarlyAnalysis } from './use-import-job';
import { HeaderRowSelect } from './header-row-select';
import { RankOfInput } from './rank-of-input';

/** A year with no current figures: one array, so that the diff is not compared again at every render. */
const NO_FIGURES: readonly Figure[] = [];

interface ImportJobProps {
  file: File;
  /** The choice between figures and plan files, shown at the top. */
  chooser: ReactNode;
  catalog: Catalog;
  initial: JobSettings;
  early?: EarlyAnalysis;
  onDone: () => void;
}

/** One file from choice to applied: settings, analysis, report or preview, then all-or-nothing apply. */
export function ImportJob({ file, catalog, initial, early, onDone, chooser }: ImportJobProps) {
  const t = useMessages().data;
  const { settings, phase, format, run, cancel } = useImportJob(file, catalog, initial, early);
  // The diff needs the figures of the file's year only: one yearly file parsed, not every year of the index.
  const current = useIndexFigures(catalog, settings.index, 'all', settings.year);
  const save = useSaveImport();
  const [saveError, setSaveError] = useState<string>();
  const analysis = phase.kind === 'analysed' ? phase.analysis : undefined;
  const period = periodFor(catalog, settings.index, settings.year);
  const comparable = analysis && analysis.issueCount === 0 && !current.pending ? analysis : undefined;
  const diff = useFigureDiff(comparable && (current.byYear.get(settings.year) ?? NO_FIGURES), comparable?.figures, analysis?.shape === 'canonical');
  const changes = diff ? diff.added + diff.changed + diff.removed : 0;

  const apply = () => {
    if (!analysis) return;
    const importedAt = new Date().toISOString();
    const origin = { file: file.name, importedAt };
    const source = typedSource(settings);
    if (analysis.shape === 'wide') rememberTargets(headerSignature(analysis.header), analysis.targets);
    const batch = { id: `${importedAt}|${file.name}`, fileName: file.name, importedAt, index: settings.index, year: settings.year, figures: tableFigures(analysis.figures).map((f) => ({ ...f, imported: origin })), sources: source ? [source] : [] };
    setSaveError(undefined);
    save.mutate(batch, {
      onSuccess: onDone,
      onError: (error) => setSaveError(error instanceof ImportStorageError && error.reason === 'full' ? t.storageFull : t.storageFailed(error.message)),
    });
  };

  return (
    <article className="import-job panel" aria-label={file.name}>
      <h3>{file.name}</h3>
      {chooser}
      <JobSettingsForm catalog={catalog} settings={settings} detectedDelimiter={analysis?.delimiter} numbers={analysis?.numbers} format={format} onChange={(next) => run({ ...next, targets: next.index === settings.index ? next.targets : undefined })} />
      {phase.kind === 'analysing' && (
        <div className="progress">
          <label>
            {t.analysing}
            <progress max={1} value={phase.fraction} />
          </label>
          <button type="button" className="button" onClick={cancel}>
            {t.cancel}
          </button>
        </div>
      )}
      {phase.kind === 'cancelled' && <p className="note">{t.cancelled}</p>}
      {phase.kind === 'failed' && <IssuesReport issues={phase.issues} />}
      {phase.kind === 'analysed' && phase.invalidUtf8 && format?.kind === 'text' && format.encoding === 'utf-8' && <p className="note note-warning">{t.invalidUtf8}</p>}
      {analysis && (
        <>
          <HeaderRowSelect analysis={analysis} onChange={(headerRow) => run({ ...settings, headerRow, targets: undefined })} />
          {((analysis.shape === 'wide' && analysis.targets.some((x) => x.kind === 'rank') && !analysis.targets.some((x) => x.kind === 'rank_of')) || analysis.issueCounts['denominator-disagrees'] || analysis.issueCounts['rank-above-rows']) && (
            <RankOfInput value={analysis.rankOf} confirm={settings.rankOf === undefined && Boolean(analysis.issueCounts['denominator-disagrees'] || analysis.issueCounts['rank-above-rows'])} onChange={(rankOf) => run({ ...settings, rankOf })} />
          )}
          {analysis.shape === 'wide' && (
            <MappingEditor header={analysis.header} preview={analysis.preview} targets={analysis.targets} components={period ? componentsOf(catalog, period) : []} onChange={(targets) => run({ ...settings, targets })} />
          )}
          {analysis.issueCount > 0 && <IssuesReport issues={analysis.issues} total={analysis.issueCount} counts={analysis.issueCounts} />}
        </>
      )}
      {diff && <DiffPreview diff={diff} catalog={catalog} percent={catalog.indices.get(settings.index)?.scoreUnit === 'percent'} />}
      {saveError && (
        <p className="callout callout-error" role="alert">
          {saveError}
        </p>
      )}
      <div className="actions">
        {diff && changes > 0 && (
          <button type="button" className="button primary" disabled={save.isPending || refusedSourceUrl(settings) || refusedSourceDate(settings)} onClick={apply}>
            {save.isPending ? t.applying : t.apply(analysis?.figures.count ?? 0)}
          </button>
        )}
        {diff && changes === 0 && <p className="muted">{t.nothingToApply}</p>}
        <button type="button" className="button" onClick={onDone}>
          {t.discard}
        </button>
      </div>
    </article>
  );
}
