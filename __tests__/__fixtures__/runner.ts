/**
 * Runs the bundled entrypoints the way the GitHub runner does: each stage a separate node process,
 * with GITHUB_STATE, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, inputs as INPUT_* variables, and
 * the state saved by earlier stages handed on as STATE_* variables.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const DIST = resolve(process.cwd(), 'dist')

export type StageRun = {
  stage: string
  code: number | null
  signal: string | null
  stdout: string
  stderr: string
}

/** Parse a runner file-command file (`key<<DELIM\nvalue\nDELIM` or `key=value` lines). */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, key, delim] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i])
      out[key] = value.join('\n')
      continue
    }
    const eq = line.indexOf('=')
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return out
}

export class RunnerEmulation {
  readonly dir = mkdtempSync(join(tmpdir(), 'se-runner-'))
  readonly stateFile = join(this.dir, 'state')
  readonly outputFile = join(this.dir, 'output')
  readonly summaryFile = join(this.dir, 'summary')
  readonly eventFile = join(this.dir, 'event.json')
  readonly runs: StageRun[] = []
  private state: Record<string, string> = {}

  constructor(
    private readonly opts: {
      inputs: Record<string, string>
      env: Record<string, string>
      event?: Record<string, unknown>
      node?: string
      /** The script of a stage (default: the bundle in dist/). */
      entry?: (stage: 'pre' | 'main' | 'post') => string
    }
  ) {
    for (const f of [this.stateFile, this.outputFile, this.summaryFile]) writeFileSync(f, '')
    writeFileSync(this.eventFile, JSON.stringify(opts.event ?? {}))
  }

  /** More inputs, for values known only once this job's runner files exist (a downloaded artifact). */
  setInputs(inputs: Record<string, string>): void {
    Object.assign(this.opts.inputs, inputs)
  }

  env(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_STATE: this.stateFile,
      GITHUB_OUTPUT: this.outputFile,
      GITHUB_STEP_SUMMARY: this.summaryFile,
      GITHUB_EVENT_PATH: this.eventFile,
      RUNNER_TEMP: this.dir,
      ...this.opts.env
    }
    for (const [k, v] of Object.entries(this.opts.inputs))
      env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
    for (const [k, v] of Object.entries(this.state)) env[`STATE_${k}`] = v
    return env
  }

  /**
   * Start a stage; resolves when it exits. `onSpawn` gets the child (to kill it in crash tests),
   * `onOutput` everything it has printed so far, after each chunk (to signal it at a marker).
   */
  async stage(
    stage: 'pre' | 'main' | 'post',
    onSpawn?: (pid: number) => void,
    onOutput?: (printed: string) => void
  ): Promise<StageRun> {
    const script = this.opts.entry?.(stage) ?? join(DIST, stage, 'index.js')
    const child = spawn(this.opts.node ?? process.execPath, [script], {
      env: this.env(),
      cwd: this.opts.env.GITHUB_WORKSPACE ?? this.dir,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    if (onSpawn && child.pid) onSpawn(child.pid)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', d => ((stdout += d), onOutput?.(stdout + stderr)))
    child.stderr.on('data', d => ((stderr += d), onOutput?.(stdout + stderr)))
    const [code, signal] = await new Promise<[number | null, string | null]>(res =>
      child.on('close', (c, s) => res([c, s]))
    )
    // The runner hands the state of every stage so far to the next ones.
    this.state = { ...this.state, ...parseFileCommand(readFileSync(this.stateFile, 'utf8')) }
    const run = { stage, code, signal, stdout, stderr }
    this.runs.push(run)
    return run
  }

  outputs(): Record<string, string> {
    return parseFileCommand(readFileSync(this.outputFile, 'utf8'))
  }

  summary(): string {
    return existsSync(this.summaryFile) ? readFileSync(this.summaryFile, 'utf8') : ''
  }

  savedState(): Record<string, string> {
    return { ...this.state }
  }

  /** Everything every stage printed, for secret checks. */
  allText(): string {
    return (
      this.runs.map(r => r.stdout + r.stderr).join('\n') +
      this.summary() +
      readFileSync(this.outputFile, 'utf8')
    )
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}
