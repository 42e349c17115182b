import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// The renderer's styles, one file per feature beside its component and a small base (docs/ARCHITECTURE.md, "Styles"):
// no file over 300 lines, no selector defined twice anywhere in the renderer's CSS (in the same media context), and at
// most one `@media print` block per file. Read from the real files, with a small parser that skips comments and strings
// and splits grouped selectors, so `.a, .b {}` then `.b {}` is a second definition of `.b`.

const ROOT = join(__dirname, '../../../src-renderer')
const MAX_LINES = 300

type Sheet = { file: string; text: string }
type Rule = { file: string; line: number; context: string; selector: string }
type Block = { file: string; line: number; atRule: string }

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : cssFiles(path)
    return entry.name.endsWith('.css') ? [path] : []
  })
}

type Piece = { at: number; text: string; kind: 'string' | 'comment' | 'char' }

/** The text piece by piece: a quoted string or a comment as one piece (nothing inside it counts), anything else a character. */
function* pieces(text: string): Generator<Piece> {
  for (let i = 0; i < text.length;) {
    const c = text[i]!
    let end = i + 1
    let kind: Piece['kind'] = 'char'
    if (c === '"' || c === "'") {
      kind = 'string'
      while (end < text.length && text[end] !== c) end += text[end] === '\\' ? 2 : 1
      end = Math.min(end + 1, text.length)
    } else if (c === '/' && text[i + 1] === '*') {
      kind = 'comment'
      const close = text.indexOf('*/', i + 2)
      end = close === -1 ? text.length : close + 2
    }
    yield { at: i, text: text.slice(i, end), kind }
    i = end
  }
}

/** Splits on commas that are not inside brackets, parentheses or strings: `.a, :is(.b, .c)` is two selectors. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const { text, kind } of pieces(list)) {
    if (kind === 'char' && (text === '(' || text === '[')) depth++
    if (kind === 'char' && (text === ')' || text === ']')) depth--
    if (kind === 'char' && text === ',' && depth === 0) {
      parts.push(current)
      current = ''
    } else current += text
  }
  parts.push(current)
  return parts.map((p) => p.trim()).filter(Boolean)
}

const normalSelector = (selector: string) =>
  selector
    .replace(/"/g, "'")
    .replace(/\s*([>+~])\s*/g, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim()

