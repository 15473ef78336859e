import { useEffect, useRef, useState } from 'react';
import type { ImportAnalysis } from '@/domain/import/analysis-types';
import { headerSignature } from '@/domain/import/mapping';
import { missingFileIssue, type DataIssue } from '@/domain/issues';
import type { Catalog } from '@/domain/types';
import { startImportAnalysis, type RunningImport } from '@/queries/import-client';
import type { ImportRequest, ReadFormat } from '@/queries/import-protocol';
import { rememberedTargets } from '@/state/import-mappings';
import { catalogWithSource, effectiveSettings, typedSource, type JobSettings } from './import-settings';

export type JobPhase =
  | { kind: 'analysing'; fraction: number }
  | { kind: 'analysed'; analysis: ImportAnalysis; invalidUtf8: boolean }
  | { kind: 'failed'; issues: DataIssue[] }
  | { kind: 'cancelled' };

/** An analysis begun before its job is rendered. */
export interface EarlyAnalysis {
  /** The analysis, to the first job that asks (a later one, as in React's strict mode, starts its own), its progress then sent to `onProgress`. */
  take(onProgress: (fraction: number) => void): RunningImport | undefined;
}

const importRequest = (file: File, catalog: Catalog, settings: JobSettings): ImportRequest => ({
  file,
  encoding: settings.encoding,
  settings: effectiveSettings(settings),
  catalog: catalogWithSource(catalog, typedSource(settings)),
});

/**
 * Starts a file's first analysis from the event that chose it: posted from an effect, after React had rendered
 * the new job, it reached the worker 13–17 ms later (a trace of a 10,000-row import).
 */
export function startEarlyAnalysis(file: File, catalog: Catalog, initial: JobSettings): EarlyAnalysis {
  let onProgress: (fraction: number) => void = () => {};
  let job: RunningImport | undefined = startImportAnalysis(importRequest(file, catalog, initial), (fraction) => onProgress(fraction));
  return {
    take(next) {
      const taken = job;
      job = undefined;
      if (taken) onProgress = next;
      return taken;
    },
  };
}

/** Runs the analysis of one file in its worker whenever the settings change (the first one may be begun already: `early`); cancellable. */
export function useImportJob(file: File, catalog: Catalog, initial: JobSettings, early?: EarlyAnalysis) {
  const [settings, setSettings] = useState(initial);
  const [phase, setPhase] = useState<JobPhase>({ kind: 'analysing', fraction: 0 });
  // Kept while a new analysis runs, so the settings that depend on it stay in place.
  const [format, setFormat] = useState<ReadFormat>();
  const running = useRef<RunningImport | undefined>(undefined);
  const showProgress = (fraction: number) => setPhase({ kind: 'analysing', fraction });

  // Every state change it makes happens later, from the worker's messages.
  const follow = (job: RunningImport, next: JobSettings) => {
    running.current = job;
    job.result.then(
      (message) => {
        if (running.current !== job) return;
        if (message.kind === 'failed') return setPhase({ kind: 'failed', issues: [message.issue] });
        const remembered = next.targets ? undefined : rememberedTargets(headerSignature(message.analysis.header));
        if (remembered && message.analysis.shape === 'wide' && remembered.length === message.analysis.header.length) return run({ ...next, targets: remembered });
        setFormat(message.format);
        setPhase({ kind: 'analysed', analysis: message.analysis, invalidUtf8: message.invalidUtf8 });
      },
      (error: Error) => {
        if (running.current !== job) return;
        // A cancel is said as such; a worker that could not load or crashed names what failed.
        if (error.name === 'AbortError') return setPhase({ kind: 'cancelled' });
        setPhase({ kind: 'failed', issues: [missingFileIssue(file.name, error.message)] });
      },
    );
  };

  const launch = (next: JobSettings) => {
    running.current?.cancel();
    follow(startImportAnalysis(importRequest(file, catalog, next), showProgress), next);
  };

  const run = (next: JobSettings) => {
    setSettings(next);
    setPhase({ kind: 'analysing', fraction: 0 });
    launch(next);
  };

  useEffect(() => {
    const begun = early?.take(showProgress);
    if (begun) follow(begun, initial);
    else launch(initial);
    return () => running.current?.cancel();
    // The first analysis runs once per file; later ones are started by the user's changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  const cancel = () => running.current?.cancel();
  return { settings, phase, format, run, cancel };
}
