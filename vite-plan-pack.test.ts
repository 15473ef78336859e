import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planCoreFromPack } from '@/domain/plans-json';
import { dataCopy, loadBundledCatalog, loadBundledPlans, readData } from '@/domain/testing/bundled-data';
import { planPack } from './vite-plan-pack';

const dataDir = new URL('./data', import.meta.url).pathname;


describe('the plan pack (build time)', () => {
  it('carries, through JSON, the very plans, targets and tasks the app parses from data/plans/*.csv', () => {
    const { files, pack } = planPack(dataDir);
    const carried = JSON.parse(JSON.stringify(pack)) as typeof pack;
    const parsed = loadBundledPlans(loadBundledCatalog());
    expect(parsed.issues).toEqual([]);
    expect(carried.issues).toEqual({ core: [], targets: [], tasks: [] });
    expect(carried.core && { ...planCoreFromPack(carried.core), targets: carried.targets, tasks: carried.tasks }).toEqual(parsed.data);
    expect(carried.targets.length).toBeGreaterThan(0);
    expect(files.map((file) => file.slice(dataDir.length + 1))).toEqual(expect.arrayContaining(['units.csv', 'plans/plans.csv', 'plans/targets.csv']));
  });

  it('reads data/plans/ as it is now: a file taken away is reported by its name, the others still read', () => {
    const dir = dataCopy();
    rmSync(join(dir, 'plans', 'tasks.csv'));
    const { pack } = planPack(dir);
    expect(pack.issues.tasks).toEqual([{ file: 'plans/tasks.csv', line: 0, kind: 'missing-file', detail: 'not bundled' }]);
    expect(pack.targets.length).toBeGreaterThan(0);
    rmSync(join(dir, 'plans', 'agencies.csv'));
    expect(planPack(dir).pack).toEqual({ targets: [], tasks: [], issues: { core: [{ file: 'plans/agencies.csv', line: 0, kind: 'missing-file', detail: 'not bundled' }], targets: [], tasks: [] } });
  });

  it("reports a broken tasks file by file and line, without its tasks; the targets are still read", () => {
    const dir = dataCopy();
    writeFileSync(join(dir, 'plans', 'tasks.csv'), `${readData('plans/tasks.csv').trimEnd()}\nX1,kh-153-2022,Việc,,sct,,2025-12-31,papi,D5,in_progress,,,\n`);
    const { pack } = planPack(dir);
    expect(pack.issues.tasks).toContainEqual(expect.objectContaining({ file: 'plans/tasks.csv', column: 'responsible', kind: 'unknown-agency', raw: 'sct' }));
    expect(pack.tasks).toEqual([]);
    expect(pack.targets).toEqual(planPack(dataDir).pack.targets);
  });

  it('holds no plans when the catalogue they are checked against does not load (the app reports the catalogue)', () => {
    const dir = dataCopy();
    rmSync(join(dir, 'periods.csv'));
    expect(planPack(dir).pack).toEqual({ targets: [], tasks: [], issues: { core: [], targets: [], tasks: [] } });
  });
});
