import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { Vault } from '../../src-main/ports'

// The test side of the Vault port: AES-GCM with a key that lives only in this process, standing in for
// the OS key store. With 'memory-only' it behaves like Linux's basic_text backend.
export function memoryVault(protection: 'encrypted' | 'memory-only' = 'encrypted'): Vault {
  const key = randomBytes(32)
  return {
    protection: async () => protection,
    async encrypt(plain) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
    },
    async decrypt(sealed) {
      const raw = Buffer.from(sealed, 'base64')
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12))
      decipher.setAuthTag(raw.subarray(12, 28))
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
    },
  }
}
