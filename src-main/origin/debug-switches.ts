import { say } from '../../src-shared/message'
import type { Msg } from '../../src-shared/message'
import { startupFailures } from '../../src-shared/messages/storage'

// Switches an installed copy refuses to start with, each list with the words that say why. Debugging switches let another
// program drive or read the app. The others turn off its protection: the sandbox of every process (--no-sandbox), of
// the GPU process (--disable-gpu-sandbox), or all of it by running in one process (--single-process); the same-origin
// rule (--disable-web-security), site isolation (--disable-site-isolation-trials) and the refusal of http inside the
// page (--allow-running-insecure-content); V8's own settings, which can expose internals (--js-flags, in any form); and
// --renderer-cmd-prefix, which starts each page's process through any program it names.
// A debugging switch is named first when both kinds are given.
const REFUSED = [
  {
    names: ['remote-debugging-port', 'remote-debugging-pipe', 'inspect', 'inspect-brk', 'inspect-port', 'inspect-wait', 'inspect-brk-node'],
    words: startupFailures.debugSwitch,
  },
  {
    names: [
      'no-sandbox',
      'disable-gpu-sandbox',
      'single-process',
      'disable-web-security',
      'disable-site-isolation-trials',
      'allow-running-insecure-content',
      'js-flags',
      'renderer-cmd-prefix',
    ],
    words: startupFailures.unsafeSwitch,
  },
] as const

export interface LaunchFacts {
  isPackaged: boolean
  argv: readonly string[]
  /** Chromium's own view of its command line (app.commandLine.hasSwitch). */
  hasSwitch: (name: string) => boolean
  platform: NodeJS.Platform
}

type Found = { option: string; words: (typeof REFUSED)[number]['words'] }

// Chromium reads "--x", "-x" and, on Windows, "/x" as the same switch, in any case on Windows.
function switchName(arg: string, platform: NodeJS.Platform): string | null {
  const match = (platform === 'win32' ? /^(?:--|-|\/)([^=]+)/ : /^(?:--|-)([^=]+)/).exec(arg)
  return match ? match[1]!.toLowerCase() : null
}

// The first refused switch on the command line, as process.argv shows it or as Chromium sees it.
export function findRefusedSwitch(facts: Omit<LaunchFacts, 'isPackaged'>): Found | null {
  const given = facts.argv.slice(1).map((arg) => switchName(arg, facts.platform))
  for (const { names, words } of REFUSED) {
    const seen = names.find((name) => given.includes(name)) ?? names.find((name) => facts.hasSwitch(name))
    if (seen) return { option: `--${seen}`, words }
  }
  return null
}

// The message for a person when an installed copy was started for debugging or with its protection off; null when it may start.
export function launchRefusal(facts: LaunchFacts): Msg | null {
  if (!facts.isPackaged) return null
  const found = findRefusedSwitch(facts)
  return found ? say(found.words, { option: found.option }) : null
}
