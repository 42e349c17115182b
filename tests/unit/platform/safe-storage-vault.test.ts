import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// safeStorage stubs: the async API encrypts by reversing and tagging, so a round trip is observable.
const safeStorage = vi.hoisted(() => ({
  isAsyncEncryptionAvailable: vi.fn<() => Promise<boolean>>(),
  getSelectedStorageBackend: vi.fn<() => string>(),
  encryptStringAsync: vi.fn<(plain: string) => Promise<Buffer>>(),
  decryptStringAsync: vi.fn<(sealed: Buffer) => Promise<{ shouldReEncrypt: boolean; result: string }>>(),
}))
vi.mock('electron', () => ({ safeStorage }))

const { safeStorageVault } = await import('../../../src-main/platform/safe-storage-vault')

const realPlatform = Object.getOwnPropertyDescriptor(process, 'platform')!
const setPlatform = (value: NodeJS.Platform) => Object.defineProperty(process, 'platform', { ...realPlatform, value })

beforeEach(() => {
  vi.clearAllMocks()
  safeStorage.isAsyncEncryptionAvailable.mockResolvedValue(true)
  safeStorage.getSelectedStorageBackend.mockReturnValue('gnome_libsecret')
  safeStorage.encryptStringAsync.mockImplementation(async (plain) =>
    Buffer.concat([Buffer.from('v11'), Buffer.from([...Buffer.from(plain, 'utf8')].reverse())]),
  )
  safeStorage.decryptStringAsync.mockImplementation(async (sealed) => ({
    shouldReEncrypt: false,
    result: Buffer.from([...sealed.subarray(3)].reverse()).toString('utf8'),
  }))
})
afterEach(() => {
  Object.defineProperty(process, 'platform', realPlatform)
})

describe('safeStorageVault.protection', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('on %s with async encryption unavailable it is memory-only', async (platform) => {
    setPlatform(platform)
    safeStorage.isAsyncEncryptionAvailable.mockResolvedValue(false)
    expect(await safeStorageVault.protection()).toBe('memory-only')
  })

  it('on Linux with only the basic_text backend it is memory-only', async () => {
    setPlatform('linux')
    safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text')
    expect(await safeStorageVault.protection()).toBe('memory-only')
  })

  it.each(['gnome_libsecret', 'kwallet5', 'kwallet6'])('on Linux with the %s backend it is encrypted', async (backend) => {
    setPlatform('linux')
    safeStorage.getSelectedStorageBackend.mockReturnValue(backend)
    expect(await safeStorageVault.protection()).toBe('encrypted')
  })

  it.each(['darwin', 'win32'] as const)('on %s with async encryption available it is encrypted', async (platform) => {
    setPlatform(platform)
    expect(await safeStorageVault.protection()).toBe('encrypted')
  })

  it('only asks Linux for its backend', async () => {
    setPlatform('darwin')
    safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text')
    expect(await safeStorageVault.protection()).toBe('encrypted')
    expect(safeStorage.getSelectedStorageBackend).not.toHaveBeenCalled()
  })
})

describe('safeStorageVault encrypt and decrypt', () => {
  it('encrypt is the base64 of the Buffer from encryptStringAsync', async () => {
    const sealed = await safeStorageVault.encrypt('GEZDGNBVGY3TQOJQ')
    expect(safeStorage.encryptStringAsync).toHaveBeenCalledWith('GEZDGNBVGY3TQOJQ')
    const expected = await safeStorage.encryptStringAsync.mock.results[0]!.value
    expect(sealed).toBe(expected.toString('base64'))
    expect(sealed).not.toContain('GEZDGNBVGY3TQOJQ')
  })

  it('decrypt hands decryptStringAsync the decoded Buffer and returns its result', async () => {
    const sealed = Buffer.from('v11QJOQT3YG').toString('base64')
    expect(await safeStorageVault.decrypt(sealed)).toBe('GY3TQOJQ')
    const given = safeStorage.decryptStringAsync.mock.calls[0]![0]
    expect(Buffer.isBuffer(given)).toBe(true)
    expect(given.toString('latin1')).toBe('v11QJOQT3YG')
  })

  it('a secret round-trips through encrypt and decrypt', async () => {
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
    expect(await safeStorageVault.decrypt(await safeStorageVault.encrypt(secret))).toBe(secret)
  })

  it('a failure in safeStorage is passed on, not swallowed', async () => {
    safeStorage.decryptStringAsync.mockRejectedValue(new Error('key store locked'))
    await expect(safeStorageVault.decrypt('AAAA')).rejects.toThrow('key store locked')
  })
})
