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

/** The text with comments blanked out (line breaks kept, so line numbers still hold); strings are left as they are. */
function withoutComments(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '"' || c === "'") {
      const end = closingQuote(text, i)
      out += text.slice(i, end + 1)
      i = end
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      const stop = end === -1 ? text.length : end + 2
      out += text.slice(i, stop).replace(/[^\n]/g, ' ')
      i = stop - 1
    } else out += c
  }
  return out
}

function closingQuote(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === text[start]) return i
  }
  return text.length - 1
}

/** Splits on commas that are not inside brackets, parentheses or strings: `.a, :is(.b, .c)` is two selectors. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!
    if (c === '"' || c === "'") {
      const end = closingQuote(list, i)
      current += list.slice(i, end + 1)
      i = end
      continue
    }
    if (c === '(' || c === '[') depth++
    if (c === ')' || c === ']') depth--
    if (c === ',' && depth === 0) {
      parts.push(current)
      current = ''
    } else current += c
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
  const css = withoutComments(text)
  const rules: Rule[] = []
  const blocks: Block[] = []
  const context: string[] = []
  // What each open brace opened: an at-rule (its context pushed), a style rule, or a block whose inside is not rules.
  const open: ('at' | 'rule' | 'opaque')[] = []
  let prelude = ''
  let preludeStart = 0
  const lineAt = (index: number) => css.slice(0, index).split('\n').length
  for (let i = 0; i < css.length; i++) {
    const c = css[i]!
    if (c === '"' || c === "'") {
      const end = closingQuote(css, i)
      prelude += css.slice(i, end + 1)
      i = end
      continue
    }
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
      prelude = ''
      preludeStart = i + 1
    } else if (c === '}') {
      if (open.pop() === 'at') context.pop()
      prelude = ''
      preludeStart = i + 1
    } else if (c === ';' && open.at(-1) !== 'rule' && open.at(-1) !== 'opaque') {
      // A statement at-rule (@import, @charset) ends here.
      prelude = ''
      preludeStart = i + 1
    } else prelude += c
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
