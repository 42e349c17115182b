import { safeStorage } from 'electron'
import type { Vault } from '../ports'

// safeStorage's async API. Linux's basic_text backend is not real protection, so it counts as memory-only.
export const safeStorageVault: Vault = {
  async protection() {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return 'memory-only'
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return 'memory-only'
    return 'encrypted'
  },
  encrypt: async (plain) => (await safeStorage.encryptStringAsync(plain)).toString('base64'),
  decrypt: async (sealed) => (await safeStorage.decryptStringAsync(Buffer.from(sealed, 'base64'))).result,
}
