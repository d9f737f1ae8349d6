import { describe, expect, it } from 'vitest'
import type { CompetencyScore, DebriefDecision } from '@/api/simulation'
import { buildTimeline, competencyRows, competencyText, excerpt, mistakes } from './debrief'

function decision(
  step: number,
  chosen: string,
  recommended: string | null,
  followed = chosen === recommended,
  best = recommended ?? chosen,
  belowBest = chosen !== best,
): DebriefDecision {
  return {
    step,
    nodeId: `node-${step}`,
    sceneHtml: `<p>Scene ${step}</p>`,
    chosen: { id: chosen, text: `text ${chosen}`, feedback: `feedback ${chosen}` },
    recommended: recommended ? { id: recommended, text: `text ${recommended}` } : null,
    followedRecommendation: followed,
    best: { id: best, text: `text ${best}` },
    belowBest,
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
  const score = (earned: number, attainable: number, weak = false): CompetencyScore => ({
    competency: 'safety',
    earned,
    attainable,
    practised: attainable > 0,
    score: attainable > 0 ? Math.min(1, Math.max(0, earned / attainable)) : null,
    weak,
  })

  it('gives the score as a rounded percentage for the bar', () => {
    expect(competencyRows([score(2, 3)])[0]?.percent).toBe(67)
  })

  it('keeps negative points signed while the bar stays empty', () => {
    // Tikkies' poor route (issue #13): safety -2 of 3 attainable
    const [row] = competencyRows([score(-2, 3, true)])
    expect(row).toMatchObject({ practised: true, earned: -2, attainable: 3, score: 0, percent: 0, weak: true })
  })

  it('keeps the score within 0..1 whatever the server sends', () => {
    const odd = (value: number): CompetencyScore => ({ ...score(1, 2), score: value })
    expect(competencyRows([odd(1.4), odd(-0.2), odd(Number.NaN)]).map((row) => [row.score, row.percent])).toEqual([
      [1, 100],
      [0, 0],
      [0, 0],
    ])
  })

  it('gives no percentage and no bar where nothing was attainable, never 100 %', () => {
    // what showed as "reporting route 100 %: -1 of 0" and "cooperation 100 %: 0 of 0"
    expect(competencyRows([score(-1, 0, true), score(0, 0)]).map((row) => [row.practised, row.score, row.percent, row.earned])).toEqual([
      [false, null, null, -1],
      [false, null, null, 0],
    ])
  })

  it('treats a score without attainable points as not practised even when the server calls it practised', () => {
    expect(competencyRows([{ ...score(0, 0), practised: true, score: 1 }])[0]?.percent).toBeNull()
  })

  it('keeps the server’s weak mark', () => {
    expect(competencyRows([score(1, 4, true)])[0]?.weak).toBe(true)
  })
})

describe('competencyText', () => {
  const row = (earned: number, attainable: number) =>
    competencyRows([
      {
        competency: 'reporting-route',
        earned,
        attainable,
        practised: attainable > 0,
        score: attainable > 0 ? Math.max(0, earned / attainable) : null,
        weak: earned < 0,
      },
    ])[0]!

  it('writes out the score with the signed points of a practised competency', () => {
    expect(competencyText(row(-2, 3))).toEqual({
      key: 'simulation.debrief.competencyScore',
      params: { score: 0, earned: -2, possible: 3 },
    })
  })

  it('says a competency was not practised instead of "100 %: 0 of 0"', () => {
    expect(competencyText(row(0, 0))).toEqual({ key: 'simulation.debrief.notPractised', params: {} })
  })

  it('still names points lost where nothing was attainable instead of "100 %: -1 of 0"', () => {
    expect(competencyText(row(-1, 0))).toEqual({ key: 'simulation.debrief.notPractisedLost', params: { earned: -1 } })
  })
})

describe('mistakes', () => {
  it('lists exactly the choices that scored below the best on offer, with their feedback and the better choice', () => {
    const found = mistakes([decision(1, 'a', 'a'), decision(2, 'b', 'c'), decision(3, 'd', null, false, 'e')])
    expect(found).toEqual([
      { number: 2, chosen: { id: 'b', text: 'text b', feedback: 'feedback b' }, best: { id: 'c', text: 'text c' } },
      { number: 3, chosen: { id: 'd', text: 'text d', feedback: 'feedback d' }, best: { id: 'e', text: 'text e' } },
    ])
  })

  it('names nothing the learner did not choose, and nothing at all on the best path', () => {
    expect(mistakes([decision(1, 'a', 'a'), decision(2, 'c', 'c')])).toEqual([])
  })

  it('does not count a choice as a mistake when it scored as much as the best, recommended or not', () => {
    // Another choice than the recommended one, with as many points: the server says it is not below the best.
    expect(mistakes([decision(1, 'b', 'a', false, 'a', false)])).toEqual([])
  })

  it('numbers mistakes as the timeline does, in the order the decisions were made', () => {
    expect(mistakes([decision(3, 'x', 'y'), decision(1, 'p', 'q'), decision(2, 'r', 'r')]).map((m) => m.number)).toEqual([1, 3])
  })
})
