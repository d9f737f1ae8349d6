import type { InsightScopeView } from '@/api/insight'

/**
 * The privacy floor as the screen tells it: an aggregate over fewer than 5 people arrives with `hidden: true` and
 * null numbers (docs/insight-contract.md). It is said in words ("fewer than 5 people"), never shown as 0.
 */
export const isHidden = (aggregate: { hidden: boolean }, value?: number | null): boolean =>
  aggregate.hidden || value === null

/** What the heading names, most specific first: a team, a role, a sector, else the whole organisation. */
export type ScopePart =
  | { kind: 'team'; name: string }
  | { kind: 'role'; value: string }
  | { kind: 'sector'; value: string }
  | { kind: 'organisation'; name: string }

export function scopeParts(scope: InsightScopeView, organisationName: string): ScopePart[] {
  const parts: ScopePart[] = []
  if (scope.team) parts.push({ kind: 'team', name: scope.team.name })
  if (scope.role) parts.push({ kind: 'role', value: scope.role })
  if (scope.sector) parts.push({ kind: 'sector', value: scope.sector })
  return parts.length > 0 ? parts : [{ kind: 'organisation', name: organisationName }]
}

/** People in scope for the heading: a number, or null when the floor hides even that. */
export const peopleShown = (scope: InsightScopeView): number | null => (scope.hidden ? null : scope.people)
