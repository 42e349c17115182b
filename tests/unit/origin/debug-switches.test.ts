import { describe, expect, it } from 'vitest'
import { findRefusedSwitch, launchRefusal } from '../../../src-main/origin/debug-switches'
import type { LaunchFacts } from '../../../src-main/origin/debug-switches'
import { english } from '../../support/english'

const EXE = '/opt/TechPass Onboarding Assistant/techpass-onboarding-assistant'
const none = () => false
const optionIn = (launch: LaunchFacts) => findRefusedSwitch(launch)?.option ?? null

function facts(argv: string[], overrides: Partial<LaunchFacts> = {}): LaunchFacts {
  return { isPackaged: true, argv: [EXE, ...argv], hasSwitch: none, platform: 'linux', ...overrides }
}

describe('launchRefusal in a packaged build', () => {
  it.each([
    [['--remote-debugging-port=9222'], '--remote-debugging-port'],
    [['--remote-debugging-port', '9222'], '--remote-debugging-port'],
    [['--remote-debugging-pipe'], '--remote-debugging-pipe'],
    [['--inspect'], '--inspect'],
    [['--inspect=0.0.0.0:9229'], '--inspect'],
    [['--inspect-brk'], '--inspect-brk'],
    [['--inspect-brk=9229'], '--inspect-brk'],
    [['--inspect-port=9229'], '--inspect-port'],
    [['-inspect'], '--inspect'],
    [['--INSPECT'], '--inspect'],
    [['--no-sandbox', 'some-file.json', '--remote-debugging-pipe'], '--remote-debugging-pipe'],
    [['--js-flags=--expose-gc', '--inspect'], '--inspect'],
  ])('refuses %j, naming %s, in plain words', (argv, name) => {
    const refusal = launchRefusal(facts(argv))
    expect(refusal).toEqual({ id: 'startup.debug-switch', values: { option: name } })
    const message = english(refusal!)
    expect(message).toContain(name)
    expect(message).toMatch(/^TechPass Onboarding Assistant cannot start/)
    expect(message).not.toMatch(/argv|switch|packaged|fuse/i)
  })

  // These turn off what keeps the app's windows apart from the computer: the sandbox, the same-origin rule, V8's own settings.
  it.each([
    [['--no-sandbox'], '--no-sandbox'],
    [['-no-sandbox'], '--no-sandbox'],
    [['--No-Sandbox'], '--no-sandbox'],
    [['--js-flags=--expose-gc'], '--js-flags'],
    [['--js-flags', '--allow-natives-syntax'], '--js-flags'],
    [['--js-flags="--no-lazy --expose-gc"'], '--js-flags'],
    [['--js-flags='], '--js-flags'],
    [['--disable-web-security'], '--disable-web-security'],
    [['--disable-web-security', '--user-data-dir=/tmp/x'], '--disable-web-security'],
    [['some-file.json', '--no-sandbox'], '--no-sandbox'],
    [['--disable-gpu-sandbox'], '--disable-gpu-sandbox'],
    [['--single-process'], '--single-process'],
    [['--disable-site-isolation-trials'], '--disable-site-isolation-trials'],
    [['--allow-running-insecure-content'], '--allow-running-insecure-content'],
    [['--renderer-cmd-prefix=gdb --args'], '--renderer-cmd-prefix'],
  ])('refuses %j, naming %s, in plain words', (argv, name) => {
    const refusal = launchRefusal(facts(argv))
    expect(refusal).toEqual({ id: 'startup.unsafe-switch', values: { option: name } })
    const message = english(refusal!)
    expect(message).toContain(name)
    expect(message).toMatch(/^TechPass Onboarding Assistant cannot start/)
    expect(message).not.toMatch(/argv|switch|packaged|fuse|debugging/i)
  })

  it('names the debugging switch first when both kinds are given', () => {
    expect(launchRefusal(facts(['--no-sandbox', '--inspect']))).toEqual({ id: 'startup.debug-switch', values: { option: '--inspect' } })
  })

  it.each(['no-sandbox', 'js-flags', 'disable-web-security'])('refuses --%s when only Chromium sees it', (name) => {
    const hasSwitch = (seen: string) => seen === name
    expect(launchRefusal(facts([], { hasSwitch }))).toEqual({ id: 'startup.unsafe-switch', values: { option: `--${name}` } })
  })

  it('reads Windows-style /no-sandbox on Windows only', () => {
    expect(optionIn(facts(['/no-sandbox'], { platform: 'win32' }))).toBe('--no-sandbox')
    expect(optionIn(facts(['/no-sandbox'], { platform: 'linux' }))).toBeNull()
  })

  it('refuses a switch that Chromium sees even when process.argv does not show it', () => {
    const hasSwitch = (name: string) => name === 'remote-debugging-port'
    expect(launchRefusal(facts([], { hasSwitch }))?.values).toEqual({ option: '--remote-debugging-port' })
  })

  it('reads Windows-style /switches on Windows only', () => {
    expect(optionIn(facts(['/remote-debugging-port=9222'], { platform: 'win32' }))).toBe('--remote-debugging-port')
    expect(optionIn(facts(['/inspect'], { platform: 'linux' }))).toBeNull()
  })

  it.each([
    [[]],
    [['--no-sandboxes']],
    [['--js-flagship']],
    [['--disable-web-security-warnings']],
    [['--sandbox']],
    [['/home/ana/--no-sandbox.txt']],
    [['--inspector-notes']],
    [['--remote-debugging-portal']],
    [['inspect']],
    [['/home/ana/--inspect-notes.txt']],
    [['--lang=en']],
  ])('lets %j start', (argv) => {
    expect(launchRefusal(facts(argv))).toBeNull()
  })

  it('does not read the executable path as a switch', () => {
    expect(launchRefusal({ ...facts([]), argv: ['--inspect'] })).toBeNull()
  })
})

describe('launchRefusal in an unpackaged build', () => {
  it('lets developers debug', () => {
    const hasSwitch = () => true
    expect(launchRefusal(facts(['--inspect', '--remote-debugging-port=9222'], { isPackaged: false, hasSwitch }))).toBeNull()
    expect(launchRefusal(facts(['--no-sandbox', '--js-flags=--expose-gc', '--disable-web-security'], { isPackaged: false, hasSwitch }))).toBeNull()
  })
})
