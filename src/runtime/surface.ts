/**
 * The interface a person is using: the action (inputs in a workflow file) or the CLI (flags on a
 * command line). Every message that tells someone what to set or run words it for the interface in
 * use, from the one mapping below: an input's name, the flag that sets it, and what to do after a
 * skip. Pure.
 */
export type Surface = 'action' | 'cli'

/** The `self-evolution run` flag that sets each action input it has. */
export const CLI_FLAGS: Readonly<Record<string, string>> = {
  'database-url': '--database-url',
  'config-path': '--config-path',
  proposals: '--proposals',
  force: '--force',
  migrate: '--migrate',
  'dry-run': '--no-dry-run'
}

/** How a message names an input: `--config-path` from the CLI, `Input "config-path"` in the action. */
export function inputLabel(surface: Surface, input: string): string {
  const flag = surface === 'cli' ? CLI_FLAGS[input] : undefined
  return flag ?? `Input "${input}"`
}

/** How to turn an input (a boolean one) on: `pass --force`, or `set the input force: true`. */
function turnOn(surface: Surface, input: string): string {
  const flag = surface === 'cli' ? CLI_FLAGS[input] : undefined
  return flag ? `pass ${flag}` : `set the input \`${input}: true\``
}

/** What to do when the schema is behind: migrate, through the interface in use or the CLI. */
export function migrateAdvice(surface: Surface): string {
  return surface === 'cli'
    ? 'run `self-evolution migrate`, or pass --migrate'
    : 'set the input `migrate: true`, or run `self-evolution migrate`'
}

/**
 * What to do after each skip, in one sentence; undefined where the skip's own detail says it.
 * Keyed by the start's skip reasons (src/daily/start.ts).
 */
export function skipAdvice(
  surface: Surface,
  reason: string,
  facts: { configPath: string; repository: string }
): string | undefined {
  const repoFlag = facts.repository ? ` --repository ${facts.repository}` : ''
  switch (reason) {
    case 'disabled':
      return `To turn the system on, set "enabled": true in ${facts.configPath}.`
    case 'flag-off':
      return `To turn the flag on, run \`self-evolution flag enable\` (and \`self-evolution flag enable${repoFlag || ' --repository OWNER/REPO'}\` when the repository's flag is off).`
    case 'failure-limit':
      return `Fix what made the runs fail, then turn the repository's flag back on with \`self-evolution flag enable${repoFlag || ' --repository OWNER/REPO'}\`.`
    case 'cooldown':
      return `Wait for the cooldown to pass, or ${turnOn(surface, 'force')} to run now.`
    case 'deployment-active':
    case 'ci-active':
      return `Wait for it to finish, or ${turnOn(surface, 'force')} to run anyway.`
    case 'gate-error':
      return 'Fix what the detail names, then run again; the run could not be judged safe to start.'
    case 'already-ran-today':
      return `Today's run is done; ${turnOn(surface, 'force')} to run again today.`
    default:
      return undefined
  }
}
