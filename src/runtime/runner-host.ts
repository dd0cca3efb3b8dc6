/**
 * The ActionHost of the bundled entrypoints: the runner's protocol written directly, without
 * @actions/core (whose HTTP client alone costs about 100 ms of start-up, on a path that must
 * decide "the flag is off" quickly).
 *
 * The protocol, as @actions/core 3 speaks it (and as FACTS.md records it):
 * - inputs are INPUT_<NAME> variables (spaces become underscores, upper case), trimmed;
 * - outputs and state are appended to the files named by GITHUB_OUTPUT and GITHUB_STATE as
 *   `name<<delimiter` blocks with a random delimiter; later stages read state as STATE_<name>;
 * - masks, annotations and errors are workflow commands on stdout (`::add-mask::`, `::error
 *   file=…,title=…::`), with data escaped (% CR LF) and properties escaped too (: ,);
 * - the job summary is appended to the file named by GITHUB_STEP_SUMMARY;
 * - a failed step exits with code 1.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'
import type { ActionHost, AnnotationTarget } from './host.js'

/** Escapes the message part of a workflow command. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** One workflow command line, e.g. `::error file=a.ts,title=x::message`. */
export function workflowCommand(
  command: string,
  properties: Record<string, string | undefined>,
  message: string
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',')
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`
}

/** A `name<<delimiter` block for GITHUB_OUTPUT / GITHUB_STATE. */
export function fileCommandBlock(
  name: string,
  value: string,
  delimiter = `ghadelimiter_${randomUUID()}`
): string {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: the name or value of "${name}" contains the delimiter ${delimiter}`)
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
}

export type RunnerHostOptions = {
  env?: NodeJS.ProcessEnv
  /** Where command lines go (stdout). */
  write?: (text: string) => void
  /** Appends to a file (fs.appendFileSync). */
  append?: (path: string, text: string) => void
  /** Marks the process as failed (process.exitCode = 1). */
  fail?: () => void
}

export function runnerHost(options: RunnerHostOptions = {}): ActionHost {
  const env = options.env ?? process.env
  const write = options.write ?? ((text: string) => void process.stdout.write(text))
  const append = options.append ?? ((path: string, text: string) => appendFileSync(path, text, 'utf8'))
  const fail =
    options.fail ??
    (() => {
      process.exitCode = 1
    })
  const line = (text: string) => write(`${text}${EOL}`)

  /** Appends to a file command's file, or falls back to the old stdout command. */
  const fileCommand = (variable: 'GITHUB_OUTPUT' | 'GITHUB_STATE', name: string, value: string) => {
    const path = env[variable]
    if (path) {
      if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`)
      append(path, fileCommandBlock(name, value))
      return
    }
    const command = variable === 'GITHUB_OUTPUT' ? 'set-output' : 'save-state'
    write(EOL)
    line(workflowCommand(command, { name }, value))
  }

  const annotate = (kind: 'error' | 'warning' | 'notice', message: string, target?: AnnotationTarget) =>
    line(workflowCommand(kind, { title: target?.title, file: target?.file }, message))

  return {
    onGitHub: env.GITHUB_ACTIONS === 'true',
    env,
    getInput: name => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setSecret: value => {
      if (value) line(workflowCommand('add-mask', {}, value))
    },
    setOutput: (name, value) => fileCommand('GITHUB_OUTPUT', name, value),
    saveState: (name, value) => fileCommand('GITHUB_STATE', name, value),
    getState: name => env[`STATE_${name}`] ?? '',
    info: text => line(text),
    notice: text => annotate('notice', text),
    warning: text => annotate('warning', text),
    error: (text, target) => annotate('error', text, target),
    setFailed: text => {
      fail()
      annotate('error', text)
    },
    writeSummary: async markdown => {
      const path = env.GITHUB_STEP_SUMMARY
      if (!path) {
        throw new Error(
          'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
        )
      }
      append(path, `${markdown}${EOL}`)
    }
  }
}
