import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'

export interface Launched {
  child: ChildProcess
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string
  /** Resolves once the output matches, and fails with the output so far when the process ends first or time runs out. */
  waitFor(pattern: RegExp, ms?: number): Promise<void>
  /** The exit code, or null if the process is still running after ms. */
  exited(ms: number): Promise<number | null>
  stop(): Promise<void>
}

// Starts a program as a user would, without Playwright's debugging switches (which an installed copy refuses).
export function launch(executable: string, args: string[], env: NodeJS.ProcessEnv): Launched {
  const child = spawn(executable, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let text = ''
  let code: number | undefined
  const waiters = new Set<() => void>()
  const wake = () => waiters.forEach((w) => w())
  child.stdout?.on('data', (chunk: Buffer) => ((text += chunk.toString()), wake()))
  child.stderr?.on('data', (chunk: Buffer) => ((text += chunk.toString()), wake()))
  child.on('exit', (exitCode) => ((code = exitCode ?? -1), wake()))
  const until = (done: () => boolean, ms: number) =>
    new Promise<boolean>((resolve) => {
      if (done()) return resolve(true)
      const check = () => {
        if (!done()) return
        clearTimeout(timer)
        waiters.delete(check)
        resolve(true)
      }
      const timer = setTimeout(() => (waiters.delete(check), resolve(false)), ms)
      waiters.add(check)
    })
  return {
    child,
    output: () => text,
    async waitFor(pattern, ms = 20_000) {
      const seen = await until(() => pattern.test(text) || code !== undefined, ms)
      if (!seen || !pattern.test(text)) {
        throw new Error(
          `${executable} did not print ${pattern} (${code === undefined ? `still running after ${ms} ms` : `exited with ${code}`}). Output:\n${text}`,
        )
      }
    },
    async exited(ms) {
      await until(() => code !== undefined, ms)
      return code === undefined ? null : code
    },
    async stop() {
      if (code !== undefined) return
      child.kill()
      if ((await until(() => code !== undefined, 5_000)) === false) child.kill('SIGKILL')
    },
  }
}
