import type { ColumnTarget } from '@/domain/import/mapping';
import type { Component } from '@/domain/types';
import { useLang, useMessages } from '@/state/use-i18n';

const SIMPLE: ColumnTarget['kind'][] = ['unit', 'total', 'rank', 'rank_of', 'ignore'];

const encode = (target: ColumnTarget) => (target.kind === 'component' ? `component:${target.code}` : target.kind);
function decode(value: string): ColumnTarget {
  if (value.startsWith('component:')) return { kind: 'component', code: value.slice('component:'.length) };
  return { kind: value as Exclude<ColumnTarget['kind'], 'component'> } as ColumnTarget;
}

interface MappingEditorProps {
  header: readonly string[];
  preview: readonly string[][];
  targets: readonly ColumnTarget[];
  components: readonly Component[];
  onChange: (targets: ColumnTarget[]) => void;
}

/** One select per column of a wide table, with the first rows under it to check against. */
export function MappingEditor({ header, preview, targets, components, onChange }: MappingEditorProps) {
  const t = useMessages().data;
  const lang = useLang();
  return (
    <div className="table-scroll">
      <table className="mapping">
        <caption>{t.mappingTitle}</caption>
        <thead>
          <tr>
            {header.map((label, i) => (
              <th key={i} scope="col">
                <label>
                  {label || `#${i + 1}`}
                  <select value={encode(targets[i] ?? { kind: 'ignore' })} onChange={(e) => onChange(header.map((_, j) => (j === i ? decode(e.target.value) : (targets[j] ?? { kind: 'ignore' }))))}>
                    {SIMPLE.map((kind) => (
                      <option key={kind} value={kind}>
                        {t.targets[kind]}
                      </option>
                    ))}
                    {components.map((c) => (
                      <option key={c.code} value={`component:${c.code}`}>
                        {`${t.targets.component}: ${c.code} · ${lang === 'vi' ? c.shortVi : c.shortEn}`}
                      </option>
                    ))}
                  </select>
                </label>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.map((row, r) => (
            <tr key={r}>
              {header.map((_, i) => (
                <td key={i}>{row[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
