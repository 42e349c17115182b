// Drawn for this project (resources/illustrations); bundled as files so the CSP's img-src 'self' allows them.
const files = import.meta.glob('../../../resources/illustrations/*.svg', { eager: true, query: '?url', import: 'default' }) as Record<string, string>

export const illustrationUrl = (file: string): string | undefined => Object.entries(files).find(([path]) => path.endsWith(`/${file}`))?.[1]
