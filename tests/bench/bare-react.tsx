import { createRoot } from 'react-dom/client'

// The baseline for the ratio: React rendering one navigation landmark, nothing else.
createRoot(document.getElementById('root')!).render(
  <nav aria-label="Onboarding checklist">
    <ol>
      <li>Bare React page</li>
    </ol>
  </nav>,
)
