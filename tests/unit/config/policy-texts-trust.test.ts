import { chmodSync, chownSync, closeSync, copyFileSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { checkHelpdeskPhone } from '../../../src-main/config/helpdesk-phone'
import { parseSddl } from '../../../src-main/config/sddl'
import { loadStartupConfig, loadSystemConfig, nodeProbe } from '../../../src-main/config/system-config'
import type { RunTool, TrustProbe } from '../../../src-main/config/system-config'
import { loadPolicyTexts } from '../../../src-main/policies/load-policies'
import { policyIds } from '../../../src-shared/policy-ids'
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
/** The config file and the policy texts are files; every other path Get-Acl is asked about is a folder. */
const isFile = (path: string) => /\.(md|json)$/.test(path)
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
      acls: (paths) => paths.map((p) => parseSddl(isFile(p) ? LOCKED_FILE : p === policies ? INHERITED_FOLDER : LOCKED_FOLDER)!),
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
        if (paths.includes(file(policies, 'mdm-aup'))) renameSync(planted, file(policies, 'mdm-aup'))
        return paths.map((p) => parseSddl(isFile(p) ? LOCKED_FILE : LOCKED_FOLDER)!)
      },
    }
    // The three files are checked together, and the rename changed the folder they share while they were: each is
    // refused, and the first is named.
    expectBundled(await listed(config, probe), ignored(file(policies, 'privacy-policy'), 'It was replaced by another file while the app checked it.'))
  })

  it('a helpdesk phone checked after start keeps the rules for the policy texts', async () => {
    const { config, policies } = deployed()
    writeFileSync(config, JSON.stringify({ policyTextsDir: policies, helpdesk: { phone: '+6561234567', email: 'help@agency.gov.sg' } }))
    const checked = await checkHelpdeskPhone(loadSystemConfig(config, nodeProbe('linux')))
    expect(checked.settings.helpdesk?.phone).toBe('+65 6123 4567')
    chmodSync(policies, 0o777)
    const fd = openSync(file(policies, 'terms-of-use'), 'r')
    try {
      expect(checked.vetPolicyText?.([{ path: file(policies, 'terms-of-use'), fd }])).toMatchObject([{ id: 'config.trust.folder-writable' }])
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

// Get-Acl runs in PowerShell, which takes about a second to start on Windows: the policy texts are checked in one run for
// all of them and their folder, never one run per file. These fake Get-Acl (the files are real; the trust rules read
// only the ACLs it returns), so they need neither Windows nor root.
describe('policyTextsDir on Windows: one Get-Acl run for all the policy texts', () => {
  const USERS_MAY_WRITE_FILE = 'O:BAG:SYD:AI(A;ID;FA;;;SY)(A;ID;FA;;;BA)(A;ID;0x1301bf;;;BU)'
  const OWNED_BY_A_USER = 'O:S-1-5-21-1-2-3-1001G:SYD:AI(A;ID;FA;;;SY)(A;ID;FA;;;BA)(A;ID;0x1200a9;;;BU)'

  /** A Get-Acl stand-in: the SDDL of each path it is asked about, one line each, as PowerShell prints them. */
  function getAcl(sddlOf: (path: string) => string, during: (paths: string[]) => void = () => {}) {
    return vi.fn<RunTool>((_file, _args, env) => {
      const paths = env.TECHPASS_ACL_PATHS!.split('|')
      during(paths)
      return `${paths.map(sddlOf).join('\r\n')}\r\n`
    })
  }
  const locked = (path: string) => (isFile(path) ? LOCKED_FILE : LOCKED_FOLDER)

  /** The system file checked, then the texts: how many Get-Acl runs the texts took, what they asked, what loaded. */
  function loadTexts(run: ReturnType<typeof getAcl>) {
    const { config } = deployed()
    const loaded = loadSystemConfig(config, nodeProbe('win32', run))
    expect(loaded.policyTextsDir).not.toBeNull()
    const before = run.mock.calls.length
    expect(before).toBe(1)
    const texts = loadPolicyTexts(join(REAL_RESOURCES, 'policies'), loaded.policyTextsDir!, loaded.vetPolicyText)
    const calls = run.mock.calls.slice(before)
    return { texts, runs: calls.length, asked: calls.map(([, , env]) => env.TECHPASS_ACL_PATHS!.split('|')), policies: loaded.policyTextsDir! }
  }
  const problemsOf = (texts: ReturnType<typeof loadPolicyTexts>) => texts.problems.map((p) => english(p.message))

  it('three trusted files: one run, asked about each file and their folder once, and the texts are used', () => {
    const { texts, runs, asked, policies } = loadTexts(getAcl(locked))
    expect(runs).toBe(1)
    expect(asked).toEqual([[...policyIds.map((id) => file(policies, id)), policies]])
    expect(texts.official).toBe(true)
    expect(texts.problems).toEqual([])
    expect(texts.policies.map((p) => p.file)).toEqual(policyIds.map((id) => file(policies, id)))
  })

  it('N opened files, one run: the check takes them all at once, whatever N is', () => {
    const run = getAcl(locked)
    const { config, policies } = deployed()
    const vet = loadSystemConfig(config, nodeProbe('win32', run)).vetPolicyText!
    for (const n of [1, 3, 10]) {
      const paths = Array.from({ length: n }, (_, i) => file(policies, `extra-${i}`))
      for (const path of paths) writeFileSync(path, 'text')
      const fds = paths.map((path) => openSync(path, 'r'))
      try {
        const before = run.mock.calls.length
        expect(vet(paths.map((path, i) => ({ path, fd: fds[i]! })))).toEqual(paths.map(() => null))
        expect(run.mock.calls.length - before).toBe(1)
        expect(run.mock.calls.at(-1)![2].TECHPASS_ACL_PATHS).toBe([...paths, policies].join('|'))
      } finally {
        for (const fd of fds) closeSync(fd)
      }
    }
  })

  it.each([
    ['a file Users may write to', 'terms-of-use', USERS_MAY_WRITE_FILE, 'Ordinary users can change it: Users may write to it.'],
    ['a file owned by a user', 'mdm-aup', OWNED_BY_A_USER, 'Ordinary users can change it: it is not owned by Administrators or SYSTEM.'],
  ])('%s: refused in that one run, that file named, the bundled texts used', (_, id, sddl, reason) => {
    const { texts, runs, policies } = loadTexts(getAcl((p) => (p.endsWith(`${id}.md`) ? sddl : locked(p))))
    expect(runs).toBe(1)
    expect(texts.official).toBe(false)
    expect(problemsOf(texts)).toEqual([ignored(file(policies, id), reason)])
    expect(texts.policies.map((p) => p.file)).toEqual(policyIds.map((i) => policyPath(REAL_RESOURCES, i)))
  })

  it('a folder Users may write to: refused in that one run, the first file named', () => {
    const { texts, runs, policies } = loadTexts(getAcl((p) => (isFile(p) || !p.endsWith('policies') ? locked(p) : INHERITED_FOLDER)))
    expect(runs).toBe(1)
    expect(problemsOf(texts)).toEqual([ignored(file(policies, 'privacy-policy'), 'Ordinary users can change it: Users may write to its folder.')])
  })

  it('a file swapped for another while Get-Acl runs: refused, as before', () => {
    let swapped = false
    const run = getAcl(locked, (paths) => {
      const target = paths.find((p) => p.endsWith('terms-of-use.md'))
      if (!target || swapped) return
      swapped = true
      // Another file (another inode) put at the path: the folder changes too, so every file in it is refused.
      writeFileSync(`${target}.new`, readFileSync(target))
      renameSync(`${target}.new`, target)
    })
    const { texts, runs, policies } = loadTexts(run)
    expect(runs).toBe(1)
    expect(problemsOf(texts)).toEqual([ignored(file(policies, 'privacy-policy'), 'It was replaced by another file while the app checked it.')])
  })

  it('Get-Acl answers one line short, or cannot run: every file unchecked, refused, in one run', () => {
    const short = loadTexts(
      vi.fn<RunTool>((_f, _a, env) => (env.TECHPASS_ACL_PATHS!.includes('.md') ? `${LOCKED_FILE}\r\n` : `${LOCKED_FILE}\r\n${LOCKED_FOLDER}\r\n`)),
    )
    expect(short.runs).toBe(1)
    expect(problemsOf(short.texts)).toEqual([ignored(file(short.policies, 'privacy-policy'), 'The app could not check who can change it.')])
    let first = true
    const failing = loadTexts(
      vi.fn<RunTool>((_f, _a, env) => {
        if (first) {
          first = false
          return env.TECHPASS_ACL_PATHS!.split('|').map(locked).join('\r\n')
        }
        throw new Error('spawn powershell.exe ENOENT')
      }),
    )
    expect(failing.runs).toBe(1)
    expect(problemsOf(failing.texts)).toEqual([ignored(file(failing.policies, 'privacy-policy'), 'The app could not check who can change it.')])
  })

  it('a symlinked file is refused without asking Get-Acl about it; the others are asked about in one run', () => {
    const run = getAcl(locked)
    const { config, policies } = deployed()
    const target = join(tempDir(), 'terms-of-use.md')
    renameSync(file(policies, 'terms-of-use'), target)
    symlinkSync(target, file(policies, 'terms-of-use'))
    const loaded = loadSystemConfig(config, nodeProbe('win32', run))
    const texts = loadPolicyTexts(join(REAL_RESOURCES, 'policies'), loaded.policyTextsDir!, loaded.vetPolicyText)
    expect(run.mock.calls.length).toBe(2)
    expect(run.mock.calls[1]![2].TECHPASS_ACL_PATHS).toBe([file(policies, 'privacy-policy'), file(policies, 'mdm-aup'), policies].join('|'))
    expect(problemsOf(texts)).toEqual([ignored(file(policies, 'terms-of-use'), 'It is a link (a symbolic link or a junction) to another place.')])
  })

  it('a missing file is a problem of its own, the others are asked about in one run and used', () => {
    const run = getAcl(locked)
    const { config, policies } = deployed()
    rmSync(file(policies, 'mdm-aup'))
    const loaded = loadSystemConfig(config, nodeProbe('win32', run))
    const texts = loadPolicyTexts(join(REAL_RESOURCES, 'policies'), loaded.policyTextsDir!, loaded.vetPolicyText)
    expect(run.mock.calls.length).toBe(2)
    expect(run.mock.calls[1]![2].TECHPASS_ACL_PATHS).toBe([file(policies, 'privacy-policy'), file(policies, 'terms-of-use'), policies].join('|'))
    expect(texts.official).toBe(true)
    expect(texts.policies.map((p) => p.id)).toEqual(['privacy-policy', 'terms-of-use'])
    expect(texts.problems.map((p) => english(p.message))).toEqual([expect.stringContaining(file(policies, 'mdm-aup'))])
  })
})
