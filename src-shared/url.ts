// An address, or null for text that is not one. Comparing parts of two addresses starts here, so text that does not
// parse is refused the same way everywhere.
export function parseUrl(text: string | undefined): URL | null {
  if (!text) return null
  try {
    return new URL(text)
  } catch {
    return null
  }
}
