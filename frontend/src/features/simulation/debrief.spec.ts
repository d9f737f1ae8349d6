import { describe, expect, it } from 'vitest'
import type { CompetencyScore, DebriefDecision } from '@/api/simulation'
import { buildTimeline, competencyRows, excerpt } from './debrief'

function decision(step: number, chosen: string, recommended: string | null, followed = chosen === recommended): DebriefDecision {
  return {
    step,
    nodeId: `node-${step}`,
    sceneHtml: `<p>Scene ${step}</p>`,
    chosen: { id: chosen, text: `text ${chosen}`, feedback: `feedback ${chosen}` },
    recommended: recommended ? { id: recommended, text: `text ${recommended}` } : null,
    followedRecommendation: followed,
  }
}

const stripTags = (html: string) => html.replace(/<[^>]+>/g, ' ')

describe('buildTimeline', () => {
  it('numbers the decisions in the order they were made', () => {
    const items = buildTimeline([decision(2, 'x', 'x'), decision(1, 'y', 'y')], stripTags)
    expect(items.map((item) => [item.number, item.nodeId])).toEqual([
      [1, 'node-1'],
      [2, 'node-2'],
    ])
  })

  it('replays a decision by repeating the ones before it', () => {
    const items = buildTimeline([decision(1, 'a', 'a'), decision(2, 'b', 'b'), decision(3, 'c', 'c')], stripTags)
    expect(items.map((item) => item.replayFromStep)).toEqual([0, 1, 2])
  })

  it('marks a followed recommendation and leaves the recommended choice out', () => {
    const [item] = buildTimeline([decision(1, 'a', 'a')], stripTags)
    expect(item?.verdict).toBe('followed')
    expect(item?.recommended).toBeNull()
  })

  it('puts the recommended choice beside a different choice', () => {
    const [item] = buildTimeline([decision(1, 'b', 'a')], stripTags)
    expect(item?.verdict).toBe('different')
    expect(item?.recommended).toEqual({ id: 'a', text: 'text a' })
    expect(item?.chosen.feedback).toBe('feedback b')
  })

  it('says so when a scene had no recommended choice', () => {
    const [item] = buildTimeline([decision(1, 'b', null, false)], stripTags)
    expect(item?.verdict).toBe('none')
    expect(item?.recommended).toBeNull()
  })

  it('shows the scene as plain text', () => {
    const [item] = buildTimeline([decision(1, 'a', 'a')], stripTags)
    expect(item?.sceneExcerpt).toBe('Scene 1')
  })
})

describe('excerpt', () => {
  it('keeps short text whole, with its white space tidied', () => {
    expect(excerpt('  Jamal   krijgt\n Tikkies. ')).toBe('Jamal krijgt Tikkies.')
  })

  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = 'een twee drie vier vijf zes zeven acht negen tien'
    const cut = excerpt(text, 20)
    expect(cut).toBe('een twee drie vier…')
    expect(cut.length).toBeLessThanOrEqual(21)
  })

  it('cuts a long word when there is no space to cut at', () => {
    expect(excerpt('a'.repeat(30), 10)).toBe(`${'a'.repeat(10)}…`)
  })
})

describe('competencyRows', () => {
  const score = (value: number, weak = value < 0.5): CompetencyScore => ({
    competency: 'safety',
    earned: 1,
    possible: 2,
    score: value,
    weak,
  })

  it('gives the score as a rounded percentage for the bar', () => {
    expect(competencyRows([score(0.666)])[0]?.percent).toBe(67)
  })

  it('keeps the score within 0..1', () => {
    expect(competencyRows([score(1.4), score(-0.2), score(Number.NaN)]).map((row) => [row.score, row.percent])).toEqual([
      [1, 100],
      [0, 0],
      [0, 0],
    ])
  })

  it('keeps the server’s weak mark', () => {
    expect(competencyRows([score(0.3, true)])[0]?.weak).toBe(true)
  })
})
