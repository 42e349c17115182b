// `msg` from '@lingui/core/macro' where no build step compiles macros: the e2e harness runs main's core inside Playwright's
// own Node process, and the bench runs it with tsx. Both resolve the import here through "paths" in tsconfig.json.
// Main's messages have explicit ids (src-shared/messages), so the descriptor as written is what the macro would give.
export const msg = <T extends { id?: string }>(descriptor: T): T => descriptor
export const defineMessage = msg
