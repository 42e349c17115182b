// Drawn for this project (resources/illustrations); bundled as files so the CSP's img-src 'self' allows them. The pictures
// keep TechPass's English labels on purpose; their alt texts are guide texts, translated with the guide.
// eslint-disable-next-line lingui/no-unlocalized-strings -- a path and a query that Vite reads at build time; nothing here is shown
const files = import.meta.glob('../../../resources/illustrations/*.svg', { eager: true, query: '?url', import: 'default' }) as Record<string, string>

export const illustrationUrl = (file: string): string | undefined => Object.entries(files).find(([path]) => path.endsWith(`/${file}`))?.[1]
