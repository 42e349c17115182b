import { readFile, realpath, stat } from 'node:fs/promises'
import { extname, isAbsolute, resolve, sep } from 'node:path'
import { parseUrl } from '../../src-shared/url'

interface Asset {
  path: string
  type: string
  body: Buffer
}

const inside = (root: string, path: string) => path.startsWith(root.endsWith(sep) ? root : root + sep)

// Maps a URL on our origin to a path under root; null for anything that could reach outside it.
export function assetPath(root: string, origin: string, url: string): string | null {
  const parsed = parseUrl(url)
  if (!parsed || `${parsed.protocol}//${parsed.host}` !== origin || parsed.username || parsed.password) return null
  let decoded: string
  try {
    // Decoded exactly once: a %252e stays a literal "%2e" name and never becomes "..".
    decoded = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  // Backslashes and drive letters are Windows paths in disguise; NULs cut paths short in native code.
  if (/[\\\0:]/.test(decoded) || !decoded.startsWith('/')) return null
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1)
  if (isAbsolute(relative)) return null
  const full = resolve(root, relative)
  return inside(resolve(root), full) ? full : null
}

// The kinds of file the renderer build holds (and the few it could come to hold), not a registry of every type: an unknown
// extension is served as bytes, and with X-Content-Type-Options: nosniff (app-protocol.ts) it never runs as script or style.
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/vnd.microsoft.icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
}

export function mimeType(path: string): string {
  return Object.hasOwn(TYPES, extname(path).toLowerCase()) ? TYPES[extname(path).toLowerCase()]! : 'application/octet-stream'
}

// Reads the file only if its real path, after symlinks, is still a regular file inside root's real path.
export async function loadAsset(root: string, origin: string, url: string): Promise<Asset | null> {
  const path = assetPath(root, origin, url)
  if (!path) return null
  try {
    const [realRoot, realPath] = await Promise.all([realpath(root), realpath(path)])
    if (!inside(realRoot, realPath) || !(await stat(realPath)).isFile()) return null
    return { path, type: mimeType(path), body: await readFile(realPath) }
  } catch {
    return null
  }
}
