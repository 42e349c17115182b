import { describe, expect, it } from 'vitest'
import { findDebugSwitch, launchRefusal } from '../../../src-main/origin/debug-switches'
import type { LaunchFacts } from '../../../src-main/origin/debug-switches'
import { english } from '../../support/english'

const EXE = '/opt/TechPass Onboarding Assistant/techpass-onboarding-assistant'
const none = () => false

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
  ])('refuses %j, naming %s, in plain words', (argv, name) => {
    const refusal = launchRefusal(facts(argv))
    expect(refusal).toEqual({ id: 'startup.debug-switch', values: { option: name } })
    const message = english(refusal!)
    expect(message).toContain(name)
    expect(message).toMatch(/^TechPass Onboarding Assistant cannot start/)
    expect(message).not.toMatch(/argv|switch|packaged|fuse/i)
  })

  it('refuses a switch that Chromium sees even when process.argv does not show it', () => {
    const hasSwitch = (name: string) => name === 'remote-debugging-port'
    expect(launchRefusal(facts([], { hasSwitch }))?.values).toEqual({ option: '--remote-debugging-port' })
  })

  it('reads Windows-style /switches on Windows only', () => {
    expect(findDebugSwitch(facts(['/remote-debugging-port=9222'], { platform: 'win32' }))).toBe('--remote-debugging-port')
    expect(findDebugSwitch(facts(['/inspect'], { platform: 'linux' }))).toBeNull()
  })

  it.each([
    [[]],
    [['--no-sandbox']],
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
  })
})
