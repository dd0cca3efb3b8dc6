/** `self-evolution check` run in-process, with its output collected (the tests' one way to run it). */
import { run } from '../../src/cli/commands/check.js'
import type { CliIO } from '../../src/cli/io.js'

export async function runCheck(
  argv: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {}
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = {
    stdout: t => (stdout += t),
    stderr: t => (stderr += t),
    env,
    cwd,
    now: () => new Date('2026-03-01T23:59:59Z')
  }
  const code = await run(argv, io)
  return { code, stdout, stderr }
}
