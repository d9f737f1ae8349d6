import type { Role, Sector } from '@/api/identity'
import type { Competency } from '@/api/learning'
import type { Outcome } from '@/api/simulation'

/** Translation keys for the API's enumerations (their values are in common.json of every locale). */
export const roleKey = (role: Role | string): string => `common.role.${role}`
export const sectorKey = (sector: Sector | string): string => `common.sector.${sector}`
export const competencyKey = (competency: Competency | string): string => `common.competency.${competency}`
export const outcomeKey = (outcome: Outcome | string): string => `common.outcome.${outcome}`
