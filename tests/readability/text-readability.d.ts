// text-readability 1.1.1 ships no types; only what tests/readability uses.
declare module 'text-readability' {
  const readability: {
    fleschKincaidGrade(text: string): number
    lexiconCount(text: string, removePunctuation?: boolean): number
    syllableCount(text: string, lang?: string): number
  }
  export default readability
}
