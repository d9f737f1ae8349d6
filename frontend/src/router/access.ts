import type { RouteMeta } from 'vue-router'
import type { Me, Role } from '@/api/identity'

/** Who may run live group sessions (live contract, "Roles and access"); learners never see them. */
export const FACILITATOR_ROLES: Role[] = ['ATTENTION_OFFICER', 'TRAINER', 'COORDINATOR', 'ADMIN']

/** Who may author cases and modules (issue 15): trainers and the roles above them. */
export const AUTHOR_ROLES: Role[] = ['TRAINER', 'COORDINATOR', 'ADMIN']

export type Access = 'allowed' | 'login' | 'forbidden'

/** Whether `me` may see a route with this meta: anonymous users log in first; wrong roles are refused. */
export function accessFor(meta: RouteMeta, me: Me | null): Access {
  if (!meta.requiresAuth && !meta.roles) return 'allowed'
  if (!me) return 'login'
  if (meta.roles && !me.roles.some((role) => meta.roles?.includes(role))) return 'forbidden'
  return 'allowed'
}

/** Only paths inside this app, so a crafted `?redirect=` cannot send users to another site. */
export function safeRedirect(value: unknown): string {
  if (typeof value !== 'string') return '/'
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  return value
}
