// Playwright runs main's code in the test process (the browser harness) without Babel, so Lingui's macros are not
// compiled there. The one macro main's messages use, msg({ id, message }), is a plain descriptor at run time: only its
// id crosses IPC. tsconfig.run.json points '@lingui/core/macro' here wherever main's TypeScript runs unbuilt (Playwright, tsx, esbuild).
export const msg = <T extends { id: string; message?: string; comment?: string }>(descriptor: T): T => descriptor
