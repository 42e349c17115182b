import './zod-jitless'
import type { AppInfo } from '../src-shared/contract'
import { LANGUAGES, pickLanguage } from '../src-shared/languages'
import { clockFromEnv, systemClock } from './config/clock'
import type { LoadedConfig } from './config/config-file'
import { checkHelpdeskPhone } from './config/helpdesk-phone'
import { loadStartupConfig } from './config/system-config'
import { errorName, openCore } from './core-start'
import type { CoreOptions, CoreStart } from './core-start'
import type { Core } from './core-services'
import type { Dispatch } from './ipc/binder'
import type { SenderCheck } from './ipc/sender'
import { say } from '../src-shared/message'
import type { Msg } from '../src-shared/message'
import { ipc } from '../src-shared/messages/ipc'
import { fail } from '../src-shared/result'
import { mainLanguageSettled, setMainLanguage } from './i18n/main-i18n'
import { chooseRendererUrl } from './origin/app-origin'

// The start work that needs no Electron, from the configuration to a core whose first snapshot can be sent. index.ts calls
// it with Electron's values; the main-start bench (tests/bench/main-start.bench.ts) runs the same built code in plain Node.

const TECHPASS = '[techpass]'
export const logLine = (message: string) => console.log(`${TECHPASS} ${message}`)

/** Until the user's choice is read, main speaks the system's language (when the app has it); resolves once it does. */
export const speakSystemLanguage = (system: readonly string[]): Promise<void> => setMainLanguage(pickLanguage(system, LANGUAGES, 'en'))

interface Prepared {
  appUrl: string
  /**
   * The configuration (policy store over the file), its helpdesk phone checked. Read while Electron gets ready: on Windows
   * and macOS the store's reader is loaded first, and the phone rules load only when a phone is set.
   */
  config: Promise<LoadedConfig>
}

/** Starts reading the configuration and picks the page to load; runs before Electron is ready. */
export function prepareStart(isPackaged: boolean, env: NodeJS.ProcessEnv, log: (message: string) => void = logLine): Prepared {
  const renderer = chooseRendererUrl(isPackaged, env.ELECTRON_RENDERER_URL)
  if (renderer.ignored) log(renderer.ignored)
  return { appUrl: renderer.url, config: loadStartupConfig(isPackaged, env).then((loaded) => checkHelpdeskPhone(loaded)) }
}

interface StartValues {
  info: AppInfo
  env: NodeJS.ProcessEnv
  resourcesDir: string
  systemLanguages: readonly string[]
  openStore: CoreOptions['openStore']
  ports: CoreOptions['ports']
  emit: CoreOptions['emit']
  log?: (message: string) => void
}

/**
 * The first half of the start (core-start.ts) from the checked configuration. When it resolves the ledger is open and
 * folded, and main speaks the user's language (its catalog read), so the menu and an error box are said in it before the
 * window opens. finishStart does the rest.
 */
export async function startCore(config: LoadedConfig, values: StartValues): Promise<CoreStart> {
  const log = values.log ?? logLine
  for (const notice of config.notices) log(`configuration: ${notice.id}`)
  const start = openCore({
    info: values.info,
    resourcesDir: values.resourcesDir,
    systemLanguages: values.systemLanguages,
    // The menu and dialogs speak the language the user chose, kept across restarts.
    onLanguage: (language) => void setMainLanguage(language),
    settings: config.settings,
    origins: config.origins,
    ...(config.policyTextsDir ? { policiesDir: config.policyTextsDir } : {}),
    ...(config.vetPolicyText ? { vetPolicyText: config.vetPolicyText } : {}),
    openStore: values.openStore,
    ports: values.ports,
    // Test hooks are honoured only in an unpackaged build, never in what users install.
    clock: values.info.isPackaged ? systemClock : clockFromEnv(values.env.E2E_NOW),
    emit: values.emit,
    log,
  })
  await mainLanguageSettled()
  return start
}

/**
 * The second half (core-services.ts: the policy texts, the services, the handlers and the IPC contract), loaded and run
 * when index.ts calls this, once the window exists. Its code is in a chunk of its own, so the start before the window
 * neither compiles nor runs it.
 */
export const finishStart = (start: CoreStart): Promise<Core> => import('./core-services').then(({ finishCore }) => finishCore(start))

/**
 * What answers the window's requests (index.ts): the second half's dispatcher once it has run. If the second half could
 * not be loaded or run (a damaged install), the failure is logged (its class only) and said once through `onFailure`,
 * and every request still goes through the sender check and gets the plain internal failure, never the error itself.
 */
export function dispatchAfterStart(
  start: CoreStart,
  isTrusted: SenderCheck,
  onFailure: (said: Msg) => void,
  log: (message: string) => void = logLine,
): Promise<Dispatch> {
  return finishStart(start).then(
    (core) => core.dispatcher(isTrusted),
    (error: unknown) => {
      log(`the rest of the start failed: ${errorName(error)}`)
      onFailure(say(ipc.internal))
      return async (_channel, _input, sender) => (isTrusted(sender) ? fail('internal', say(ipc.internal)) : fail('forbidden-sender', say(ipc.forbiddenSender)))
    },
  )
}
