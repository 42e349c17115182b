import { expect } from '@playwright/test'
import type { Page } from '@playwright/test'
import { LANGUAGE_NAMES } from '../../src-shared/languages'

// Names of things on TechPass, in its emails and in the illustrations, quoted in English on purpose in every language.
export const STAYS_ENGLISH = ['Login', 'Next', 'Sign in', 'TechPass', 'Microsoft Authenticator', 'SEED', 'ODC', 'MDM', 'MFA', 'AUP', 'TP']
// Policies are legal texts shown in their official language, titles included (resources/policies).
export const POLICY_TITLES = ['Privacy policy', 'Terms of use', 'MDM acceptable use policy (SEED)']
// Each language is named in its own words, whatever is on screen (the language menu, the helpdesk's decoded code).
const OWN_NAMES = Object.values(LANGUAGE_NAMES)

// Text the app shows but does not write: what the user typed, dates and numbers from Intl, codes, addresses.
const NOT_WRITTEN = [
  /^[\d\s.,:+()/%–-]*$/, // numbers, phone numbers, times
  /\bTP-[0-9A-Z]{3}-[0-9A-Z]\b/, // a status code
  /\S+@\S+\.\S+/, // an email address
  /https?:\/\/\S+/, // an address
  /^(\/|[A-Z]:\\)\S+$/, // a file's path
  /^[\w.-]+\.(json|jsonl|txt|pdf)$/, // a file's name
  /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/, // a day, en-GB
]

/**
 * Every text node on screen carries the pseudo-locale's marks (accented letters, the ⟦ ⟧ brackets or the ~ padding),
 * unless it is something the app does not write (typed data, dates, codes) or on the stays-English list. Policy texts
 * (legal texts, shown only in their official language) and `allowed` strings are left out.
 */
export async function expectAllPseudo(page: Page, label: string, allowed: readonly string[] = []) {
  const bare = await page.evaluate(
    ({ skip }) => {
      const marks = /[⟦⟧~áéíöüçñýšžÁÉÍÖÜÇÑÝŠŽ]/
      const found: string[] = []
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? ''
        if (!/[A-Za-z]{2,}/.test(text) || marks.test(text)) continue
        const el = node.parentElement
        if (!el || el.closest('script, style, select, textarea, .policy-text, [hidden], [aria-hidden="true"], .notice-region, .print-summary')) continue
        if (el.getClientRects().length === 0) continue
        if (skip.some((s) => text === s)) continue
        found.push(text)
      }
      return found
    },
    { skip: [...STAYS_ENGLISH, ...POLICY_TITLES, ...OWN_NAMES, ...allowed] },
  )
  const unwritten = bare.filter((text) => !NOT_WRITTEN.some((re) => re.test(text)))
  expect(unwritten, `every text on "${label}" comes from the catalog or the guide`).toEqual([])
}
