import { describe, expect, it } from 'vitest'
import type { FacilitatorView, Kind, LiveStep, Phase, Status } from '@/api/live'
import { controlsFor } from './controls'

function step(phase: Phase, tally: Record<string, number> = {}): LiveStep {
  return {
    index: 0,
    total: null,
    phase,
    heading: null,
    html: '',
    options: [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
    ],
    timerEndsAt: null,
    votes: Object.values(tally).reduce((sum, count) => sum + count, 0),
    tally,
    chosen: null,
    recommendedOptionIds: ['a'],
    feedbackHtml: null,
    discussionHtml: null,
    neededFragments: null,
  }
}

const view = (status: Status, kind: Kind = 'case', current: LiveStep | null = null): Pick<FacilitatorView, 'status' | 'kind' | 'step'> => ({
  status,
  kind,
  step: current,
})

describe('controlsFor', () => {
  it('offers start in the lobby', () => {
    expect(controlsFor(view('LOBBY'))).toEqual(['start', 'end'])
  })

  it('offers the timer, closing and revealing while voting', () => {
    expect(controlsFor(view('RUNNING', 'case', step('VOTING')))).toEqual(['timer', 'close', 'reveal', 'end'])
  })

  it('offers opening again and revealing when voting is closed', () => {
    expect(controlsFor(view('RUNNING', 'case', step('CLOSED')))).toEqual(['open', 'reveal', 'end'])
  })

  it('offers the majority or a pick after the reveal of a case', () => {
    expect(controlsFor(view('RUNNING', 'case', step('REVEALED', { a: 1, b: 3 })))).toEqual(['decideMajority', 'decidePick', 'end'])
  })

  it('makes the facilitator pick on a tie', () => {
    expect(controlsFor(view('RUNNING', 'case', step('REVEALED', { a: 2, b: 2 })))).toEqual(['decidePick', 'end'])
  })

  it('makes the facilitator pick when nobody voted', () => {
    expect(controlsFor(view('RUNNING', 'case', step('REVEALED')))).toEqual(['decidePick', 'end'])
  })

  it('shows the answer of a check or pooling question instead of a path choice', () => {
    expect(controlsFor(view('RUNNING', 'check', step('REVEALED', { a: 2, b: 2 })))).toEqual(['decideAnswer', 'end'])
    expect(controlsFor(view('RUNNING', 'pooling', step('REVEALED', { a: 1 })))).toEqual(['decideAnswer', 'end'])
  })

  it('offers next once decided', () => {
    expect(controlsFor(view('RUNNING', 'case', step('DECIDED')))).toEqual(['next', 'end'])
  })

  it('offers only ending in the debrief, and nothing once ended', () => {
    expect(controlsFor(view('DEBRIEF'))).toEqual(['end'])
    expect(controlsFor(view('ENDED'))).toEqual([])
  })
})
