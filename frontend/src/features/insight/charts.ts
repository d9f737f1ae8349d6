import type { MonthRate } from '@/api/insight'
import { formattingLocale } from '@/i18n/dates'

/**
 * Pure data mapping for the dashboard's charts (components/StackedBar.vue, components/TrendChart.vue). The charts
 * are hand-drawn SVG and HTML (docs/decisions/0051-charts.md); this file holds the arithmetic so it is tested.
 */

export interface Segment<K extends string> {
  key: K
  count: number
  /** 0..1 of the bar; 0 for a zero count. */
  share: number
}

/** Segments of a stacked bar in the given order; an all-zero bar has every share 0. */
export function segmentsOf<K extends string>(counts: Readonly<Record<K, number>>, keys: readonly K[]): Segment<K>[] {
  const total = keys.reduce((sum, key) => sum + (counts[key] ?? 0), 0)
  return keys.map((key) => {
    const count = counts[key] ?? 0
    return { key, count, share: total > 0 ? count / total : 0 }
  })
}

export const totalOf = <K extends string>(counts: Readonly<Record<K, number>>, keys: readonly K[]): number =>
  keys.reduce((sum, key) => sum + (counts[key] ?? 0), 0)

/**
 * Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), from "not yet" to "lapsed".
 * Every bar also prints its numbers in words, so colour never carries the meaning alone.
 */
export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  notStarted: '#d5dbe0',
  inProgress: '#56b4e9',
  current: '#009e73',
  completed: '#009e73',
  dueSoon: '#e69f00',
  overdue: '#d55e00',
  lapsed: '#cc79a7',
}

/** A point of the trend line: `y` is null for a month hidden by the privacy floor or without a number (a gap). */
export interface TrendPoint {
  month: string
  rate: number | null
  hidden: boolean
  x: number
  y: number | null
}

export interface TrendGeometry {
  width: number
  height: number
  /** Space around the plot for the axis labels. */
  inset: number
}

export const TREND_GEOMETRY: TrendGeometry = { width: 600, height: 220, inset: 36 }

/** Oldest month at the start of the line: the left, or the right in a right-to-left language. */
export function trendPoints(months: readonly MonthRate[], rtl: boolean, geometry: TrendGeometry = TREND_GEOMETRY): TrendPoint[] {
  const { width, inset } = geometry
  const span = width - 2 * inset
  const step = months.length > 1 ? span / (months.length - 1) : 0
  return months.map((month, index) => {
    const along = months.length > 1 ? inset + index * step : width / 2
    const x = rtl ? width - along : along
    const shown = !month.hidden && month.rate !== null
    const y = shown ? yOf(month.rate ?? 0, geometry) : null
    return { month: month.month, rate: shown ? month.rate : null, hidden: month.hidden, x, y }
  })
}

export const yOf = (rate: number, { height, inset }: TrendGeometry = TREND_GEOMETRY): number =>
  height - inset - Math.min(1, Math.max(0, rate)) * (height - 2 * inset)

/** SVG path data: one run of `M … L …` per stretch of shown months, so a hidden month leaves a gap. */
export function trendPath(points: readonly TrendPoint[]): string {
  const runs: string[] = []
  let current: string[] = []
  for (const point of points) {
    if (point.y === null) {
      if (current.length > 0) runs.push(current.join(' '))
      current = []
      continue
    }
    current.push(`${current.length === 0 ? 'M' : 'L'}${round(point.x)} ${round(point.y)}`)
  }
  if (current.length > 0) runs.push(current.join(' '))
  return runs.join(' ')
}

const round = (value: number) => Math.round(value * 10) / 10

/** Whether any month is hidden: the chart then explains its gaps. */
export const hasGaps = (months: readonly MonthRate[]): boolean => months.some((month) => month.hidden || month.rate === null)

/** "januari 2026", "January 2026" for "2026-01" (the middle of the month, so no time zone moves it). */
export function monthLabel(month: string, locale: string, style: 'long' | 'short' = 'long'): string {
  const [year, number] = month.split('-').map(Number)
  if (!year || !number) return month
  return new Intl.DateTimeFormat(formattingLocale(locale), { year: 'numeric', month: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, number - 1, 15)),
  )
}

/** The index a key moves the focus to in a chart of `length` points; null for other keys. Arrows follow the screen. */
export function nextIndex(key: string, index: number, length: number, rtl: boolean): number | null {
  if (length === 0) return null
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight'
  const backward = rtl ? 'ArrowRight' : 'ArrowLeft'
  switch (key) {
    case forward:
      return Math.min(length - 1, index + 1)
    case backward:
      return Math.max(0, index - 1)
    case 'Home':
      return 0
    case 'End':
      return length - 1
    default:
      return null
  }
}
