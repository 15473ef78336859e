import { daysOverdue } from '@/domain/plans-tasks';
import type { PlanData } from '@/domain/plans-types';
import type { Catalog } from '@/domain/types';
import { formatDate, type Lang } from '@/i18n/format';
import { planName } from '@/i18n/plan-name';
import { describeTarget } from '@/i18n/target-text';
import type { Messages } from '@/i18n/vi';
import type { IndexProfile, TaskSummary } from './profile-model';
import { shortOf, textIn } from '@/i18n/names';

interface Props {
  catalog: Catalog;
  plans?: PlanData;
  profile: IndexProfile;
  t: Messages;
  lang: Lang;
}

/** Each target of the index from the plans, against the latest figures; "no target recorded" when there is none. */
export function TargetBlock({ catalog, plans, profile, t, lang }: Props) {
  const { index, targets } = profile;
  return (
    <section className="profile-block">
      <h3>{t.profile.target}</h3>
      {targets.length === 0 && <p className="gap-note">{t.profile.noTarget}</p>}
      {targets.map((evaluation) => {
        const plan = plans?.plans.find((p) => p.code === evaluation.target.plan);
        const text = describeTarget(evaluation, { catalog, index, plan, t: t.plans, lang });
        return (
          <div key={`${evaluation.target.plan}-${evaluation.target.line}`} className="profile-target" data-testid="profile-target">
            <p>
              <strong>{text.goal}</strong>
              {plan && ` (${planName(plan, t.plans)})`}
            </p>
            <p>
              <span className={`profile-badge outcome-${text.outcome}`}>{t.plans.outcomes[text.outcome]}</span>{' '}
              {[text.actual, text.detail].filter(Boolean).join(' · ')}
            </p>
            {text.notes.map((note) => (
              <p key={note} className="note">
                {note}
              </p>
            ))}
          </div>
        );
      })}
    </section>
  );
}

const SHOWN_LATE = 3;

/** Late tasks of the index; no task recorded is said plainly, as it is not the same as none late. */
export function TasksBlock({ plans, tasks, t, lang, today }: Omit<Props, 'catalog' | 'profile'> & { tasks: TaskSummary; today: string }) {
  const agency = (code: string) => (plans ? shortOf(plans.agencies, code, lang) : code);
  return (
    <section className="profile-block">
      <h3>{t.profile.tasks}</h3>
      {tasks.kind === 'none-recorded' && <p className="gap-note">{t.profile.noTasksRecorded}</p>}
      {tasks.kind === 'none-for-index' && <p className="gap-note">{t.profile.noTasksForIndex(tasks.recorded)}</p>}
      {tasks.kind === 'recorded' && tasks.late.length === 0 && <p>{t.profile.noneLate(tasks.count)}</p>}
      {tasks.kind === 'recorded' && tasks.late.length > 0 && (
        <>
          <p>{t.profile.lateOf(tasks.late.length, tasks.count)}</p>
          <ul className="profile-late">
            {tasks.late.slice(0, SHOWN_LATE).map((task) => (
              <li key={task.id}>
                {t.profile.lateTask(textIn(task, lang), agency(task.responsible), formatDate(task.deadline ?? ''), daysOverdue(task, today) ?? 0)}
              </li>
            ))}
          </ul>
          {tasks.late.length > SHOWN_LATE && <p className="muted">{t.profile.moreLate(tasks.late.length - SHOWN_LATE)}</p>}
        </>
      )}
    </section>
  );
}
