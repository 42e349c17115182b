import type { Guide } from '../../src-shared/guide-schema'
import { mapGuideTexts } from '../../src-shared/guide-translation'
import type { ChosenLanguage } from '../../src-shared/languages'
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoText } from '../../src-shared/pseudo-text'
import { loadGuideTranslation } from './load-guide'

// The guide in each language, read once when first asked for. The pseudo-locale's guide is made from the English,
// so a tester sees at once any guide text that is not taken from the guide.
export function guideLanguages(resourcesDir: string, english: Guide, log?: (message: string) => void): (language: ChosenLanguage) => Guide {
  const made = new Map<ChosenLanguage, Guide>([['en', english]])
  return (language) => {
    let guide = made.get(language)
    if (!guide) {
      if (language === 'pseudo') guide = mapGuideTexts(english, (t) => `${PSEUDO_OPEN}${pseudoText(t.english)}${PSEUDO_CLOSE}`)
      else {
        const loaded = loadGuideTranslation(resourcesDir, english, language)
        if (loaded.problem) log?.(loaded.problem)
        guide = loaded.guide
      }
      made.set(language, guide)
    }
    return guide
  }
}
