// npm run policies:generate writes the administrators' templates; npm run policies:check (--check) fails, naming each file,
// when one is not what the configuration's schema and policy declarations give (src-main/config/config-file.ts).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { collectPolicies, renderAdml, renderAdmx, renderMobileconfig, withReadmeTable } from './policy-templates'
import type { Product } from './policy-templates'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Every generated file: its path from the repository's root and its text. */
export function templateFiles(root = ROOT): Map<string, string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { productName: string }
  const builder = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8')) as { appId: string }
  const product: Product = { name: pkg.productName, appId: builder.appId }
  const collected = collectPolicies()
  return new Map([
    ['resources/policies/windows/techpass-onboarding-assistant.admx', renderAdmx(product, collected)],
    ['resources/policies/windows/en-US/techpass-onboarding-assistant.adml', renderAdml(product, collected)],
    [`resources/policies/macos/${product.appId}.mobileconfig`, renderMobileconfig(product, collected)],
    ['README.md', withReadmeTable(readFileSync(join(root, 'README.md'), 'utf8'), collected)],
  ])
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}

/** Writes the files, or with `check` only says which are out of date; 1 when any is. */
export function generate(check: boolean, root = ROOT): number {
  const stale: string[] = []
  for (const [path, text] of templateFiles(root)) {
    const full = join(root, path)
    if (readOrNull(full) === text) continue
    if (check) {
      stale.push(path)
      continue
    }
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text)
    console.log(`wrote ${relative(root, full)}`)
  }
  if (stale.length === 0) {
    console.log(check ? 'policy templates are up to date' : 'policy templates written')
    return 0
  }
  for (const path of stale) console.error(`out of date: ${path} (run npm run policies:generate)`)
  return 1
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = generate(process.argv.includes('--check'))
}
