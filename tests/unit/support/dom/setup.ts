import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// A step's tool is loaded on demand (components/on-demand.ts); the first load in a run compiles it, on a busy machine.
configure({ asyncUtilTimeout: 5000 })

// Vitest runs without globals, so Testing Library cannot register its own clean-up: each test starts on an empty page.
afterEach(() => cleanup())
