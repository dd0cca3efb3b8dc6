/**
 * Reading the configuration that judges the run. Never the working tree on GitHub: anything in the
 * job could have edited it. pre reads the file at GITHUB_SHA through the contents API (the workspace
 * is still empty then); main reads the committed file with `git show SHA:path`, or the contents API
 * when there is no checkout. Local runs read the disk.
 */
import { createHash } from 'node:crypto'
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseConfigText, defaultConfig, formatProblems } from './load.js'
import type { Config } from './schema.js'
import type { Inputs } from '../runtime/inputs.js'
import { startPorts } from '../daily/github-ports.js'
import type { LifecycleDeps } from '../runtime/deps.js'

export type ConfigSource = { text: string | null; origin: string }

export type LoadedConfig = { config: Config; text: string | null; origin: string; digest: string }

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function digestOf(text: string | null): string {
  return text === null ? 'none' : createHash('sha256').update(text).digest('hex')
}

/** Validate a config text (null: the file does not exist, so the defaults: off). */
export function loadConfig(source: ConfigSource, configPath: string): LoadedConfig {
  if (source.text === null) {
    return {
      config: defaultConfig(),
      text: null,
      origin: `${source.origin} (missing: defaults, off)`,
      digest: 'none'
    }
  }
  const parsed = parseConfigText(source.text)
  if (!parsed.ok) {
    const problems = formatProblems(parsed.problems)
    throw new ConfigError(
      `The config ${configPath} (${source.origin}) is invalid: ${problems.slice(0, 5).join('; ')}` +
        (problems.length > 5 ? `; and ${problems.length - 5} more` : '')
    )
  }
  return { config: parsed.config, text: source.text, origin: source.origin, digest: digestOf(source.text) }
}

export function readConfigFromDisk(root: string, configPath: string): ConfigSource {
  const file = join(root, configPath)
  if (!existsSync(file)) return { text: null, origin: file }
  return { text: readFileSync(file, 'utf8'), origin: file }
}

/**
 * The file at SHA in the checkout, read with one `git cat-file --batch` (no shell, hooks off).
 * Returns undefined when there is no usable checkout or the commit is not in it (so the caller
 * falls back to the API), null when the file does not exist at that commit.
 */
export async function readConfigFromGit(
  workspace: string,
  sha: string,
  configPath: string
): Promise<ConfigSource | undefined> {
  if (!sha || !/^[0-9a-f]{7,64}$/i.test(sha) || !existsSync(join(workspace, '.git'))) return undefined
  const origin = `git ${sha.slice(0, 12)}:${configPath}`
  const out = await new Promise<{ code: number; stdout: Buffer; stderr: string }>((resolve, reject) => {
    const child = spawn(
      'git',
      ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', 'cat-file', '--batch'],
      {
        cwd: workspace,
        // No GIT_* variable from earlier steps (GITHUB_ENV) and no replace refs can change the answer.
        env: {
          ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))),
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_NO_REPLACE_OBJECTS: '1'
        },
        stdio: ['pipe', 'pipe', 'pipe']
      }
    )
    const chunks: Buffer[] = []
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => chunks.push(d))
    child.stderr.on('data', d => (stderr += d))
    child.on('error', reject)
    child.on('close', code => resolve({ code: code ?? 1, stdout: Buffer.concat(chunks), stderr }))
    child.stdin.end(`${sha}^{commit}\n${sha}:${configPath}\n`)
  }).catch(() => undefined)
  if (!out || out.code !== 0) return undefined
  // Each answer: "<oid> <type> <size>\n<content>\n", or "<name> missing\n".
  let at = 0
  const next = (): { type: string; content?: Buffer } => {
    const eol = out.stdout.indexOf(0x0a, at)
    if (eol < 0)
      throw new ConfigError(`Could not read ${configPath} at ${sha}: git cat-file answered unexpectedly.`)
    const header = out.stdout.subarray(at, eol).toString('utf8')
    at = eol + 1
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header)
    if (!m) return { type: 'missing' }
    const size = Number(m[2])
    const content = out.stdout.subarray(at, at + size)
    at += size + 1
    return { type: m[1], content }
  }
  if (next().type !== 'commit') return undefined
  const file = next()
  if (file.type === 'missing') return { text: null, origin }
  if (file.type !== 'blob') throw new ConfigError(`${configPath} at ${sha} is a ${file.type}, not a file.`)
  return { text: file.content!.toString('utf8'), origin }
}

/**
 * The committed config, as main and revert-watch judge with it: git at the job's commit on GitHub,
 * else the API; never the working tree on GitHub (the disk only in a local run).
 */
export async function readCommittedConfig(deps: LifecycleDeps, inputs: Inputs): Promise<LoadedConfig> {
  if (!deps.ctx.onGitHub)
    return loadConfig(readConfigFromDisk(deps.cwd, inputs.configPath), inputs.configPath)
  const fromGit = await readConfigFromGit(deps.ctx.workspace, deps.ctx.sha, inputs.configPath)
  if (fromGit) return loadConfig(fromGit, inputs.configPath)
  const github = await startPorts(deps, inputs.githubToken)
  if (!github)
    throw new Error('Neither a git checkout nor the GitHub API is available to read the committed config.')
  const ref = deps.ctx.sha || deps.ctx.ref
  const text = await github.readFile(inputs.configPath, ref)
  return loadConfig({ text, origin: `${deps.ctx.repository}@${ref.slice(0, 12)}` }, inputs.configPath)
}
