import { describe, expect, it } from 'vitest'
import { fromPolicyForm, needsFirstChoice, toPolicyForm, validatePolicyForm, type PolicyFormValues } from './policyForm'

const valid: PolicyFormValues = { targetPercent: 85, maximumIntervalDays: 180, fullRefreshMonths: 12, mandatoryModules: ['a'] }

describe('refresher policy form', () => {
  it('shows the target retention as a whole percentage', () => {
    expect(
      toPolicyForm({ targetRetention: 0.85, maximumIntervalDays: 180, fullRefreshMonths: 12, mandatoryModules: ['a', 'b'], chosen: true }),
    ).toEqual({ targetPercent: 85, maximumIntervalDays: 180, fullRefreshMonths: 12, mandatoryModules: ['a', 'b'] })
    expect(toPolicyForm({ targetRetention: 0.9700000001, maximumIntervalDays: 7, fullRefreshMonths: 1, mandatoryModules: [], chosen: true }).targetPercent).toBe(97)
  })

  it('sends the percentage as a fraction without floating-point tails', () => {
    expect(fromPolicyForm({ ...valid, targetPercent: 85 }).targetRetention).toBe(0.85)
    expect(fromPolicyForm({ ...valid, targetPercent: 97 }).targetRetention).toBe(0.97)
    expect(fromPolicyForm({ ...valid, targetPercent: 70 }).targetRetention).toBe(0.7)
  })

  it('lists the mandatory modules in catalogue order, without unknown ids', () => {
    const policy = fromPolicyForm({ ...valid, mandatoryModules: ['c', 'x', 'a'] }, ['a', 'b', 'c'])
    expect(policy.mandatoryModules).toEqual(['a', 'c'])
    expect(fromPolicyForm({ ...valid, mandatoryModules: ['b', 'b'] }).mandatoryModules).toEqual(['b'])
  })

  it('accepts values within the API limits, the limits included', () => {
    expect(validatePolicyForm(valid)).toEqual({})
    expect(validatePolicyForm({ targetPercent: 70, maximumIntervalDays: 7, fullRefreshMonths: 1, mandatoryModules: ['a'] })).toEqual({})
    expect(validatePolicyForm({ targetPercent: 97, maximumIntervalDays: 730, fullRefreshMonths: 36, mandatoryModules: ['a'] })).toEqual({})
  })

  it('names each field outside its limits, with the limits for the message', () => {
    const problems = validatePolicyForm({ targetPercent: 98, maximumIntervalDays: 6, fullRefreshMonths: 37, mandatoryModules: [] })
    expect(problems.targetRetention).toEqual({ key: 'refresher.policy.wholeNumberBetween', params: { min: 70, max: 97 } })
    expect(problems.maximumIntervalDays?.params).toEqual({ min: 7, max: 730 })
    expect(problems.fullRefreshMonths?.params).toEqual({ min: 1, max: 36 })
  })

  it('refuses fractions and empty inputs', () => {
    // An empty number input gives '' with v-model.number.
    const empty = '' as unknown as number
    const problems = validatePolicyForm({ ...valid, targetPercent: 85.5, maximumIntervalDays: empty, fullRefreshMonths: Number.NaN })
    expect(Object.keys(problems).sort()).toEqual(['fullRefreshMonths', 'maximumIntervalDays', 'targetRetention'])
  })

  it('ticks no module until the organisation chose its mandatory modules, then exactly the chosen ones', () => {
    const defaults = { targetRetention: 0.85, maximumIntervalDays: 180, fullRefreshMonths: 12, mandatoryModules: ['a', 'b', 'c'] }
    expect(toPolicyForm({ ...defaults, chosen: false }).mandatoryModules).toEqual([])
    expect(needsFirstChoice({ ...defaults, chosen: false })).toBe(true)
    expect(toPolicyForm({ ...defaults, mandatoryModules: ['b'], chosen: true }).mandatoryModules).toEqual(['b'])
    expect(needsFirstChoice({ ...defaults, chosen: true })).toBe(false)
  })

  it('asks for at least one mandatory module, as the API does', () => {
    expect(validatePolicyForm({ ...valid, mandatoryModules: [] })).toEqual({
      mandatoryModules: { key: 'refresher.policy.chooseAtLeastOne', params: {} },
    })
  })
})
