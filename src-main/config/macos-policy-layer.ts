import { lstatSync } from 'node:fs'
import { inner, say } from '../../src-shared/message'
import { configNotices as notice, trustReasons } from '../../src-shared/messages/config'
import type { PolicyLayer, PolicySource } from './config-file'
import { managedPlistPath, readManagedPlist } from './managed-plist'
import type { OpenFile } from './managed-plist'
import type { PlistValue, PlistValues } from './plist'
import { APP_BUNDLE_ID } from './policy-declaration'
import { policyLayer, unusableLayer } from './policy-layer'
import type { DeclaredPolicy, StoreLookup } from './policy-layer'

// macOS: the managed preferences a configuration profile leaves in /Library/Managed Preferences/<bundle id>.plist, read
// by managed-plist.ts (root's file, checked with fstat on the handle read) with the plist parser (plist.ts and the binary
// and XML readers, @xmldom/xmldom), which is loaded with import() on macOS only, so it never loads on another system.

// The plist type each declared type is written as (the generated .mobileconfig).
const PLIST_TYPE = { string: 'string', enum: 'string', dword: 'integer', boolean: 'boolean', list: 'array' } as const

function plistTypeOf(value: PlistValue): string {
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'real'
  if (typeof value === 'object') return 'dict'
  return typeof value
}

function lookupIn(plist: PlistValues, declared: DeclaredPolicy): StoreLookup {
  const expected = PLIST_TYPE[declared.type]
  const value = plist.values.get(declared.policy)
  if (value === undefined) {
    // A date or data under a policy's name: the wrong type, said as such.
    const ignored = plist.ignored.find((i) => i.key === declared.policy)
    return ignored ? { state: 'wrong-type', found: ignored.reason, expected } : { state: 'absent' }
  }
  const found = plistTypeOf(value)
  // A real where an integer is wanted is left for the schema, which says "a whole number from … to …".
  const fits = found === expected || (expected === 'integer' && found === 'real')
  return fits ? { state: 'set', value } : { state: 'wrong-type', found, expected }
}

const entryAt = (path: string): boolean => {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined
  } catch {
    return true
  }
}

/**
 * The managed preferences, or null when there are none (no file). A file ordinary users could have changed, or that is
 * not a property list, is a notice, and no preference applies; the file and the defaults still do.
 */
export async function macosPolicyLayer(path = managedPlistPath(APP_BUNDLE_ID), open?: OpenFile): Promise<PolicyLayer | null> {
  const source: PolicySource = { kind: 'macos-managed', where: path }
  // A Mac with no profile for the app (most unmanaged ones) does not load the parser. Anything at the path, a link
  // included, goes to the reader, which checks the file it opens.
  if (!entryAt(path)) return null
  const { parsePlist } = await import('./plist')
  const read = readManagedPlist(path, parsePlist, open)
  if (!read.ok) {
    const { error } = read
    if (error.refusal === 'untrusted') return unusableLayer(source, say(notice.storeIgnored, { where: path, reason: inner(error.reason) }))
    if (error.refusal === 'link') return unusableLayer(source, say(notice.storeIgnored, { where: path, reason: inner(say(trustReasons.fileIsLink)) }))
    if (error.refusal === 'not-a-file') return unusableLayer(source, say(notice.storeIgnored, { where: path, reason: inner(say(trustReasons.notAFile)) }))
    return unusableLayer(source, say(notice.storeUnreadable, { where: path }))
  }
  if (!read.value.present) return null
  return policyLayer(source, (declared) => lookupIn(read.value, declared))
}
