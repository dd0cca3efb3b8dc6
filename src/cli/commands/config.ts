/** `self-evolution config validate [PATH]`: 0 valid, 1 invalid, 2 unreadable or not JSON. */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseConfigText, formatProblems } from '../../config/load.js'
import { DEFAULT_CONFIG_PATH } from '../../config/schema.js'
import { parseCommandArgs, UsageError, type CliIO } from '../io.js'

const HELP = `Usage: self-evolution config validate [PATH] [--json]

Validates a configuration file (default: ${DEFAULT_CONFIG_PATH}) and prints OK or every problem.
Exit codes: 0 valid, 1 invalid, 2 the file cannot be read or is not JSON.
`

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv
  if (sub === '--help' || sub === '-h' || sub === undefined) {
    io.stdout(HELP)
    return sub === undefined ? 2 : 0
  }
  if (sub !== 'validate') throw new UsageError(`unknown subcommand "${sub}"; expected "validate"`)
  const { values, positionals } = parseCommandArgs('config validate', rest, { json: { type: 'boolean' } }, 1)
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const path = positionals[0] ?? DEFAULT_CONFIG_PATH
  let text: string
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    if (values.json)
      io.stdout(JSON.stringify({ valid: false, path, error: `cannot read the file (${code})` }) + '\n')
    io.stderr(`config validate: cannot read ${path} (${code}); expected a readable JSON file\n`)
    return 2
  }
  const result = parseConfigText(text)
  if (result.ok) {
    io.stdout(
      values.json ? JSON.stringify({ valid: true, path, problems: [] }) + '\n' : `OK: ${path} is valid\n`
    )
    return 0
  }
  const lines = formatProblems(result.problems)
  if (values.json) {
    io.stdout(JSON.stringify({ valid: false, path, problems: result.problems }) + '\n')
  } else if (result.kind === 'json') {
    io.stderr(`config validate: ${path} is ${result.problems[0].message}\n`)
  } else {
    io.stdout(`${path}: ${lines.length} problem${lines.length === 1 ? '' : 's'}\n`)
    for (const line of lines) io.stdout(`  ${line}\n`)
  }
  return result.kind === 'json' ? 2 : 1
}
