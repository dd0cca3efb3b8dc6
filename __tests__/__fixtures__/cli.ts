/**
 * The CLI through its dispatcher, in-process: what it prints, captured, and its exit code.
 */
import { main } from '../../src/cli/main.js'

export type CliResult = { code: number; stdout: string; stderr: string }

export async function runCli(
  args: string[],
  io: { env?: NodeJS.ProcessEnv; cwd: string; now: () => Date; sleep?: (ms: number) => Promise<void> }
): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    stdout: t => void (stdout += t),
    stderr: t => void (stderr += t),
    env: io.env ?? {},
    cwd: io.cwd,
    now: io.now,
    sleep: io.sleep
  })
  return { code, stdout, stderr }
}
