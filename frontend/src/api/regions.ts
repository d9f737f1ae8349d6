import { http } from './http'

/** Regions (issue 16, docs/insight/region.md): a municipality's view over partner organisations that opted in. */

/** A partner organisation as the region's owner sees it; `joinedBy` is null once that account is erased. */
export interface RegionPartner {
  organisationId: string
  name: string
  joinedAt: string
  joinedBy: string | null
}

/** A region this organisation owns. The join code is read apart, by administrators only. */
export interface OwnedRegion {
  id: string
  name: string
  createdAt: string
  partners: RegionPartner[]
}

/** A region this organisation shares its numbers with. */
export interface JoinedRegion {
  id: string
  name: string
  owner: string
  joinedAt: string
}

export interface Regions {
  owned: OwnedRegion[]
  joined: JoinedRegion[]
}

export interface RegionCounts {
  notStarted: number
  inProgress: number
  current: number
  dueSoon: number
  overdue: number
  lapsed: number
}

export const COUNT_KEYS = ['notStarted', 'inProgress', 'current', 'dueSoon', 'overdue', 'lapsed'] as const
export type CountKey = (typeof COUNT_KEYS)[number]

/** Summed over the counted partners; `hidden` (and `counts` null) below the privacy floor. */
export interface RegionModule {
  moduleId: string
  title: string
  partners: number
  hidden: boolean
  counts: RegionCounts | null
}

/** Hidden: fewer than five people; `people` and `refreshRate` are then null and it is left out of the sums. */
export interface RegionPartnerStatus {
  organisationId: string
  name: string
  hidden: boolean
  people: number | null
  refreshRate: number | null
}

export interface RegionStatus {
  region: { id: string; name: string }
  asOf: string
  modules: RegionModule[]
  partners: RegionPartnerStatus[]
  total: {
    hidden: boolean
    people: number | null
    refreshRate: number | null
    partnersCounted: number
    partnersHidden: number
  }
}

const regions = (organisationId: string) => `/api/organisations/${encodeURIComponent(organisationId)}/regions`
const region = (organisationId: string, regionId: string) =>
  `${regions(organisationId)}/${encodeURIComponent(regionId)}`

export const listRegions = (organisationId: string) => http<Regions>(regions(organisationId))

/** `409` when the organisation already has a region of that name; `400` field `name`. */
export const createRegion = (organisationId: string, name: string) =>
  http<OwnedRegion>(regions(organisationId), { method: 'POST', body: { name } })

export const renameRegion = (organisationId: string, regionId: string, name: string) =>
  http<OwnedRegion>(region(organisationId, regionId), { method: 'PUT', body: { name } })

/** Administrators of the owner only (a coordinator gets 403). */
export const readJoinCode = (organisationId: string, regionId: string) =>
  http<{ code: string }>(`${region(organisationId, regionId)}/join-code`)

/** The old code stops working; partners already in stay in. */
export const renewJoinCode = (organisationId: string, regionId: string) =>
  http<{ code: string }>(`${region(organisationId, regionId)}/join-code`, { method: 'POST', body: {} })

/** `400` field `code` for a wrong code; `429` with Retry-After after five wrong codes in ten minutes. */
export const joinRegion = (organisationId: string, code: string) =>
  http<JoinedRegion>(`${regions(organisationId)}/joined`, { method: 'POST', body: { code } })

/** `204`: the region's view leaves this organisation's numbers out at once. */
export const leaveRegion = (organisationId: string, regionId: string) =>
  http<void>(`${regions(organisationId)}/joined/${encodeURIComponent(regionId)}`, { method: 'DELETE' })

export const regionStatus = (regionId: string) =>
  http<RegionStatus>(`/api/regions/${encodeURIComponent(regionId)}/insight/status`)
