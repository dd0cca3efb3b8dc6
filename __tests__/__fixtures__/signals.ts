/**
 * A child process to interrupt: its output collected, a promise for a line it prints (the pause
 * markers of SELF_EVOLUTION_PAUSE_AT), and its exit. No sleeps: a test waits for the marker, then
 * sends the signal.
 */
import { spawn } from 'node:child_process'

export type Exit = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

export type Child = {
  pid: number
  /** Resolves when stdout or stderr has contained `text` (at any time since the start). */
  printed(text: string): Promise<void>
  kill(signal: NodeJS.Signals): void
  exited: Promise<Exit>
}

export function startChild(
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; stdin?: 'pipe' | 'ignore' }
): Child {
  const child = spawn(process.execPath, args, {
    cwd: opts.cwd,
    env: opts.env,
    stdio: [opts.stdin ?? 'pipe', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  const watchers: { text: string; resolve: () => void }[] = []
  const wake = () => {
    for (const w of [...watchers]) {
      if (!(stdout + stderr).includes(w.text)) continue
      watchers.splice(watchers.indexOf(w), 1)
      w.resolve()
    }
  }
  child.stdout!.on('data', d => ((stdout += d), wake()))
  child.stderr!.on('data', d => ((stderr += d), wake()))
  const exited = new Promise<Exit>(resolve =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  )
  return {
    pid: child.pid!,
    printed: text =>
      new Promise<void>((resolve, reject) => {
        watchers.push({ text, resolve })
        wake()
        // A promise settles once: after the marker this rejection is a no-op.
        void exited.then(e =>
          reject(
            new Error(`exited (${e.code ?? e.signal}) before printing "${text}":\n${e.stdout}\n${e.stderr}`)
          )
        )
      }),
    kill: signal => void child.kill(signal),
    exited
  }
}
