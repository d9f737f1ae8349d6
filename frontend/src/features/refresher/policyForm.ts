import type { RefresherPolicy, RefresherPolicyView } from '@/api/refresher'

/** The policy as the form shows it: retention as a whole percentage. */
export interface PolicyFormValues {
  targetPercent: number
  maximumIntervalDays: number
  fullRefreshMonths: number
  mandatoryModules: string[]
}

export type PolicyField = 'targetRetention' | 'maximumIntervalDays' | 'fullRefreshMonths' | 'mandatoryModules'
export const POLICY_FIELDS: readonly PolicyField[] = [
  'targetRetention',
  'maximumIntervalDays',
  'fullRefreshMonths',
  'mandatoryModules',
]

/** The API's limits (refresher-spec: target 0.7-0.97, interval 7-730, months 1-36). */
export const POLICY_LIMITS = {
  targetPercent: { min: 70, max: 97 },
  maximumIntervalDays: { min: 7, max: 730 },
  fullRefreshMonths: { min: 1, max: 36 },
} as const

/**
 * The form's starting values. Until the organisation chose its mandatory modules none is ticked: the API lists every
 * module then (that is what counts in the meantime), but a first choice should be made, not inherited.
 */
export function toPolicyForm(policy: RefresherPolicyView): PolicyFormValues {
  return {
    targetPercent: Math.round(policy.targetRetention * 100),
    maximumIntervalDays: policy.maximumIntervalDays,
    fullRefreshMonths: policy.fullRefreshMonths,
    mandatoryModules: policy.chosen ? [...policy.mandatoryModules] : [],
  }
}

/** The page opens with the question which modules are mandatory until the organisation has answered it once. */
export const needsFirstChoice = (policy: RefresherPolicyView): boolean => !policy.chosen

/** Back to the API's shape; the modules in catalogue order when it is known, unknown ids dropped. */
export function fromPolicyForm(values: PolicyFormValues, moduleOrder: readonly string[] = []): RefresherPolicy {
  const chosen = new Set(values.mandatoryModules)
  const mandatoryModules =
    moduleOrder.length > 0 ? moduleOrder.filter((id) => chosen.has(id)) : [...new Set(values.mandatoryModules)]
  return {
    // Two decimals: 85 -> 0.85 without floating-point tails such as 0.8500000000000001.
    targetRetention: Math.round(values.targetPercent) / 100,
    maximumIntervalDays: values.maximumIntervalDays,
    fullRefreshMonths: values.fullRefreshMonths,
    mandatoryModules,
  }
}

export interface PolicyProblem {
  key: string
  params: Record<string, number>
}

const whole = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max

/** Client-side checks with the same limits as the server; translation keys per field. */
export function validatePolicyForm(values: PolicyFormValues): Partial<Record<PolicyField, PolicyProblem>> {
  const problems: Partial<Record<PolicyField, PolicyProblem>> = {}
  const range = (limits: { min: number; max: number }): PolicyProblem => ({
    key: 'refresher.policy.wholeNumberBetween',
    params: { min: limits.min, max: limits.max },
  })
  if (!whole(values.targetPercent, POLICY_LIMITS.targetPercent.min, POLICY_LIMITS.targetPercent.max)) {
    problems.targetRetention = range(POLICY_LIMITS.targetPercent)
  }
  if (!whole(values.maximumIntervalDays, POLICY_LIMITS.maximumIntervalDays.min, POLICY_LIMITS.maximumIntervalDays.max)) {
    problems.maximumIntervalDays = range(POLICY_LIMITS.maximumIntervalDays)
  }
  if (!whole(values.fullRefreshMonths, POLICY_LIMITS.fullRefreshMonths.min, POLICY_LIMITS.fullRefreshMonths.max)) {
    problems.fullRefreshMonths = range(POLICY_LIMITS.fullRefreshMonths)
  }
  if (values.mandatoryModules.length === 0) {
    // The API refuses an empty choice too: with no mandatory module nobody would get a reminder e-mail.
    problems.mandatoryModules = { key: 'refresher.policy.chooseAtLeastOne', params: {} }
  }
  return problems
}
