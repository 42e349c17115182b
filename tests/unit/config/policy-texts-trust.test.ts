import { chmodSync, chownSync, closeSync, copyFileSync, mkdirSync, openSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkHelpdeskPhone } from '../../../src-main/config/helpdesk-phone'
import { parseSddl } from '../../../src-main/config/sddl'
import { loadStartupConfig, loadSystemConfig, nodeProbe } from '../../../src-main/config/system-config'
import type { TrustProbe } from '../../../src-main/config/system-config'
import { policyIds } from '../../../src-shared/policy-schema'
import type { Policies } from '../../../src-shared/policy-schema'
import { english } from '../../support/english'
import { startCore } from '../support/core-harness'
import { copyResources, editPolicy, policyPath, REAL_RESOURCES } from '../support/temp-resources'
import { useTempDirs } from '../support/temp-dir'

// N5: policyTextsDir from the system configuration gets the system file's trust rules, for the folder and for each file,
// checked on the handle each file is read from; links are refused on every system. One file or the folder not trusted
// means none of that folder is used: the bundled texts are, with a problem saying why. Sessions and CI run as root, so
// real temp files are root-owned and chown makes one that is not.

// Root is needed to make files owned by root and to hand one to another user; a runner that is not root (macOS and
// Windows on GitHub) says so instead of failing for the wrong reason.
const AS_ROOT = process.getuid?.() === 0
if (!AS_ROOT) console.info(`NOT RUN: policy-texts-trust.test.ts needs root (chown, root-owned files); this process is not root.`)
const tempDir = useTempDirs()
const LOCKED_FOLDER = 'O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)'
const LOCKED_FILE = 'O:BAG:SYD:AI(A;ID;FA;;;SY)(A;ID;FA;;;BA)(A;ID;0x1200a9;;;BU)'
const INHERITED_FOLDER = 'O:BAG:SYD:AI(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIID;0x1200a9;;;BU)(A;CIID;DCLCRPCR;;;BU)'

/** A root-owned system config (0644 in a 0755 folder) naming a root-owned folder of edited policy texts. */
function deployed(): { config: string; policies: string } {
  const resources = copyResources(tempDir())
  for (const id of policyIds) editPolicy(resources, id, (text) => `${text}\nAgency addendum for ${id}.\n`)
  const policies = join(resources, 'policies')
  chmodSync(policies, 0o755)
  for (const id of policyIds) chmodSync(policyPath(resources, id), 0o644)
  const folder = join(tempDir(), 'etc')
  mkdirSync(folder)
  chmodSync(folder, 0o755)
  const config = join(folder, 'config.json')
  writeFileSync(config, JSON.stringify({ policyTextsDir: policies }), { mode: 0o644 })
  return { config, policies }
}

async function listed(config: string, probe: TrustProbe = nodeProbe('linux')): Promise<Policies> {
  const loaded = loadSystemConfig(config, probe)
  const h = startCore({
    dataDir: tempDir(),
    ...(loaded.policyTextsDir ? { policiesDir: loaded.policyTextsDir } : {}),
    ...(loaded.vetPolicyText ? { vetPolicyText: loaded.vetPolicyText } : {}),
  })
  await h.act('profile:save', { audience: 'vendor', seed: 'yes', orgEmail: 'ana@acme.com', onboardingEmailOn: null })
  return h.value<Policies>('policy:list')
}

const file = (policies: string, id: string) => join(policies, `${id}.md`)
const ignored = (path: string, why: string) => `The policy file ${path} was ignored, and the policies that come with the app are shown instead. ${why}`

function expectBundled(list: Policies, problem: string) {
  expect(list.problems.map((p) => english(p.message))).toEqual([problem])
  expect(list.samples).toBe(true)
  expect(list.policies.map((p) => p.id).sort()).toEqual([...policyIds].sort())
  for (const policy of list.policies) {
    expect(policy.file).toBe(policyPath(REAL_RESOURCES, policy.id))
    expect(policy.markdown).not.toContain('Agency addendum')
  }
}

