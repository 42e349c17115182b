import { z } from 'zod'

// Main parses each schema a few times (the configuration, the guide, the checkpoint, one reply per call), and zod's JIT
// compiles a parser for each object schema with `new Function` on its first parse: at start that costs more than it
// saves (callgrind, main-start child, 60 events: about 90 million of 1,120 million instructions). A big parse (a first
// start's whole ledger, an imported bundle) is about a tenth slower without it.
// An object schema reads this setting when it is built, so this module must run before any module that builds one:
// it is the first import of index.ts and of start.ts (and of the main-start bench's child, which runs start.ts as main does).
z.config({ jitless: true })
