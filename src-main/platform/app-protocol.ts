import { protocol } from 'electron'
import type { Session } from 'electron'
import { APP_ORIGIN, APP_SCHEME } from '../origin/app-origin'
import { loadAsset } from '../origin/renderer-files'

// Must run before `ready`: a standard, secure scheme gets a real origin, so the CSP's 'self' means app://techpass alone.
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }])
}

// Serves the built renderer from root only; anything else, or anything that leaves root, is a 404.
export function serveRenderer(session: Session, root: string, csp: string): void {
  session.protocol.handle(APP_SCHEME, (request) => respond(root, request, csp))
}

async function respond(root: string, request: Request, csp: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Not allowed', { status: 405 })
  const asset = await loadAsset(root, APP_ORIGIN, request.url)
  if (!asset) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const headers = { 'Content-Type': asset.type, 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(asset.body), { status: 200, headers })
}
