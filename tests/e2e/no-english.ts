import { expect } from '@playwright/test'
import type { Page } from '@playwright/test'
import type { Language } from '../../src-shared/languages'
import { englishPieces, translatedTexts } from './catalog'
import { POLICY_TITLES, STAYS_ENGLISH } from './pseudo-check'

// What a screen in another language may still show in English: the names that stay English (kept so in the
// translations themselves, e.g. vi "nhấn **Login** (Đăng nhập)"), the policy texts and their titles (legal texts in
// their official language), what the user typed, codes and addresses, and the request to the project manager (English
// on purpose; the screen says so). Anything else in English is a text the app forgot to translate.

/** The visible texts of the page: its text nodes and the placeholders of its fields, in reading order. */
const visibleTexts = (page: Page) =>
  page.evaluate(() => {
    // Left out: the policy texts, the request to the project manager, and the practice key (data, like a code).
    const skip = 'script, style, select, .policy-text, [hidden], [aria-hidden="true"], [data-testid="request-message"], [data-testid="practice-key"]'
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      const text = node.textContent?.trim() ?? ''
      if (!text || !el || el.closest(skip) || el.getClientRects().length === 0) continue
      found.push(text)
    }
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[placeholder], textarea[placeholder]'))
      if (!el.closest(skip) && el.getClientRects().length > 0 && el.placeholder.trim()) found.push(el.placeholder.trim())
    return found
  })

// Data inside a sentence: a status code, an email address, an address on the web, a file's path or name.
const DATA = [/\bTP-[0-9A-Z]{3}-[0-9A-Z]\b/g, /\S+@\S+\.\S+/g, /https?:\/\/\S+/g, /(^|\s)(\/|[A-Z]:\\)\S+/g, /[\w.-]+\.(json|jsonl|txt|pdf)\b/g]

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// A word: letters, digits and the marks inside words. English words are plain ASCII letters; Vietnamese nearly always has a mark.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu
const ASCII_WORD = /^[A-Za-z][A-Za-z'’-]*$/

/** Runs of plain-ASCII words side by side in `text` (a word with a mark, a number or a line between them ends a run). */
function asciiRuns(text: string): string[] {
  const runs: string[] = []
  let start = -1
  let end = -1
  for (const m of text.matchAll(WORD)) {
    const ascii = ASCII_WORD.test(m[0])
    const joined = start >= 0 && !/[\n|]/.test(text.slice(end, m.index))
    if (ascii && joined) end = m.index + m[0].length
    else {
      if (start >= 0) runs.push(text.slice(start, end))
      start = ascii ? m.index : -1
      end = ascii ? m.index + m[0].length : -1
    }
  }
  if (start >= 0) runs.push(text.slice(start, end))
  return runs.filter((run) => run.replace(/[^A-Za-z]/g, '').length >= 2)
}

export interface NoEnglish {
  (page: Page, where: string): Promise<void>
}

/**
 * A check of a screen in `language`: no English on it but what may stay English. `typed` is what the user typed (and
 * the app repeats: names, addresses), which is data, not text.
 */
export async function noEnglishIn(language: Exclude<Language, 'en'>, typed: readonly string[]): Promise<NoEnglish> {
  const pieces = await englishPieces(language)
  const kept = [await translatedTexts(language), ...STAYS_ENGLISH, ...POLICY_TITLES].join('\n')
  // A run is kept English when the translations hold it as a whole (word boundaries, not inside another word).
  const inTranslations = (run: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(run)}($|[^\\p{L}\\p{N}])`, 'u').test(kept)
  const data = [...typed].filter(Boolean).sort((a, b) => b.length - a.length)
  return async (page, where) => {
    const texts = await visibleTexts(page)
    // Whole sentences from the catalog or the guide left in English (they may hold marks, such as curly quotes).
    const all = texts.join('\n')
    const untranslated = pieces.filter((piece) => all.includes(piece))
    // Any other run of English words: a text not in the catalog, built from pieces, or a message main wrote in English.
    const english: string[] = []
    for (let text of texts) {
      for (const value of data) text = text.split(value).join(' | ')
      for (const re of DATA) text = text.replace(re, ' | ')
      for (const run of asciiRuns(text)) {
        if (inTranslations(run)) continue
        // Two kept names side by side ("TechPass, Microsoft Authenticator"): each part on its own.
        const parts = run.split(/\s*[,;:()“”"«»]\s*/).filter((p) => p.replace(/[^A-Za-z]/g, '').length >= 2)
        const left = parts.filter((p) => !inTranslations(p))
        if (left.length > 0) english.push(`${left.join(' / ')}   ← in “${text.trim()}”`)
      }
    }
    expect({ untranslated, english }, `English left on "${where}"`).toEqual({ untranslated: [], english: [] })
  }
}
