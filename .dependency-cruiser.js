// The layers, stated once and checked for every import: static, dynamic `import()`, `import type` and re-exports.
// `npm run lint:layers` runs it (dependency-cruiser); docs/ARCHITECTURE.md section 2 explains each layer.
// In the style of VS Code's layering rules, each layer names what it MAY import; anything else is an error.

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const npm = (...names) => names.map((name) => `^node_modules/${escape(name)}/`)
const anyPackageButElectron = '^node_modules/(?!electron/)'
const electron = npm('electron')
const shared = '^src-shared/'

// Main's folders that own a slice of the record or a set of handlers. None imports another; registry/ joins them.
// support/ is not one: it reads bundles by replaying them through the join, so it sits above registry/.
const domains = ['checklist', 'drafts', 'mfa', 'policies', 'profile', 'registration', 'request', 'system']
const domain = `^src-main/(${domains.join('|')})/`

const main = (...names) => names.map((name) => (name.endsWith('.ts') ? `^src-main/${escape(name)}$` : `^src-main/${name}/`))
// What every main layer from the kit up may build on: plain code below the domains.
const belowKit = main('zod-jitless.ts', 'errors.ts', 'ports.ts', 'ledger', 'storage', 'config', 'language', 'origin', 'guide')

// The part of the renderer that main reads too: the catalogs and the formatter of main's messages.
const rendererCatalog = '^src-renderer/src/(locales/|i18n/(say|pseudo)\\.ts$|format\\.ts$)'

// name: the rule's name in a report; files: the layer's files; may: what they may import;
// node: may import Node's built-in modules. A layer may import its own files, unless own is false.
const layers = [
  { name: 'shared', files: shared, may: [...npm('zod', '@lingui/core/macro')] },
  { name: 'preload', files: '^src-preload/', may: [shared, ...electron] },
  {
    name: 'renderer',
    files: '^src-renderer/',
    may: [
      shared,
      ...npm('react', 'react-dom', 'zustand', 'zod', 'react-markdown', 'libphonenumber-js'),
      '^node_modules/@lingui/(core|react)/',
      '^node_modules/@zxcvbn-ts/(core|language-common|language-en)/',
      '^virtual:english-(first|rest)$', // the English catalog split by the Vite plugin in lingui-english-split.ts
    ],
  },
  { name: 'renderer-catalog', files: rendererCatalog, may: [rendererCatalog, shared, '^node_modules/@lingui/core/'] },

  // zod's one setting for main (no JIT), imported first by index.ts and start.ts.
  { name: 'main-zod-setup', files: main('zod-jitless.ts')[0], may: [...npm('zod')] },
  { name: 'main-errors', files: main('errors.ts')[0], may: [shared, ...npm('zod')] },
  { name: 'main-ports', files: main('ports.ts')[0], may: [shared] },
  { name: 'ledger', files: main('ledger')[0], node: true, may: [...main('storage'), shared, ...npm('zod')] },
  { name: 'storage', files: main('storage')[0], node: true, may: [shared, ...npm('zod', 'conf')] },
  { name: 'origin', files: main('origin')[0], node: true, may: [shared] },
  { name: 'language', files: main('language')[0], node: true, may: [...main('storage'), shared, ...npm('zod')] },
  {
    name: 'config',
    files: main('config')[0],
    node: true,
    may: [...main('errors.ts', 'language'), shared, anyPackageButElectron],
  },
  { name: 'guide', files: main('guide')[0], node: true, may: [...main('errors.ts', 'config'), shared, ...npm('zod')] },
  // virtual:main-english: the messages main can say, from the English catalog (lingui-english-split.ts).
  { name: 'i18n', files: main('i18n')[0], may: [rendererCatalog, shared, '^virtual:main-english$', ...npm('@lingui/core')] },
  { name: 'kit', files: main('kit')[0], node: true, may: [...belowKit, shared, anyPackageButElectron] },
  // A domain may also name the other domains here; no-domain-to-domain below is the rule that refuses those imports.
  { name: 'domain', files: domain, node: true, may: [domain, ...main('kit'), ...belowKit, shared, anyPackageButElectron] },
  {
    name: 'registry',
    files: main('registry')[0],
    node: true,
    may: [domain, ...main('kit'), ...belowKit, shared, anyPackageButElectron],
  },
  // Support bundles and the print summary: a bundle is read by replaying its events through the join, so above registry/.
  {
    name: 'support',
    files: main('support')[0],
    node: true,
    may: [domain, ...main('registry', 'kit'), ...belowKit, shared, anyPackageButElectron],
  },
  // The handler map: every domain's handlers joined (support's too), beside core.ts.
  {
    name: 'handlers',
    files: main('handlers.ts')[0],
    node: true,
    may: [domain, ...main('support', 'registry', 'kit'), ...belowKit, shared, anyPackageButElectron],
  },
  { name: 'ipc', files: main('ipc')[0], node: true, may: [...main('errors.ts', 'ledger'), shared, ...npm('zod')] },
  {
    name: 'platform',
    files: main('platform')[0],
    node: true,
    may: [...electron, ...main('errors.ts', 'ports.ts', 'storage', 'config', 'origin', 'i18n'), shared, anyPackageButElectron],
  },
  // Main's start in two halves (core-start.ts before the window, core-services.ts after it) and core.ts, both at once.
  {
    name: 'core',
    files: '^src-main/core(-start|-services)?\\.ts$',
    node: true,
    may: [
      domain,
      ...main('core-start.ts', 'core-services.ts', 'support', 'registry', 'handlers.ts', 'kit', 'ipc', 'i18n'),
      ...belowKit,
      shared,
      anyPackageButElectron,
    ],
  },
  {
    name: 'start',
    files: main('start.ts')[0],
    node: true,
    may: [...main('core-start.ts', 'core-services.ts', 'i18n', 'ipc'), ...belowKit, shared, anyPackageButElectron],
  },
  { name: 'entry', files: '^src-main/(index|window)\\.ts$', node: true, may: ['^src-main/', shared, '^node_modules/'] },

  // Tests may import anything, the repository's scripts too, save another test file (its tests would run again, under the importer's name).
  {
    name: 'tests',
    files: '^tests/',
    own: false,
    node: true,
    may: ['^(src-[a-z]+|tests|scripts)/(?!.*\\.(test|spec)\\.tsx?$)', '^node_modules/', '^lingui-english-split\\.ts$', '^virtual:main-english$'],
  },
]

