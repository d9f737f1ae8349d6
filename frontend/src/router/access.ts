import type { RouteMeta } from 'vue-router'
import type { Me } from '@/api/identity'

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
