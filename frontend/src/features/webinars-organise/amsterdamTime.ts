/**
 * Organisers enter a webinar's date and times as the clock in the Netherlands shows them (issue #14: "start/end in
 * Europe/Amsterdam"), whatever zone their own device is in; the API wants instants. These helpers convert both ways
 * through the browser's time zone data, so the switch between CET (+01:00) and CEST (+02:00) falls where it should.
 */
export const WEBINAR_ZONE = 'Europe/Amsterdam'

const MINUTE = 60_000
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

const wallFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: WEBINAR_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
})

interface Wall {
  date: string
  time: string
}

function wallParts(instant: number): Record<string, string> {
  return Object.fromEntries(wallFormat.formatToParts(new Date(instant)).map((part) => [part.type, part.value]))
}

/** What a clock in Amsterdam shows at `instant`: `{date: "2026-12-07", time: "14:30"}`. */
export function toAmsterdamWall(instant: string | Date | number): Wall {
  const parts = wallParts(new Date(instant).getTime())
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` }
}

/** Amsterdam's offset from UTC in minutes at `instant` (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(instant: number): number {
  const parts = wallParts(instant)
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  )
  return Math.round((asUtc - Math.floor(instant / MINUTE) * MINUTE) / MINUTE)
}

export type WallProblem = 'invalid' | 'nonexistent'

/**
 * The instant (ISO-8601, UTC) at which Amsterdam's clocks show `date` (yyyy-mm-dd) and `time` (HH:mm). An hour that
 * is skipped when summer time starts (last Sunday of March, 02:00–02:59) does not exist: `nonexistent`. An hour that
 * happens twice when it ends (last Sunday of October, 02:00–02:59) is taken the first time, in summer time.
 */
export function fromAmsterdamWall(date: string, time: string): { instant: string } | { problem: WallProblem } {
  const day = DATE.exec(date)
  const clock = TIME.exec(time)
  if (!day || !clock) return { problem: 'invalid' }
  const [year, month, dayOfMonth] = [Number(day[1]), Number(day[2]), Number(day[3])]
  const asUtc = Date.UTC(year, month - 1, dayOfMonth, Number(clock[1]), Number(clock[2]))
  const check = new Date(asUtc)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth) return { problem: 'invalid' }
  // Both candidate offsets around the wall time; the earlier instant wins when both fit (the repeated hour).
  const candidates = [...new Set([amsterdamOffsetMinutes(asUtc - 3 * 60 * MINUTE), amsterdamOffsetMinutes(asUtc + 3 * 60 * MINUTE)])]
    .map((offset) => asUtc - offset * MINUTE)
    .filter((instant) => {
      const wall = toAmsterdamWall(instant)
      return wall.date === date && wall.time === time
    })
    .sort((a, b) => a - b)
  const first = candidates[0]
  return first === undefined ? { problem: 'nonexistent' } : { instant: new Date(first).toISOString().replace('.000Z', 'Z') }
}
