// qrcode loads when the first practice QR code is drawn, not with the rest of main at start-up.
const loadQrCode = () => import('qrcode')

// Medium error correction and a quiet zone, large enough to scan from a laptop screen.
export async function toQrDataUrl(text: string): Promise<string> {
  const { default: QRCode } = await loadQrCode()
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 264, type: 'image/png' })
}