/** Every style rule (its media context and each of its selectors) and every at-rule block, with their lines. */
function parseSheet({ file, text }: Sheet): { rules: Rule[]; blocks: Block[] } {
  const rules: Rule[] = []
  const blocks: Block[] = []
  const context: string[] = []
  // What each open brace opened: an at-rule (its context pushed), a style rule, or a block whose inside is not rules.
  const open: ('at' | 'rule' | 'opaque')[] = []
  let prelude = ''
  let preludeStart = 0
  const lineAt = (index: number) => text.slice(0, index).split('\n').length
  const restart = (at: number) => {
    prelude = ''
    preludeStart = at
  }
  for (const piece of pieces(text)) {
    const c = piece.kind === 'char' ? piece.text : ''
    if (c === '{') {
      const head = prelude.trim()
      const start = preludeStart + (prelude.length - prelude.trimStart().length)
      const inside = open.at(-1)
      if (inside === 'rule' || inside === 'opaque') open.push('opaque')
      else if (head.startsWith('@')) {
        const name = head.slice(1).split(/[\s(]/)[0]!.toLowerCase()
        blocks.push({ file, line: lineAt(start), atRule: head.replace(/\s+/g, ' ') })
        if (['media', 'supports', 'layer', 'container', 'document'].includes(name)) {
          context.push(head.replace(/\s+/g, ' '))
          open.push('at')
        } else open.push('opaque') // @keyframes, @font-face, @page: their insides are not selectors
      } else {
        for (const selector of splitTopLevel(head)) rules.push({ file, line: lineAt(start), context: context.join(' / '), selector: normalSelector(selector) })
        open.push('rule')
      }
      restart(piece.at + 1)
    } else if (c === '}') {
      if (open.pop() === 'at') context.pop()
      restart(piece.at + 1)
    } else if (c === ';' && open.at(-1) !== 'rule' && open.at(-1) !== 'opaque') {
      // A statement at-rule (@import, @charset) ends here.
      restart(piece.at + 1)
    } else prelude += piece.kind === 'comment' ? ' '.repeat(piece.text.length) : piece.text
  }
  return { rules, blocks }
}

/** The problems in a set of stylesheets, each as one readable line. */
function stylesheetProblems(sheets: Sheet[]): string[] {
  const problems: string[] = []
  const seen = new Map<string, Rule>()
  for (const sheet of sheets) {
    const lines = sheet.text.replace(/\n$/, '').split('\n').length
    if (lines > MAX_LINES) problems.push(`${sheet.file} has ${lines} lines (at most ${MAX_LINES})`)
    const { rules, blocks } = parseSheet(sheet)
    const prints = blocks.filter((b) => /^@media\b.*\bprint\b/i.test(b.atRule))
    if (prints.length > 1) problems.push(`${sheet.file} has ${prints.length} @media print blocks (lines ${prints.map((b) => b.line).join(', ')}); keep one`)
    for (const rule of rules) {
      const key = `${rule.context} { ${rule.selector}`
      const first = seen.get(key)
      if (first) {
        const where = rule.context ? ` inside ${rule.context}` : ''
        problems.push(`${rule.selector}${where} is defined twice: ${first.file}:${first.line} and ${rule.file}:${rule.line}`)
      } else seen.set(key, rule)
    }
  }
  return problems
}

const realSheets = (): Sheet[] => cssFiles(ROOT).map((path) => ({ file: relative(ROOT, path).replace(/\\/g, '/'), text: readFileSync(path, 'utf8') }))

describe('the renderer’s stylesheets', () => {
  it('are split: several files, each imported by the code that uses it', () => {
    const sheets = realSheets()
    expect(sheets.length).toBeGreaterThan(10)
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const path = join(dir, e.name)
        if (e.isDirectory()) return sources(path)
        return /\.tsx?$/.test(e.name) ? [readFileSync(path, 'utf8')] : []
      })
    const code = sources(join(ROOT, 'src')).join('\n')
    for (const { file } of sheets) {
      const name = file.split('/').at(-1)!
      expect(code, `${file} is imported somewhere`).toMatch(new RegExp(`import '[./]*(?:[\\w-]+/)*${name.replace('.', '\\.')}'`))
    }
  })

  it('have no file over 300 lines, no selector defined twice and at most one print block per file', () => {
    expect(stylesheetProblems(realSheets())).toEqual([])
  })
})

describe('the stylesheet check itself', () => {
  it('finds a selector defined twice through a grouped selector, across files, past comments and strings', () => {
    const problems = stylesheetProblems([
      { file: 'a.css', text: "/* .b { } is only a comment */\n.a,\n/* between */ .b {\n  content: '{ .b }';\n}\n" },
      { file: 'b.css', text: '.c {}\n\n.b {\n  color: red;\n}\n' },
    ])
    expect(problems).toEqual(['.b is defined twice: a.css:2 and b.css:3'])
  })

  it('counts the same selector in the same media context only, and reads grouped selectors inside :is() as one', () => {
    const text = [
      '.a { color: red; }',
      '@media (max-width: 999px) { .a { color: blue; } }',
      '@media print { .a { color: black; } }',
      ':is(.x, .y) > .z {}',
      '.x {}',
      '@media (max-width:  999px) { .a[type="date"] {} .a[type=\'date\'] {} }',
    ].join('\n')
    expect(stylesheetProblems([{ file: 'f.css', text }])).toEqual([".a[type='date'] inside @media (max-width: 999px) is defined twice: f.css:6 and f.css:6"])
  })

  it('finds a second print block in one file, and a file over 300 lines', () => {
    const long = Array.from({ length: 301 }, (_, i) => `.r${i} {}`).join('\n') + '\n'
    const twoPrints = '@media print { .a {} }\n.b {}\n@media only print and (min-width: 10px) { .c {} }\n'
    expect(stylesheetProblems([{ file: 'long.css', text: long }])).toEqual(['long.css has 301 lines (at most 300)'])
    expect(stylesheetProblems([{ file: 'two.css', text: twoPrints }])).toEqual(['two.css has 2 @media print blocks (lines 1, 3); keep one'])
    expect(stylesheetProblems([{ file: 'ok.css', text: long.split('\n').slice(1).join('\n') }])).toEqual([])
  })

  it('does not read a keyframes step as a selector', () => {
    const text = '@keyframes spin { from { opacity: 0; } to { opacity: 1; } }\n@keyframes fade { from { opacity: 1; } }\n'
    expect(stylesheetProblems([{ file: 'k.css', text }])).toEqual([])
  })
})
