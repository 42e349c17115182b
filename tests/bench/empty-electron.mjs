// Module hooks for the main-start bench only: `electron` resolves to an empty module (an empty default object, and
// each imported name holding undefined), so the built bundle links and runs until its first use of Electron.
const EMPTY = 'techpass-bench:empty-electron'
let names = []

export function initialize(data) {
  names = data.names
}

export function resolve(specifier, context, next) {
  return specifier === 'electron' ? { url: EMPTY, shortCircuit: true } : next(specifier, context)
}

export function load(url, context, next) {
  if (url !== EMPTY) return next(url, context)
  const source = ['export default {}', ...names.map((name) => `export const ${name} = undefined`)].join('\n')
  return { format: 'module', source, shortCircuit: true }
}
