import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { safeLoad } from 'js-yaml'
import { describe, expect, it } from 'vitest'

interface Step {
  name?: string
  uses?: string
  run?: string
  if?: string
  env?: Record<string, string>
  with?: Record<string, unknown>
}
interface Job {
  permissions?: Record<string, string>
  strategy?: { 'fail-fast'?: boolean; matrix: { include?: Array<Record<string, string>>; os?: string[] } }
  env?: Record<string, string>
  steps: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  permissions: Record<string, string>
  jobs: Record<string, Job>
}

const DIR = '.github/workflows'
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'))
const text = (file: string) => readFileSync(join(DIR, file), 'utf8')
const load = (file: string) => safeLoad(text(file)) as Workflow
const ci = load('ci.yml')
const release = load('release.yml')
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n')
const SECRETS = ['CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']
const builder = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as Record<'win' | 'mac' | 'linux', { target: string[] }>
// The file each electron-builder target writes.
const TARGET_FILE: Record<string, string> = { nsis: '*.exe', msi: '*.msi', dmg: '*.dmg', pkg: '*.pkg', AppImage: '*.AppImage', deb: '*.deb' }
const PLATFORMS = [
  { os: 'windows-latest', platform: '--win', targets: builder.win.target },
  { os: 'macos-latest', platform: '--mac', targets: builder.mac.target },
  { os: 'ubuntu-latest', platform: '--linux', targets: builder.linux.target },
]
const INSTALLER_FILES = PLATFORMS.flatMap((p) => p.targets.map((t) => TARGET_FILE[t]!))

