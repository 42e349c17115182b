// Prints the before-and-after table of npm run effort from test-results/effort/*.json, part by part.
// Playwright empties test-results/ when it starts, so npm run effort measures today's app first, then 0.1.0.
import { readFileSync } from 'node:fs'
import process from 'node:process'

const read = (name) => JSON.parse(readFileSync(`test-results/effort/${name}.json`, 'utf8'))
// Clicks (of them off-screen) / keystrokes / scrolled; counts from an older counter have no off-screen or scroll figures.
const cell = (t) =>
  t ? `${t.clicks}${t.offscreen === undefined ? '' : ` (${t.offscreen})`} / ${t.keys}${t.scrolled === undefined ? '' : ` / ${t.scrolled} px`}` : '–'
const lines = ['| Audience | Part | 0.1.0 clicks (off-screen) / keys / scrolled | Now |', '|---|---|---|---|']
for (const audience of ['vendor', 'offshore-odc', 'offshore-non-odc']) {
  const before = read(`before-${audience}`)
  const after = read(`after-${audience}`)
  const parts = [...new Set([...after.parts, ...before.parts].map((p) => p.part))]
  for (const part of parts) {
    const find = (run) => run.parts.find((p) => p.part === part)
    lines.push(`| ${audience} | ${part} | ${cell(find(before))} | ${cell(find(after))} |`)
  }
  lines.push(`| **${audience}** | **launch to finish** | **${cell(before.total)}** | **${cell(after.total)}** |`)
}
process.stdout.write(`${lines.join('\n')}\n`)
