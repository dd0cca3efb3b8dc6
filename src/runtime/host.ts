/**
 * The runner, as the lifecycle sees it. On GitHub it is @actions/core (src/runtime/runner-host.ts); in
 * a local run (the CLI's `run` command, tests) it is an in-memory host that keeps state and outputs
 * between stages and prints through the CLI. Nothing else in the lifecycle talks to the runner.
 */
import type { Surface } from './surface.js'

export type AnnotationTarget = { file?: string; title?: string }

export interface ActionHost {
  /** true on a GitHub runner (GITHUB_ACTIONS=true). */
  readonly onGitHub: boolean
  /** The interface in use, for the wording of what to set or run (src/runtime/surface.ts). */
  readonly surface: Surface
  getInput(name: string): string
  setSecret(value: string): void
  setOutput(name: string, value: string): void
  saveState(name: string, value: string): void
  getState(name: string): string
  info(line: string): void
  notice(line: string): void
  warning(line: string): void
  error(line: string, target?: AnnotationTarget): void
  setFailed(line: string): void
  /** Append the report to the job summary: Markdown on a runner, plain text for the CLI's terminal. */
  writeSummary(markdown: string): Promise<void>
  env: NodeJS.ProcessEnv
}

/** A host for local runs and tests: everything in memory, lines printed through `print`. */
export class MemoryHost implements ActionHost {
  readonly onGitHub = false
  readonly outputs = new Map<string, string>()
  readonly state = new Map<string, string>()
  readonly secrets: string[] = []
  readonly lines: Array<{
    level: 'info' | 'notice' | 'warning' | 'error' | 'failed'
    text: string
    file?: string
  }> = []
  summary = ''
  failed: string | undefined

  constructor(
    private readonly inputs: Record<string, string>,
    readonly env: NodeJS.ProcessEnv = {},
    private readonly print: (line: string) => void = () => {},
    /** 'action' stands in for a runner (tests); the CLI's local run passes 'cli'. */
    readonly surface: Surface = 'action'
  ) {}

  getInput(name: string): string {
    return (this.inputs[name] ?? '').trim()
  }
  setSecret(value: string): void {
    if (value) this.secrets.push(value)
  }
  setOutput(name: string, value: string): void {
    this.outputs.set(name, value)
  }
  saveState(name: string, value: string): void {
    this.state.set(name, value)
  }
  getState(name: string): string {
    return this.state.get(name) ?? ''
  }
  private emit(level: MemoryHost['lines'][number]['level'], text: string, file?: string) {
    const masked = this.mask(text)
    this.lines.push({ level, text: masked, file })
    this.print(level === 'info' ? masked : `${level}: ${masked}`)
  }
  private mask(text: string): string {
    let out = text
    for (const s of this.secrets) out = out.split(s).join('***')
    return out
  }
  info(line: string) {
    this.emit('info', line)
  }
  notice(line: string) {
    this.emit('notice', line)
  }
  warning(line: string) {
    this.emit('warning', line)
  }
  error(line: string, target?: AnnotationTarget) {
    this.emit('error', line, target?.file)
  }
  setFailed(line: string) {
    this.failed = this.mask(line)
    this.emit('failed', line)
  }
  async writeSummary(markdown: string): Promise<void> {
    this.summary += this.mask(markdown)
  }
}
