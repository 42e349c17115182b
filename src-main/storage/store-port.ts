// The Store port for the side files (mfa.json, drafts.json, preferences.json): conf (storage/conf-store.ts) in
// Electron, in tests and in the browser harness. (The ledger writes its own JSON Lines file: ledger/ledger.ts.)
export interface DocumentStore {
  readonly path: string
  read(): unknown
  write(value: Record<string, unknown>): void
}

export type OpenStore = (options: { dir: string; name: string }) => DocumentStore

// Thrown by an adapter when the file exists but is not JSON; the caller moves it aside.
export class StoreUnreadableError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`The file ${path} could not be read as JSON.`, { cause })
    this.name = 'StoreUnreadableError'
  }
}
