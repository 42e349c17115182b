import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile'

// The same libphonenumber-js metadata main uses, so the live check and the saved check agree.
export const parsePhone = (text: string) => parsePhoneNumberFromString(text)

// A saved number (E.164) shown the one way numbers are shown: international format with spaces, "+65 9123 4567".
export function internationalPhone(saved: string): string {
  const parsed = parsePhoneNumberFromString(saved)
  return parsed?.isValid() ? parsed.formatInternational() : saved
}

export function phonePreview(text: string): string | null {
  const parsed = parsePhoneNumberFromString(text.replace(/^\s*00/, '+'))
  return parsed?.isValid() ? parsed.formatInternational() : null
}