const ownFolder = '^($1)' // a layer's own files: the part of the path its `files` pattern matched

const layerRule = ({ name, files, may, node, own = true }) => ({
  name: `layer-${name}`,
  severity: 'error',
  comment: `${name} may import only: ${own ? 'its own files, ' : ''}${may.join(', ')}${node ? ', Node built-ins' : ''}`,
  from: { path: `(${files})` },
  to: { pathNot: own ? [ownFolder, ...may] : may, ...(node ? { dependencyTypesNot: ['core'] } : {}) },
})

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    ...layers.map(layerRule),
    {
      name: 'no-domain-to-domain',
      severity: 'error',
      comment: 'A domain never imports another domain: shared building blocks live in kit/, and registry/ joins the domains.',
      from: { path: domain },
      to: { path: domain, pathNot: '^src-main/$1/' },
    },
    {
      name: 'main-folder-without-layer',
      severity: 'error',
      comment: 'Every file in src-main belongs to a layer: add a new folder to `layers` in .dependency-cruiser.js.',
      from: { path: '^src-main/', pathNot: layers.filter((l) => l.files.startsWith('^src-main/')).map((l) => l.files) },
      to: {},
    },
    {
      name: 'no-file-cycle',
      severity: 'error',
      comment: 'No source file reaches itself through its imports.',
      from: { path: '^src-' },
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      severity: 'error',
      comment: 'No source folder reaches itself through its files’ imports.',
      scope: 'folder',
      from: { path: '^src-' },
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'Every import resolves, so every import is checked.',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:(english-(first|rest)|main-english)$' },
    },
  ],
  options: {
    // Runs inside a 0.1.0 checkout, against that version's helpers (eslint.config.js ignores it too).
    exclude: { path: '^tests/effort-0\\.1\\.0/' },
    doNotFollow: { path: 'node_modules' },
    // `import type` counts: a type import couples the code as much as a value import, and the contract in src-shared
    // is the only thing the processes share.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    // Paths as written, so a copy whose node_modules is a link (tests/unit/layers.test.ts) reads like the checkout.
    preserveSymlinks: true,
    progress: { type: 'none' },
  },
}
