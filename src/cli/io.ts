/**
 * What every CLI command receives, so commands are testable in-process: output sinks, the
 * environment and the working directory. Commands return their exit code:
 *   0 success, 1 a negative answer (blocked, invalid, refused), 2 bad usage or unusable input.
 */
import { parseArgs as nodeParseArgs, type ParseArgsConfig } from 'node:util'

import type { Sleep } from '../github/retry.js'
import type { SignalProcess } from '../runtime/interrupt.js'

export type CliIO = {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
  cwd: string
  /** Injected clock, so commands that stamp times are testable. */
  now: () => Date
  /** The process whose SIGINT and SIGTERM `run` handles (absent in-process: no signals then). */
  signals?: SignalProcess
  /** Injected wait between retries of a GitHub read (doctor); the real timer when absent. */
  sleep?: Sleep
}

/** Bad usage or unusable input: the CLI prints the message as one line and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A failure the command explains in one line and exits 1 for. */
export class CommandError extends Error {
  override name = 'CommandError'
}

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * Strict argument parsing: unknown flags and missing values are usage errors (exit 2).
 * `--help` is always accepted.
 */
export function parseCommandArgs<O extends Options>(
  command: string,
  argv: string[],
  options: O,
  maxPositionals = 0
) {
  try {
    const parsed = nodeParseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true
    })
    if (parsed.positionals.length > maxPositionals && !(parsed.values as { help?: boolean }).help) {
      throw new UsageError(
        `unexpected argument "${parsed.positionals[maxPositionals]}"; see "self-evolution ${command} --help"`
      )
    }
    return parsed
  } catch (error) {
    if (error instanceof UsageError) throw error
    const message = (error as Error).message.split('\n')[0]
    throw new UsageError(`${message}; see "self-evolution ${command} --help"`)
  }
}

/** Parse an integer flag or fail with a sentence naming the flag, the value and the range. */
export function intFlag(
  name: string,
  value: string | undefined,
  min: number,
  max: number
): number | undefined {
  if (value === undefined) return undefined
  if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${name} "${value}" is not valid; expected an integer from ${min} to ${max}`)
  }
  return Number(value)
}

/** owner/repo, as GitHub spells it. */
export function repositoryFlag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value)) {
    throw new UsageError(`--repository "${value}" is not valid; expected OWNER/REPO`)
  }
  return value
}
