import type { PlanData, Target } from '@/domain/plans-types';
import type { Catalog } from '@/domain/types';
import { TargetCard } from './target-card';

/** Targets grouped by index, in the order of the catalogue. */
export function TargetCards({ catalog, data, targets, showPlan }: { catalog: Catalog; data: PlanData; targets: readonly Target[]; showPlan: boolean }) {
  const order = [...catalog.indices.keys()];
  const sorted = [...targets].sort((a, b) => order.indexOf(a.index) - order.indexOf(b.index) || a.targetYear - b.targetYear);
  return (
    <div className="target-cards">
      {sorted.map((target) => (
        <TargetCard key={`${target.plan}-${target.line}`} catalog={catalog} target={target} plan={data.plans.find((p) => p.code === target.plan)} showPlan={showPlan} />
      ))}
    </div>
  );
}
