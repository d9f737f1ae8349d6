import { describe, expect, it } from 'vitest'
import type { LiveStep, Phase, Status } from '@/api/live'
import { changeBetween } from './announce'

const step = (index: number, phase: Phase) => ({ index, phase }) as LiveStep
const view = (status: Status, current: LiveStep | null = null) => ({ status, step: current })

describe('changeBetween', () => {
  it('says nothing on the first view', () => {
    expect(changeBetween(null, view('RUNNING', step(0, 'VOTING')))).toBeNull()
  })

  it('sees the start, a new step and each phase', () => {
    expect(changeBetween(view('LOBBY'), view('RUNNING', step(0, 'VOTING')))).toBe('started')
    expect(changeBetween(view('RUNNING', step(0, 'VOTING')), view('RUNNING', step(0, 'CLOSED')))).toBe('closed')
    expect(changeBetween(view('RUNNING', step(0, 'CLOSED')), view('RUNNING', step(0, 'VOTING')))).toBe('reopened')
    expect(changeBetween(view('RUNNING', step(0, 'CLOSED')), view('RUNNING', step(0, 'REVEALED')))).toBe('revealed')
    expect(changeBetween(view('RUNNING', step(0, 'REVEALED')), view('RUNNING', step(0, 'DECIDED')))).toBe('decided')
    expect(changeBetween(view('RUNNING', step(0, 'DECIDED')), view('RUNNING', step(1, 'VOTING')))).toBe('newStep')
  })

  it('sees the debrief and the end', () => {
    expect(changeBetween(view('RUNNING', step(3, 'DECIDED')), view('DEBRIEF'))).toBe('debrief')
    expect(changeBetween(view('DEBRIEF'), view('ENDED'))).toBe('ended')
  })

  it('stays quiet when only the vote count changed', () => {
    expect(changeBetween(view('RUNNING', step(0, 'VOTING')), view('RUNNING', step(0, 'VOTING')))).toBeNull()
  })
})
