import { applyConfig } from './config-file'
import type { LoadedConfig } from './config-file'
import type { PhoneFormat } from './helpdesk'

// Any kind of number (a helpdesk line is rarely a mobile), in the smallest metadata: enough to tell a plausible number.
export const loadPhoneFormat = (): Promise<PhoneFormat> =>
  import('libphonenumber-js').then(({ parsePhoneNumberFromString }) => (text: string) => {
    const parsed = parsePhoneNumberFromString(text)
    return parsed?.isValid() ? parsed.formatInternational() : null
  })

// If the phone rules cannot load, the number cannot be checked, so it is refused with the usual notice.
const refuseAll: PhoneFormat = () => null

/** Applies the layers again with the helpdesk phone checked; a configuration without a phone is returned as it is. */
export async function checkHelpdeskPhone(loaded: LoadedConfig, load: () => Promise<PhoneFormat> = loadPhoneFormat): Promise<LoadedConfig> {
  if (!loaded.phoneToCheck) return loaded
  const format = await load().catch(() => refuseAll)
  const checked = applyConfig(loaded.phoneToCheck, format)
  // The system's trust rules for its policy texts come along: applying the layers again must not drop them.
  return loaded.vetPolicyText ? { ...checked, vetPolicyText: loaded.vetPolicyText } : checked
}