describe.runIf(AS_ROOT)('N5: policyTextsDir under the system file trust rules', () => {
  it('a root-owned folder of root-owned files that only root may write: its texts are used (the control)', async () => {
    const { config, policies } = deployed()
    const list = await listed(config)
    expect(list.problems).toEqual([])
    expect(list.samples).toBe(false)
    for (const policy of list.policies) {
      expect(policy.file).toBe(file(policies, policy.id))
      expect(policy.markdown).toContain(`Agency addendum for ${policy.id}`)
    }
  })

  it.each([
    ['group', 0o775],
    ['other', 0o757],
  ])('a %s-writable folder: refused, the bundled texts used', async (_, mode) => {
    const { config, policies } = deployed()
    chmodSync(policies, mode)
    expectBundled(
      await listed(config),
      ignored(file(policies, 'privacy-policy'), 'Ordinary users can change it: users other than root may write to its folder.'),
    )
  })

  it('a file owned by another user: refused, the bundled texts used', async () => {
    const { config, policies } = deployed()
    chownSync(file(policies, 'terms-of-use'), 1000, 1000)
    expectBundled(await listed(config), ignored(file(policies, 'terms-of-use'), 'Ordinary users can change it: it is not owned by root.'))
  })

  it('a group-writable file: refused, the bundled texts used', async () => {
    const { config, policies } = deployed()
    chmodSync(file(policies, 'mdm-aup'), 0o664)
    expectBundled(await listed(config), ignored(file(policies, 'mdm-aup'), 'Ordinary users can change it: users other than root may write to it.'))
  })

  it('a symlinked file, even to a root-owned file in a safe folder: refused, the bundled texts used', async () => {
    const { config, policies } = deployed()
    const safe = join(tempDir(), 'safe')
    mkdirSync(safe)
    chmodSync(safe, 0o755)
    const target = join(safe, 'terms-of-use.md')
    copyFileSync(file(policies, 'terms-of-use'), target)
    rmSync(file(policies, 'terms-of-use'))
    symlinkSync(target, file(policies, 'terms-of-use'))
    expectBundled(await listed(config), ignored(file(policies, 'terms-of-use'), 'It is a link (a symbolic link or a junction) to another place.'))
  })

  it('a policyTextsDir that is itself a link: refused, the bundled texts used', async () => {
    const { config, policies } = deployed()
    const linked = join(tempDir(), 'linked-policies')
    symlinkSync(policies, linked)
    writeFileSync(config, JSON.stringify({ policyTextsDir: linked }), { mode: 0o644 })
    expectBundled(await listed(config), ignored(file(linked, 'privacy-policy'), 'Its folder is a link (a symbolic link or a junction) to another place.'))
  })

  it('Windows (sample ACLs; Get-Acl needs Windows): a folder Users may write to is refused', async () => {
    const { config, policies } = deployed()
    const probe: TrustProbe = {
      ...nodeProbe('win32'),
      acls: (paths) => paths.map((p, i) => parseSddl(i === 0 ? LOCKED_FILE : p === policies ? INHERITED_FOLDER : LOCKED_FOLDER)!),
    }
    expectBundled(await listed(config, probe), ignored(file(policies, 'privacy-policy'), 'Ordinary users can change it: Users may write to its folder.'))
  })

  it('Windows: a policy file swapped for another while Get-Acl runs is refused', async () => {
    const { config, policies } = deployed()
    const planted = join(policies, 'planted.md')
    copyFileSync(file(policies, 'mdm-aup'), planted)
    const probe: TrustProbe = {
      ...nodeProbe('win32'),
      acls: (paths) => {
        if (paths[0] === file(policies, 'mdm-aup')) renameSync(planted, paths[0])
        return paths.map((_, i) => parseSddl(i === 0 ? LOCKED_FILE : LOCKED_FOLDER)!)
      },
    }
    expectBundled(await listed(config, probe), ignored(file(policies, 'mdm-aup'), 'It was replaced by another file while the app checked it.'))
  })

  it('a helpdesk phone checked after start keeps the rules for the policy texts', async () => {
    const { config, policies } = deployed()
    writeFileSync(config, JSON.stringify({ policyTextsDir: policies, helpdesk: { phone: '+6561234567', email: 'help@agency.gov.sg' } }))
    const checked = await checkHelpdeskPhone(loadSystemConfig(config, nodeProbe('linux')))
    expect(checked.settings.helpdesk?.phone).toBe('+65 6123 4567')
    chmodSync(policies, 0o777)
    const fd = openSync(file(policies, 'terms-of-use'), 'r')
    try {
      expect(checked.vetPolicyText?.(file(policies, 'terms-of-use'), fd)).toMatchObject({ id: 'config.trust.folder-writable' })
    } finally {
      closeSync(fd)
    }
  })

  it('a test file named by TECHPASS_CONFIG (unpackaged only) is not checked, and neither are its policy texts', async () => {
    const { config } = deployed()
    chmodSync(config, 0o666)
    const loaded = await loadStartupConfig(false, { TECHPASS_CONFIG: config })
    expect(loaded.policyTextsDir).not.toBeNull()
    expect(loaded.vetPolicyText).toBeUndefined()
  })
})
