import type { Role, Sector } from '@/api/identity'

/** Translation keys for the API's enumerations (their values are in common.json of every locale). */
export const roleKey = (role: Role | string): string => `common.role.${role}`
export const sectorKey = (sector: Sector | string): string => `common.sector.${sector}`
