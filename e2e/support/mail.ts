import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect } from '@playwright/test'

/** One e-mail caught by support/mailCatcher.ts, headers unfolded and the text body decoded. */
export interface Mail {
  headers: Record<string, string>
  body: string
  /** The text/calendar part (a webinar invitation, RFC 6047), unfolded lines as sent; null when there is none. */
  calendar: string | null
}

const mailDir = () => {
  const dir = process.env.SIGNAAL_E2E_MAIL_DIR
  if (!dir) throw new Error('SIGNAAL_E2E_MAIL_DIR is not set: playwright.config.ts starts the mail catcher')
  return dir
}

/** Quoted-printable (what Jakarta Mail uses for long or non-ASCII lines) back to UTF-8 text. */
export function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = []
  const joined = text.replace(/=\r?\n/g, '')
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3)
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

interface Part {
  headers: Record<string, string>
  body: string
}

function headersOf(head: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return headers
}

/** The leaf parts of a message in order, each body decoded by its own Content-Transfer-Encoding. */
function leafParts(raw: string): Part[] {
  const split = raw.search(/\r?\n\r?\n/)
  const headers = headersOf(split < 0 ? raw : raw.slice(0, split))
  const rawBody = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '')
  const boundary = /^multipart\/.*boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1]
  if (boundary) {
    const end = rawBody.indexOf(`--${boundary}--`)
    return (end < 0 ? rawBody : rawBody.slice(0, end))
      .split(`--${boundary}`)
      .slice(1)
      .flatMap((part) => leafParts(part.replace(/^\r?\n/, '')))
  }
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase()
  const body =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(rawBody)
      : encoding === 'base64'
        ? Buffer.from(rawBody.replace(/\s+/g, ''), 'base64').toString('utf8')
        : rawBody
  return [{ headers, body }]
}

export function parseMail(raw: string): Mail {
  const split = raw.search(/\r?\n\r?\n/)
  const headers = headersOf(raw.slice(0, split))
  // Jakarta Mail wraps the text in multipart/mixed: the body is the first part's; an invitation rides along as a
  // text/calendar part (webinars, issue 14).
  const parts = leafParts(raw)
  const calendar = parts.find((part) => /^text\/calendar/i.test(part.headers['content-type'] ?? ''))
  return {
    headers,
    body: parts[0]?.body ?? '',
    calendar: calendar ? calendar.body.replace(/\r?\n[ \t]/g, '') : null,
  }
}

/** Every message to `recipient` so far, oldest first. */
export function mailsTo(recipient: string): Mail[] {
  const dir = mailDir()
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .map((file) => parseMail(readFileSync(path.join(dir, file), 'utf8')))
    .filter((mail) => (mail.headers.to ?? '').includes(recipient))
}

/** Waits until a message to `recipient` that `matches` has arrived (the outbox sends every few seconds). */
export async function waitForMailMatching(
  recipient: string,
  matches: (mail: Mail) => boolean,
  description: string,
  timeout = 45_000,
): Promise<Mail> {
  let found: Mail | undefined
  await expect
    .poll(
      () => {
        found = mailsTo(recipient).find(matches)
        return found !== undefined
      },
      { message: `an e-mail to ${recipient}: ${description}`, timeout, intervals: [500] },
    )
    .toBe(true)
  return found as Mail
}

/** Waits until a message to `recipient` has arrived (the app's reminder job runs every few seconds). */
export function waitForMailTo(recipient: string, timeout = 45_000): Promise<Mail> {
  return waitForMailMatching(recipient, () => true, 'any', timeout)
}

/** The first link in the body that starts with `prefix` (the app's public URL plus a path). */
export function linkIn(text: string, prefix: string): string {
  const at = text.indexOf(prefix)
  if (at < 0) throw new Error(`No link starting with ${prefix} in:\n${text}`)
  return /^\S+/.exec(text.slice(at))?.[0] ?? ''
}
