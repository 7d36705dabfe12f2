import { useTranslation } from 'react-i18next';
import type { StepKind } from '../../../generated/graphql';

export interface PlanStepView {
  title: string;
  kind: StepKind;
  description: string | null;
  /** Undefined: no bestuur to check against (plain checklist). */
  done?: boolean;
  capability: { name: string } | null;
}

/**
 * The implementation checklist. With a bestuur, the steps its profile already covers are ticked
 * and say so in words ("al gedekt"); without one it is the solution's template.
 */
export function ImplementationPlan({ steps }: { steps: readonly PlanStepView[] }) {
  const { t } = useTranslation();
  if (steps.length === 0) return <p className="empty-state">{t('catalogus.plan.empty')}</p>;
  const checked = steps.some((s) => s.done !== undefined);
  const done = steps.filter((s) => s.done).length;
  return (
    <>
      {checked && <p>{t('catalogus.plan.progress', { done, count: steps.length })}</p>}
      <ol className="plan">
        {steps.map((s, i) => (
          <li key={`${i}-${s.title}`} className={s.done ? 'plan__step plan__step--done' : 'plan__step'}>
            {checked && (
              <span className="plan__mark" aria-hidden="true">
                {s.done ? '☑' : '☐'}
              </span>
            )}
            <span className="plan__title">{s.title}</span>{' '}
            <span className="plan__kind">({t(`catalogus.stepKind.${s.kind}`)})</span>
            {checked && <span className="plan__state">{s.done ? t('catalogus.plan.done') : t('catalogus.plan.todo')}</span>}
            {s.description && <p className="plan__description">{s.description}</p>}
            {s.capability && (
              <p className="plan__capability">{t('catalogus.plan.coveredBy', { name: s.capability.name })}</p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
