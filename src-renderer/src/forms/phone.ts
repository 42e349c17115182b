import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile'

// The same libphonenumber-js metadata main uses, so the live check and the saved check agree.
export const parsePhone = (text: string) => parsePhoneNumberFromString(text)

export function phonePreview(text: string): string | null {
  const parsed = parsePhoneNumberFromString(text.replace(/^\s*00/, '+'))
  return parsed?.isValid() ? parsed.formatInternational() : null
}
