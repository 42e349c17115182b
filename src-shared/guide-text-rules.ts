// What a translated guide text must keep from its English, so the app says what the browser and the emails show.

// Names the user sees on TechPass, in Microsoft Authenticator and in emails. They stay English on purpose: a
// translation keeps the name, exactly, wherever the English uses it (a translation in brackets may follow).
// `where` finds the name in the English; it skips words that only look like a name ("Next steps", "sign in").
export const staysEnglish: readonly { name: string; where: RegExp }[] = [
  { name: 'TechPass', where: /TechPass/ },
  { name: 'Docs portal', where: /Docs portal/ },
  { name: 'Login', where: /\bLogin\b/ },
  { name: 'Next', where: /\b([Cc]lick|the) (\*\*)?Next\b/ },
  { name: 'Sign in', where: /\b([Cc]lick|the) (\*\*)?Sign in\b/ },
  { name: 'More information required', where: /More information required/ },
  { name: 'Microsoft Authenticator', where: /Microsoft Authenticator/ },
  { name: 'LiteMail', where: /LiteMail/ },
  { name: 'SEED', where: /\bSEED\b/ },
  { name: 'ODC', where: /\bODC\b/ },
  { name: 'MFA', where: /\bMFA\b/ },
  { name: 'MDM', where: /\bMDM\b/ },
  { name: 'AUP', where: /\bAUP\b/ },
  { name: 'QR', where: /\bQR\b/ },
]

const all = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map((m) => m[0])
const sorted = (values: string[]): string => [...values].sort().join(', ')

// Placeholders such as {days} and bold names such as **Login**: the same set, each as often as in the English.
const placeholders = (text: string) => all(text, /\{[^{}\s]+\}/g)
const boldNames = (text: string) => all(text, /\*\*[^*]+\*\*/g)
// Numbers (days, steps): a deadline or step number must not change in translation.
const numbers = (text: string) => all(text, /\d+/g)

// What is wrong with one translated text, compared with its English; empty when nothing is.
export function textProblems(english: string, translated: string): string[] {
  const problems: string[] = []
  const compare = (what: string, find: (text: string) => string[]) => {
    const want = sorted(find(english))
    const got = sorted(find(translated))
    if (want !== got) problems.push(`${what} differ from the English: expected [${want}], found [${got}]`)
  }
  compare('placeholders', placeholders)
  compare('bold names', boldNames)
  compare('numbers', numbers)
  for (const { name, where } of staysEnglish) {
    if (where.test(english) && !translated.includes(name)) problems.push(`"${name}" stays English, as in the English text`)
  }
  if (translated.trim() === '') problems.push('empty')
  return problems
}
