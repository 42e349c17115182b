/** The English of a button, label or message, as the page shows it: `values` fill its plain `{name}` placeholders. */
export type Translate = (english: string, values?: Record<string, string>) => string

export const fill = (text: string, values: Record<string, string> = {}) => text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)

/** English as it is: the walks' default (tests/e2e/catalog.ts `translator` gives another language's words). */
export const asEnglish: Translate = fill
