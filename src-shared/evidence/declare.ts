// One evidence name, as the domain that proves it declares it: what the user does in the assistant to prove it, said on
// the item's row in the checklist (`how`, with {section} the title of the part where the details are saved), and in the
// refusal to tick it by hand (`cannotTick`, with {item} the task's title).
interface EvidenceWords {
  how: { id: string }
  cannotTick: { id: string }
}

// Checks a domain's declarations and keeps their exact types (the names, and the catalog's descriptors). The words are
// plain catalog entries marked for extraction (/*i18n*/), not msg macros: the guide schema imports these names, and the
// build reads the contract without the macro plugin.
export const evidenceOf = <const D extends Record<string, EvidenceWords>>(declared: D): D => declared
