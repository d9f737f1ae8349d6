/** The page a new member opens to register with an invitation (docs/api.md: `/register?code=<code>`). */
export function joinLink(code: string, origin: string): string {
  return `${origin}/register?code=${encodeURIComponent(code)}`
}

export type InvitationState = 'open' | 'usedUp' | 'expired'

export function invitationState(
  invitation: { uses: number; maxUses: number; expiresAt: string },
  now: number = Date.now(),
): InvitationState {
  if (Date.parse(invitation.expiresAt) <= now) return 'expired'
  if (invitation.uses >= invitation.maxUses) return 'usedUp'
  return 'open'
}