describe('the GitHub Actions workflows', () => {
  it('are exactly ci.yml and release.yml, and npm run lint:workflows validates each of them', () => {
    expect(files.sort()).toEqual(['ci.yml', 'release.yml'])
    for (const file of files) expect(pkg.scripts['lint:workflows']).toContain(`action-validator ${DIR}/${file}`)
  })

  it('pin every action to a full commit SHA with the release it is', () => {
    for (const file of files) {
      const uses = text(file)
        .split('\n')
        .filter((line) => /^\s*(-\s+)?uses:/.test(line))
      expect(uses.length).toBeGreaterThan(0)
      for (const line of uses) expect(line, `${file}: ${line.trim()}`).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/)
    }
  })

  it('give the token read access only, except the release job, which may write contents', () => {
    expect(ci.permissions).toEqual({ contents: 'read' })
    expect(release.permissions).toEqual({ contents: 'read' })
    for (const job of Object.values(ci.jobs)) expect(job.permissions).toBeUndefined()
    expect(release.jobs.installers!.permissions).toBeUndefined()
    expect(release.jobs.release!.permissions).toEqual({ contents: 'write' })
  })

  it('CI runs on Ubuntu under xvfb-run, Windows and macOS, with the Electron binary and the whole suite in Electron mode', () => {
    const build = ci.jobs.build!
    const matrix = build.strategy!.matrix.include!
    expect(matrix.map((m) => m.os)).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest'])
    expect(matrix.find((m) => m.os === 'ubuntu-latest')!.display).toMatch(/^xvfb-run /)
    expect(build.env).toMatchObject({ E2E_MODE: 'electron' })
    const script = runs(build)
    // The binary is downloaded: nothing skips it, and a step fails if it is missing.
    expect(text('ci.yml')).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD')
    expect(script).toContain('npm ci')
    expect(script).toContain("require('electron')")
    for (const command of ['npm run typecheck', 'npm run lint', 'npm run lint:workflows', 'npm run policies:check', 'npm run test:unit', 'npm run dist'])
      expect(script).toContain(command)
    expect(script).toContain('${{ matrix.display }} npm run test:electron')
    expect(script).toContain('${{ matrix.display }} npx playwright test --project=packaged')
    expect(pkg.scripts['test:electron']).toBe('npm run build && cross-env E2E_MODE=electron playwright test --project=journeys --project=electron-only')
  })

  it('CI uploads the installers and the e2e report even when a step failed', () => {
    const uploads = ci.jobs.build!.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@'))
    expect(uploads.map((s) => s.if)).toEqual(['always()', 'always()'])
    for (const installer of INSTALLER_FILES) expect(String(uploads[0]!.with!.path)).toContain(`dist/${installer}`)
    expect(String(uploads[0]!.with!.path)).toContain('dist/latest*.yml')
    expect(String(uploads[1]!.with!.path)).toContain('playwright-report/')
  })

  it('sign only with credentials from the repository secrets, and say so and build unsigned when they are absent', () => {
    for (const workflow of [ci, release]) {
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
      const check = steps.find((s) => s.name === 'Signing credentials')!
      expect(check.run).toContain('built UNSIGNED')
      expect(check.run).toContain('CSC_IDENTITY_AUTO_DISCOVERY=false')
      const build = steps.find((s) => /npm run dist/.test(s.run ?? ''))!
      for (const name of SECRETS) expect(build.env![name]).toBe(`\${{ secrets.${name} }}`)
    }
  })

  it('release builds each platform’s targets on its own runner, checks each one is there, and uploads them', () => {
    const installers = release.jobs.installers!
    expect(installers.strategy!['fail-fast']).toBe(true)
    // Every target electron-builder.json lists, built on its platform's runner and looked for by its file.
    expect(installers.strategy!.matrix.include).toEqual(
      PLATFORMS.map(({ os, platform, targets }) => ({ os, platform, installers: targets.map((t) => `dist/${TARGET_FILE[t]!}`).join(' ') })),
    )
    expect(INSTALLER_FILES).toEqual(['*.exe', '*.msi', '*.dmg', '*.pkg', '*.AppImage', '*.deb'])
    const build = installers.steps.find((s) => /npm run dist:release/.test(s.run ?? ''))!
    expect(build.run).toBe('npm run dist:release -- "$PLATFORM"')
    expect(build.env!.PLATFORM).toBe('${{ matrix.platform }}')
    // The pkg is signed with its own certificate (Developer ID Installer) when the secret is there.
    for (const name of ['CSC_INSTALLER_LINK', 'CSC_INSTALLER_KEY_PASSWORD']) expect(build.env![name]).toBe(`\${{ secrets.${name} }}`)
    const check = installers.steps.find((s) => s.name === "Every target's installer is there")!
    expect(check.env).toEqual({ INSTALLERS: '${{ matrix.installers }}' })
    expect(check.run).toContain('exit 1')
    const upload = installers.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!
    expect(upload.with!['if-no-files-found']).toBe('error')
    for (const installer of INSTALLER_FILES) expect(String(upload.with!.path)).toContain(`dist/${installer}`)
    expect(installers.steps.indexOf(build)).toBeLessThan(installers.steps.indexOf(check))
    expect(installers.steps.indexOf(check)).toBeLessThan(installers.steps.indexOf(upload))
  })

  it('release runs on version tags only and attaches the installers with electron-updater’s latest*.yml', () => {
    expect(Object.keys(release.on)).toEqual(['push'])
    expect(release.on.push).toEqual({ tags: ['v*.*.*'] })
    expect(runs(release.jobs.installers!)).toContain('npm run dist:release')
    expect(pkg.scripts['dist:release']).toContain('--config.publish.provider=github')
    const publish = release.jobs.release!.steps.find((s) => s.uses?.startsWith('softprops/action-gh-release@'))!
    expect(String(publish.with!.files)).toContain('release/latest*.yml')
    // fail_on_unmatched_files: a target missing from the downloaded artifacts fails the release.
    expect(publish.with!.fail_on_unmatched_files).toBe(true)
    for (const installer of INSTALLER_FILES) expect(String(publish.with!.files)).toContain(`release/${installer}`)
  })
})
