/**
 * Your own command (`agent-command`), run by /bin/sh -c in the checkout as the agent user. The action
 * reads nothing from it but the contract files and the tail of its stdout, as its final message. Pure.
 */
import type { ParsedRun } from './claude.js'
import { tailMessage } from './output.js'

export function commandArgv(command: string | undefined): string[] {
  if (!command || !command.trim())
    throw new Error(
      `Input "agent-command" is empty; expected the command that runs your agent, for example "node agent.mjs".`
    )
  return ['/bin/sh', '-c', command]
}

export function parseCommandOutput(stdout: string, stderr = ''): ParsedRun {
  // A command that printed nothing on stdout (one that failed, most often) speaks on stderr.
  return { isError: false, budgetReached: false, finalMessage: tailMessage(stdout) || tailMessage(stderr) }
}
