/**
 * Reading the configuration that judges the run. Never the working tree on GitHub: anything in the
 * job could have edited it. pre reads the file at GITHUB_SHA through the contents API (the workspace
 * is still empty then); main reads the committed file with `git show SHA:path`, or the contents API
 * when there is no checkout. Local runs read the disk.
 */
import { createHash } from 'node:crypto'
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseConfigText, defaultConfig, formatProblems } from '../config/load.js'
import type { Config } from '../config/schema.js'

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
 * `git show SHA:path` in the checkout. Returns undefined when there is no usable checkout (so the
 * caller falls back to the API), null when the file does not exist at that commit.
 */
export async function readConfigFromGit(
  workspace: string,
  sha: string,
  configPath: string
): Promise<ConfigSource | undefined> {
  if (!sha || !/^[0-9a-f]{7,64}$/i.test(sha) || !existsSync(join(workspace, '.git'))) return undefined
  const run = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>(resolve => {
      execFile(
        'git',
        ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', ...args],
        { cwd: workspace, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' }, maxBuffer: 16 * 1024 * 1024 },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number((error as { code?: number }).code ?? 1) || 1 : 0, stdout, stderr })
      )
    })
  const hasCommit = await run(['cat-file', '-e', `${sha}^{commit}`])
  if (hasCommit.code !== 0) return undefined
  const exists = await run(['cat-file', '-e', `${sha}:${configPath}`])
  if (exists.code !== 0) return { text: null, origin: `git ${sha.slice(0, 12)}:${configPath}` }
  const shown = await run(['show', `${sha}:${configPath}`])
  if (shown.code !== 0)
    throw new ConfigError(`Could not read ${configPath} at ${sha}: ${shown.stderr.trim()}`)
  return { text: shown.stdout, origin: `git ${sha.slice(0, 12)}:${configPath}` }
}
