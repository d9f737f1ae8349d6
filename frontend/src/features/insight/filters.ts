import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { ROLES, SECTORS } from '@/api/identity'
import { PERSON_STATUSES, type PeopleFilters } from '@/api/insight'

/**
 * The dashboard's filters live in the URL query (`?team=…&role=…&sector=…`) so a view can be shared and the back
 * button returns to the previous filter. Unknown or repeated values are dropped rather than sent to the server.
 */
export const FILTER_KEYS = ['team', 'role', 'sector', 'module', 'status'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

const ALLOWED: Partial<Record<FilterKey, readonly string[]>> = {
  role: ROLES,
  sector: SECTORS,
  status: PERSON_STATUSES,
}

/** The filters named in `keys` that the query sets to one allowed value. */
export function filtersFromQuery(query: LocationQuery, keys: readonly FilterKey[] = FILTER_KEYS): PeopleFilters {
  const filters: PeopleFilters = {}
  for (const key of keys) {
    const value = query[key]
    if (typeof value !== 'string' || value.trim() === '') continue
    const allowed = ALLOWED[key]
    if (allowed && !allowed.includes(value)) continue
    filters[key] = value
  }
  return filters
}

/** The query for the filters: empty ones are left out, so "all" is the bare address. */
export function queryFromFilters(filters: PeopleFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  for (const key of FILTER_KEYS) {
    const value = filters[key]
    if (value) query[key] = value
  }
  return query
}

/** One filter changed; the others stay. */
export const withFilter = (filters: PeopleFilters, key: FilterKey, value: string): PeopleFilters => ({
  ...filters,
  [key]: value || undefined,
})

/** Only the team, role and sector: what the dashboard's endpoints take and the people list inherits. */
export const scopeFilters = ({ team, role, sector }: PeopleFilters): PeopleFilters =>
  Object.fromEntries(Object.entries({ team, role, sector }).filter(([, value]) => value)) as PeopleFilters
