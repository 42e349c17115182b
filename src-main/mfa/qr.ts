import QRCode from 'qrcode'

// Medium error correction and a quiet zone, large enough to scan from a laptop screen.
export const toQrDataUrl = (text: string): Promise<string> =>
  QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 264, type: 'image/png' })
