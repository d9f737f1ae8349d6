import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect } from '@playwright/test'

/** One e-mail caught by support/mailCatcher.ts, headers unfolded and the text body decoded. */
export interface Mail {
  headers: Record<string, string>
  body: string
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

export function parseMail(raw: string): Mail {
  const split = raw.search(/\r?\n\r?\n/)
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ')
  const headers: Record<string, string> = {}
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  const rawBody = raw.slice(split).replace(/^\r?\n\r?\n/, '')
  // Jakarta Mail wraps the text in multipart/mixed: the body is the first part's, decoded by that part's headers.
  const boundary = /^multipart\/.*boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1]
  if (boundary) {
    const firstPart = rawBody.split(`--${boundary}`)[1]?.replace(/^\r?\n/, '') ?? ''
    return { headers, body: parseMail(firstPart).body }
  }
  const encoding = (headers['content-transfer-encoding'] ?? '').toLowerCase()
  const body =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(rawBody)
      : encoding === 'base64'
        ? Buffer.from(rawBody.replace(/\s+/g, ''), 'base64').toString('utf8')
        : rawBody
  return { headers, body }
}

/** Waits until a message to `recipient` has arrived (the app's reminder job runs every few seconds). */
export async function waitForMailTo(recipient: string, timeout = 45_000): Promise<Mail> {
  let found: Mail | undefined
  await expect
    .poll(
      () => {
        const dir = mailDir()
        if (!existsSync(dir)) return false
        for (const file of readdirSync(dir).sort()) {
          const mail = parseMail(readFileSync(path.join(dir, file), 'utf8'))
          if ((mail.headers.to ?? '').includes(recipient)) {
            found = mail
            return true
          }
        }
        return false
      },
      { message: `an e-mail to ${recipient}`, timeout, intervals: [500] },
    )
    .toBe(true)
  return found as Mail
}

/** The first link in the body that starts with `prefix` (the app's public URL plus a path). */
export function linkIn(text: string, prefix: string): string {
  const at = text.indexOf(prefix)
  if (at < 0) throw new Error(`No link starting with ${prefix} in:\n${text}`)
  return /^\S+/.exec(text.slice(at))?.[0] ?? ''
}
