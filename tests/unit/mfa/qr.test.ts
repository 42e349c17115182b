import jsQR from 'jsqr'
import QRCode from 'qrcode'
import { generateSync } from 'otplib'
import { describe, expect, it } from 'vitest'
import type { Enrolment } from '../../../src-shared/mfa-schema'
import { toQrDataUrl } from '../../../src-main/mfa/qr'
import { newSecret, otpauthUri } from '../../../src-main/mfa/totp'
import { startApp } from './mfa-harness'
import { decodePng, pngFromDataUrl } from './png-pixels'

function scan(dataUrl: string): string {
  const { width, height, rgba } = decodePng(pngFromDataUrl(dataUrl))
  const found = jsQR(rgba, width, height)
  if (!found) throw new Error('the QR code could not be decoded')
  return found.data
}

describe('toQrDataUrl', () => {
  it('is a PNG data URL of a 264-pixel square', async () => {
    const url = await toQrDataUrl(otpauthUri(newSecret()))
    expect(url.startsWith('data:image/png;base64,')).toBe(true)
    const { width, height } = decodePng(pngFromDataUrl(url))
    expect([width, height]).toEqual([264, 264])
  })

  it('decodes to exactly the otpauth URI it was given', async () => {
    for (let i = 0; i < 3; i++) {
      const uri = otpauthUri(newSecret())
      expect(scan(await toQrDataUrl(uri))).toBe(uri)
    }
  })

  it('the helper really reads the image: another URI gives another result', async () => {
    const a = otpauthUri(newSecret())
    const b = otpauthUri(newSecret())
    expect(scan(await toQrDataUrl(b))).not.toBe(a)
  })

  it('draws the medium-error-correction matrix of the URI, module for module, with a light quiet zone', async () => {
    const uri = otpauthUri(newSecret())
    const { width, rgba } = decodePng(pngFromDataUrl(await toQrDataUrl(uri)))
    const { modules } = QRCode.create(uri, { errorCorrectionLevel: 'M' })
    const margin = 2
    const scale = width / (modules.size + margin * 2)
    const darkAt = (x: number, y: number) => rgba[(y * width + x) * 4]! < 128
    const centre = (k: number) => Math.floor((margin + k + 0.5) * scale)
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) expect(darkAt(centre(col), centre(row))).toBe(Boolean(modules.get(row, col)))
    }
    for (let k = 0; k < Math.floor(margin * scale); k++) {
      expect(darkAt(k, k)).toBe(false)
      expect(darkAt(width - 1 - k, k)).toBe(false)
    }
  })
})

describe('mfa:enrol through the dispatcher', () => {
  it('sends a QR code of the otpauth URI for the key it shows in groups of four', async () => {
    const app = startApp()
    const { enrolment, secret } = await app.enrol()
    expect(enrolment.keyGroups).toHaveLength(8)
    expect(enrolment.keyGroups.every((g) => /^[A-Z2-7]{4}$/.test(g))).toBe(true)
    expect(scan(enrolment.qrDataUrl)).toBe(otpauthUri(secret))
    expect(enrolment.issuer).toBe('TechPass PRACTICE')
    expect(enrolment.account).toBe('Practice only - remove after')
  })

  it('a phone that scanned the QR code produces codes that are accepted', async () => {
    const app = startApp()
    const { enrolment } = await app.enrol()
    const scanned = new URL(scan(enrolment.qrDataUrl)).searchParams.get('secret') ?? ''
    const code = generateSync({ secret: scanned, epoch: Math.floor(app.clock.now().getTime() / 1000) })
    expect((await app.outcome(code)).result).toBe('accepted')
  })

  it('mfa:reveal shows the same key and QR code again without a new secret', async () => {
    const app = startApp()
    const { secret } = await app.enrol()
    const again = await app.value<Enrolment>('mfa:reveal')
    expect(again.keyGroups.join('')).toBe(secret)
    expect(scan(again.qrDataUrl)).toBe(otpauthUri(secret))
  })
})
