// The progress file and the copies set aside beside it: main makes these names, and the renderer says them.

export const LEDGER_FILE = 'ledger.jsonl'

// The label of the copy Start over makes.
export const ARCHIVED_LABEL = 'archived'

// <name>.<label>-<stamp><extension>: the one rule for naming a file set aside beside another.
export function asideFileName(fileName: string, label: string, stamp: string): string {
  const dot = fileName.lastIndexOf('.')
  const [base, extension] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, '']
  return `${base}.${label}-${stamp}${extension}`
}

// The ledger's checkpoint: its folded state up to a point, so a start need not read every line. Derived, never exported.
export const LEDGER_CHECKPOINT_FILE = 'ledger.checkpoint.json'
