import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { convert } from './convert';
import { writeFiles } from './files';

// A whole run on the real reference data (../shared/reference-data beside the repository, as for
// npm run data:check), with a data/ folder holding staff edits. The staff rows are made up (TEST).
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const REFERENCE = path.resolve(REPO, '..', 'shared', 'reference-data');
const STAFF_SOURCE = 'staff-test-source,Made-up source (TEST),Sở Nội vụ,2026-01-05,,Added by hand';
const STAFF_AGENCY = 'stp-test,Sở Tư pháp (TEST),Department of Justice (TEST),STP,Justice,staff-test-source,';
const STAFF_YEAR = 'unit,component,score,rank,rank_of,status,source,derivation,note\nP59,total,90.00,,,published,unknown-test-source,,\n';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convert-run-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const first = convert(REFERENCE, dataDir);
writeFiles(dataDir, first.files);
const append = (file: string, line: string) => fs.appendFileSync(path.join(dataDir, file), `${line}\n`);
append('sources.csv', STAFF_SOURCE);
append('plans/agencies.csv', STAFF_AGENCY);
writeFiles(dataDir, new Map([['par/2030.csv', STAFF_YEAR], ['plans/tasks.csv', `${first.seeds.get('plans/tasks.csv')}t1,qd-4168-2021,Nhiệm vụ (TEST),Task (TEST),snv,,2026-06-30,papi,,open,,,\n`]]));
const second = convert(REFERENCE, dataDir);

describe('a run of the converter', () => {
  it('owns the catalogues, the year files it generates and the three plans files, and nothing staff own', () => {
    const owned = [...first.files.keys()];
    expect(owned).toEqual(expect.arrayContaining(['units.csv', 'sources.csv', 'components.csv', 'par/2024.csv', 'papi/2011.csv', 'plans/plans.csv', 'papi/LICENSE-ml-mcdm.txt']));
    expect(owned).not.toContain('plans/tasks.csv');
    expect(first.seeds.get('plans/tasks.csv')).toBe('id,plan,task_vi,task_en,responsible,cooperating,deadline,index,components,status,updated,note,source\n');
    expect([...second.files.keys()]).toEqual(owned);
  });

  it('passes its self-checks on the reference data', () => {
    expect(first.problems).toEqual([]);
  });

  it('keeps the rows staff added to sources.csv and plans/agencies.csv, after its own', () => {
    expect(second.files.get('sources.csv')).toBe(`${first.files.get('sources.csv')}${STAFF_SOURCE}\n`);
    expect(second.files.get('plans/agencies.csv')?.trimEnd().split('\n').at(-1)).toBe(STAFF_AGENCY);
  });

  it('checks a year file staff added without owning it: an unknown source is a problem', () => {
    expect(second.files.has('par/2030.csv')).toBe(false);
    expect(second.problems).toEqual(["par/2030.csv P59 total: unknown source id 'unknown-test-source'"]);
  });

  it('is deterministic', () => {
    const again = convert(REFERENCE, fs.mkdtempSync(path.join(os.tmpdir(), 'convert-run-')));
    expect([...again.files]).toEqual([...first.files]);
  });
});
