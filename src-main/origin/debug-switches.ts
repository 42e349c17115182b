import { say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { startupFailures } from '../../src-shared/messages/storage'

// Switches that would let another program drive or read the app; an installed copy refuses to start with them.
const DEBUG_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'inspect-brk', 'inspect-port', 'inspect-wait', 'inspect-brk-node'] as const

export interface LaunchFacts {
  isPackaged: boolean
  argv: readonly string[]
  /** Chromium's own view of its command line (app.commandLine.hasSwitch). */
  hasSwitch: (name: string) => boolean
  platform: NodeJS.Platform
}

// Chromium reads "--x", "-x" and, on Windows, "/x" as the same switch, in any case on Windows.
function switchName(arg: string, platform: NodeJS.Platform): string | null {
  const match = (platform === 'win32' ? /^(?:--|-|\/)([^=]+)/ : /^(?:--|-)([^=]+)/).exec(arg)
  return match ? match[1]!.toLowerCase() : null
}

export function findDebugSwitch(facts: Omit<LaunchFacts, 'isPackaged'>): string | null {
  for (const arg of facts.argv.slice(1)) {
    const name = switchName(arg, facts.platform)
    if (name && (DEBUG_SWITCHES as readonly string[]).includes(name)) return `--${name}`
  }
  const seen = DEBUG_SWITCHES.find((name) => facts.hasSwitch(name))
  return seen ? `--${seen}` : null
}

// The message for a person when an installed copy was started for debugging; null when it may start.
export function launchRefusal(facts: LaunchFacts): Msg | null {
  if (!facts.isPackaged) return null
  const found = findDebugSwitch(facts)
  if (!found) return null
  return say(startupFailures.debugSwitch, { option: found })
}
