import { resolve } from 'node:path'
import { loadGuide } from '../../../src-main/guide/load-guide'
import { appLedgerFormat } from '../../../src-main/registry/format'

// The app's own ledger format, with the bundled guide, exactly as the app opens its ledger.
const guide = loadGuide(resolve('resources'))
if (!guide.ok) throw new Error(guide.error.message.id)
export const appFormat = appLedgerFormat(guide.value, '0.0.0-test')
