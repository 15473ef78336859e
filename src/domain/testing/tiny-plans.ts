import { parsePlanCore } from '@/domain/plans-parse';
import { parseTargets } from '@/domain/plans-parse-targets';
import { parseTasks } from '@/domain/plans-parse-tasks';
import type { PlanData } from '@/domain/plans-types';
import type { Catalog } from '@/domain/types';

/** Small plan files written inline (against the tiny catalogue), for tests. */
export const TINY_PLAN_TEXTS = {
  agencies: `code,name_vi,name_en,short_vi,short_en,source,note
ubnd-tp,Ủy ban nhân dân thành phố Cần Thơ,Cần Thơ City People's Committee,UBND TP,City PC,s1,
snv,Sở Nội vụ,Department of Home Affairs,Sở Nội vụ,Home Affairs,s1,
stp,Sở Tư pháp,Department of Justice,Sở Tư pháp,Justice,,
`,
  plans: `code,number,kind,date,title_vi,title_en,issuer,from_year,to_year,indices,other_indices,unit,baseline_year,summary_vi,summary_en,source,note
kh-101-2025,101/KH-UBND,plan,2025-10-02,Kế hoạch 101,Plan 101,ubnd-tp,2025,2030,par;papi,PCI,N25-can-tho,2024,,,s1,
qd-4168-2021,4168/QĐ-UBND,plan,2021-12-27,Kế hoạch CCHC 2021-2025,PAR plan 2021-2025,ubnd-tp,2021,2025,papi,,P59,,,,s1,
`,
  targets: `plan,index,component,unit,kind,value,group,target_year,note,source
qd-4168-2021,papi,total,P59,rank-at-most,15,,2025,top 15,s1
`,
  tasks: `id,plan,task_vi,task_en,responsible,cooperating,deadline,index,components,status,updated,note,source
T1,qd-4168-2021,Công khai thủ tục,Publish procedures,snv,stp,2023-12-31,papi,D1;SC11,in_progress,2023-06-01,,
T2,qd-4168-2021,Tập huấn,Training,stp,,2030-12-31,papi,D1,not_started,,,
T3,kh-101-2025,Kiểm tra,Inspections,snv,,2024-01-31,par,,done,2024-02-01,,s1
`,
};

export function tinyPlanData(catalog: Catalog): PlanData {
  const { core, issues } = parsePlanCore(TINY_PLAN_TEXTS, catalog);
  if (!core) throw new Error(`tiny plans are invalid: ${JSON.stringify(issues)}`);
  const targets = parseTargets(TINY_PLAN_TEXTS.targets, catalog, core);
  const tasks = parseTasks(TINY_PLAN_TEXTS.tasks, catalog, core);
  if (targets.issues.length + tasks.issues.length > 0) throw new Error(`tiny plans are invalid: ${JSON.stringify([...targets.issues, ...tasks.issues])}`);
  return { ...core, targets: targets.targets, tasks: tasks.tasks };
}
