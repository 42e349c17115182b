// One human format for dates everywhere on screen, in the user's own language settings.
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' })
const timeFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' })

// A calendar day (YYYY-MM-DD) as people write it; it is not moved by time zones.
export function humanDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  if (!y || !m || !d) return day
  return dayFormat.format(new Date(y, m - 1, d))
}

// A moment (ISO time) in the user's time zone.
export function humanTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : `on ${timeFormat.format(date)}`
}
