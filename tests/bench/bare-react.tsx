import { createRoot } from 'react-dom/client'

// The baseline for time to the first form: React rendering the checklist landmark and nothing else; the bench gives it the
// app's index.html, CSS, server and init script.
createRoot(document.getElementById('root')!).render(
  <nav aria-label="Onboarding checklist">
    <ol>
      <li>Bare React page</li>
    </ol>
  </nav>,
)
