// Built with main's config by tests/unit/main-bundle-store.test.ts and run in plain Node: the conf store as main's bundle
// has it (ajv, ajv-formats and semver left out), through the same adapter the app's stores use.
import { statSync } from 'node:fs'
import Conf from 'conf'
import { openConfStore } from '../../../src-main/storage/conf-store'

const dir = process.argv[2]!
const first = openConfStore({ dir, name: 'preferences' })
const empty = first.read()
first.write({ schemaVersion: 1, language: 'vi' })
const written = statSync(first.path)
const again = openConfStore({ dir, name: 'preferences' }).read()
// conf compares what it read with itself over the defaults when a store opens (node:assert's stand-in in main's
// bundle, electron.vite.config.ts): equal, it writes nothing back, so the file is the same file, untouched.
const reopened = statSync(first.path)
const rewritten = reopened.ino !== written.ino || reopened.mtimeMs !== written.mtimeMs
const nested = openConfStore({ dir, name: 'drafts' })
nested.write({ schemaVersion: 1, forms: { request: { values: { mobile: '+65 9123' } } } })
const nestedAgain = openConfStore({ dir, name: 'drafts' }).read()
const mode = statSync(first.path).mode & 0o777
let schema = ''
try {
  new Conf({ cwd: dir, configName: 'with-schema', schema: { n: { type: 'number' } } })
} catch (error) {
  schema = String(error)
}
process.stdout.write(JSON.stringify({ empty, again, rewritten, nestedAgain, mode, schema }))
