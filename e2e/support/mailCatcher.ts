import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'

/**
 * A tiny SMTP server for the browser tests: the packaged app sends its real reminder e-mail here and each
 * message lands as an .eml file in `dir`, where specs read it (support/mail.ts). No TLS, no login: it only
 * listens on 127.0.0.1.
 */
export function startMailCatcher(port: number, dir: string): SMTPServer {
  mkdirSync(dir, { recursive: true })
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        count += 1
        writeFileSync(path.join(dir, `${Date.now()}-${count}.eml`), Buffer.concat(chunks))
        callback()
      })
    },
  })
  server.on('error', (error) => console.error('mail catcher:', error))
  server.listen(port, '127.0.0.1')
  // Never keeps the test runner alive on its own.
  server.server.unref()
  return server
}
