import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { AppState, AppStore } from './app-store'

export const StoreContext = createContext<AppStore | null>(null)

export function useAppStore(): AppStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useApp must be used inside StoreContext')
  return store
}

export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector)
}

// Selectors must return stable values: a fresh [] on every call makes React re-render forever.
export const NONE: readonly never[] = Object.freeze([])
