// npm run policies:generate writes the administrators' templates; npm run policies:check (--check) fails, naming each file,
// when one is not what the configuration's schema and policy declarations give (src-main/config/config-file.ts).
import { generate } from './policy-templates'

process.exitCode = generate(process.argv.includes('--check'))
