// Built with main's config by tests/unit/main-bundle-store.test.ts and run in plain Node: the conf store as main's bundle
// has it (ajv, ajv-formats and semver left out), through the same adapter the app's stores use.
import { statSync } from 'node:fs'
import Conf from 'conf'
import { openConfStore } from '../../../src-main/storage/conf-store'

const dir = process.argv[2]!
const first = openConfStore({ dir, name: 'preferences' })
const empty = first.read()
first.write({ schemaVersion: 1, language: 'vi' })
const again = openConfStore({ dir, name: 'preferences' }).read()
const mode = statSync(first.path).mode & 0o777
let schema = ''
try {
  new Conf({ cwd: dir, configName: 'with-schema', schema: { n: { type: 'number' } } })
} catch (error) {
  schema = String(error)
}
process.stdout.write(JSON.stringify({ empty, again, mode, schema }))
