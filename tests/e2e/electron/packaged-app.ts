import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

export interface PackagedApp {
  /** The program a user starts. */
  executable: string
  /** The folder that holds app.asar. */
  resources: string
}

interface Names {
  name: string
  productName: string
}

const names = (): Names => JSON.parse(readFileSync('package.json', 'utf8')) as Names

// Where electron-builder --dir (and npm run dist) leaves the unpacked app; E2E_ELECTRON_APP names another executable.
export function findPackagedApp(env: NodeJS.ProcessEnv = process.env, dist = resolve('dist'), platform: NodeJS.Platform = process.platform): PackagedApp {
  const { name, productName } = names()
  const resourcesOf = (executable: string) => (platform === 'darwin' ? resolve(dirname(executable), '../Resources') : join(dirname(executable), 'resources'))
  if (env.E2E_ELECTRON_APP) {
    const executable = resolve(env.E2E_ELECTRON_APP)
    if (!existsSync(executable)) throw new Error(`E2E_ELECTRON_APP names ${executable}, which does not exist.`)
    return { executable, resources: resourcesOf(executable) }
  }
  const folders = existsSync(dist) ? readdirSync(dist) : []
  const candidates = folders.flatMap((folder) => {
    if (platform === 'darwin' && /^mac/.test(folder)) return [join(dist, folder, `${productName}.app`, 'Contents', 'MacOS', productName)]
    if (platform === 'win32' && /^win.*unpacked$/.test(folder)) return [join(dist, folder, `${productName}.exe`)]
    if (platform === 'linux' && /^linux.*unpacked$/.test(folder)) return [join(dist, folder, name), join(dist, folder, productName)]
    return []
  })
  const executable = candidates.find((path) => existsSync(path))
  if (!executable) {
    throw new Error(
      `No unpacked build in ${dist} (looked for ${candidates.join(', ') || 'a *-unpacked or mac* folder'}). Run npm run test:electron:packaged, which builds it first.`,
    )
  }
  return { executable, resources: resourcesOf(executable) }
}

// Where an installed copy keeps its data: Linux follows XDG_CONFIG_HOME, so a test can move it; Windows and macOS cannot.
export function installedDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const { productName } = names()
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), productName)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', productName)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), productName)
}
