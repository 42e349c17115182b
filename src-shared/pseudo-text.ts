// A pseudo-locale for tests: every text is accented, about 35% longer and in brackets, so text left outside the
// catalog, or a layout that cannot take longer words, shows at once. The catalog and the guide both use it.
const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  s: 'š',
  z: 'ž',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
  S: 'Š',
  Z: 'Ž',
}
const PAD = '~'

export const PSEUDO_OPEN = '⟦'
export const PSEUDO_CLOSE = '⟧'

// Accents every letter and pads by 35% of the letters; the brackets go round a whole message, not each piece.
export function pseudoText(text: string): string {
  const accented = text.replace(/[a-zA-Z]/g, (ch) => ACCENTS[ch] ?? ch)
  const letters = text.replace(/\s/g, '').length
  return accented + (letters > 0 ? PAD.repeat(Math.ceil(letters * 0.35)) : '')
}
