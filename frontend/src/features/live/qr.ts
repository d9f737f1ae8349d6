import qrcode from 'qrcode-generator'

/**
 * A QR code as one SVG path (a square per dark module), drawn in the browser: no image service, no
 * network. Error correction M survives a projector's glare and a slightly blurred phone photo.
 */
export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number
  d: string
}

export function qrPath(text: string): QrPath {
  const code = qrcode(0, 'M')
  code.addData(text, 'Byte')
  code.make()
  const size = code.getModuleCount()
  const parts: string[] = []
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (code.isDark(row, col)) parts.push(`M${col} ${row}h1v1h-1z`)
    }
  }
  return { size, d: parts.join('') }
}
