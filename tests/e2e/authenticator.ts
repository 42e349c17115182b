import jsQR from 'jsqr'
import { generateSync } from 'otplib'
import type { Page } from '@playwright/test'

// The test plays Microsoft Authenticator: it reads the QR code off the screen and computes codes itself.
export async function scanQr(page: Page): Promise<URL> {
  const pixels = await page.getByTestId('practice-qr').evaluate(async (img: HTMLImageElement) => {
    await img.decode()
    const canvas = document.createElement('canvas')
    canvas.width = img.naturalWidth
    canvas.height = img.naturalHeight
    const ctx = canvas.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height)
    return { width: data.width, height: data.height, rgba: Array.from(data.data) }
  })
  const decoded = jsQR(Uint8ClampedArray.from(pixels.rgba), pixels.width, pixels.height)
  if (!decoded) throw new Error('The QR code on screen could not be decoded')
  return new URL(decoded.data)
}

export const secretOf = (uri: URL): string => uri.searchParams.get('secret') ?? ''

/** The code a phone would show, with its clock `offsetSeconds` ahead (negative: behind) of `nowMs`. */
export const codeFor = (secret: string, offsetSeconds = 0, nowMs = Date.now()): string =>
  generateSync({ secret, epoch: Math.floor(nowMs / 1000) + offsetSeconds })
