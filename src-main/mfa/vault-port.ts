// The Vault port: safeStorage's async API in Electron; an in-memory stand-in in tests.
export interface Vault {
  /** 'encrypted' when secrets can be protected at rest; 'memory-only' (e.g. Linux basic_text) when they cannot. */
  protection(): Promise<'encrypted' | 'memory-only'>
  encrypt(plain: string): Promise<string>
  decrypt(sealed: string): Promise<string>
}
