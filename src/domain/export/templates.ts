import { PLAN_FILE_COLUMNS } from '@/domain/plans-types';
import { canonicalTable } from './canonical';
import { toCsv } from './csv-writer';

/** Empty files with the header the import expects, for staff to fill in (in Excel) and import in the Dữ liệu view. */
export type TemplateFile = 'figures' | keyof typeof PLAN_FILE_COLUMNS;

export function templateCsv(file: TemplateFile): string {
  return toCsv(file === 'figures' ? canonicalTable([]) : { header: [...PLAN_FILE_COLUMNS[file]], rows: [] });
}
