/**
 * Reading the configuration that judges the run, from one of three places (`readConfig`): the
 * disk (a local run, doctor), the committed file at a SHA in the job's checkout (git), or the
 * GitHub API at a ref. Never the working tree on GitHub: anything in the job could have edited
 * it. pre reads the file at GITHUB_SHA through the contents API (the workspace is still empty
 * then); main reads the committed file with git, or the contents API when there is no checkout;
 * the gate reads its pull request's base through the API.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfig, type ConfigSource, type LoadedConfig } from './load.js'
import { CatFileFormatError, catFile } from '../git/cat-file.js'
import { trustedGitEnv } from '../git/run.js'
import type { Inputs } from '../runtime/inputs.js'
import type { LifecycleDeps } from '../runtime/deps.js'

export { digestOf, loadConfig, type ConfigSource, type LoadedConfig } from './load.js'

/** The GitHub API as the config reader needs it: a file's text at a ref, null when it does not exist. */
export type ConfigFiles = { readFile(path: string, ref: string): Promise<string | null> }

/** Where the config is read. */
export type ConfigLocation =
  | { from: 'disk'; root: string }
  | {
      from: 'git'
      workspace: string
      sha: string
      /** Read when the checkout has no answer (no checkout, or not this commit). */
      otherwise?: ConfigLocation
      /** A git that fails is no answer either, instead of an error. */
      quiet?: boolean
    }
  | { from: 'api'; files: ConfigFiles; ref: string; origin: string }

/** The config at `location`, validated (a missing file: the defaults, off). */
export async function readConfig(location: ConfigLocation, configPath: string): Promise<LoadedConfig> {
  return loadConfig(await readConfigText(location, configPath), configPath)
}

async function readConfigText(location: ConfigLocation, configPath: string): Promise<ConfigSource> {
  switch (location.from) {
    case 'disk':
      return readConfigFromDisk(location.root, configPath)
    case 'api':
      return { text: await location.files.readFile(configPath, location.ref), origin: location.origin }
    case 'git': {
      const read = readConfigFromGit(location.workspace, location.sha, configPath)
      const fromGit = await (location.quiet ? read.catch(() => undefined) : read)
      if (fromGit) return fromGit
      if (location.otherwise) return readConfigText(location.otherwise, configPath)
      throw new Error(
        `${configPath} cannot be read at ${location.sha}: the checkout does not have that commit.`
      )
    }
  }
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
  let objects
  try {
    // The trusted environment: no GIT_* variable from earlier steps (GITHUB_ENV) and no replace
    // refs can change the answer.
    objects = await catFile(workspace, [`${sha}^{commit}`, `${sha}:${configPath}`], trustedGitEnv())
  } catch (error) {
    if (error instanceof CatFileFormatError)
      throw new Error(`Could not read ${configPath} at ${sha}: git cat-file answered unexpectedly.`, {
        cause: error
      })
    return undefined
  }
  const [commit, file] = objects
  if (commit?.type !== 'commit') return undefined
  if (!file) return { text: null, origin }
  if (file.type !== 'blob') throw new Error(`${configPath} at ${sha} is a ${file.type}, not a file.`)
  return { text: file.content.toString('utf8'), origin }
}

/**
 * The committed config, as main and revert-watch judge with it: git at the job's commit on GitHub,
 * else the API; never the working tree on GitHub (the disk only in a local run).
 */
export async function readCommittedConfig(deps: LifecycleDeps, inputs: Inputs): Promise<LoadedConfig> {
  if (!deps.ctx.onGitHub) return readConfig({ from: 'disk', root: deps.cwd }, inputs.configPath)
  const ref = deps.ctx.sha || deps.ctx.ref
  const files: ConfigFiles = {
    async readFile(path, at) {
      if (!deps.ctx.repository)
        throw new Error(
          'Neither a git checkout nor the GitHub API is available to read the committed config.'
        )
      const gh = await deps.github(inputs.githubToken, { readOnly: true })
      const { readRepositoryFile } = await import('../github/contents.js')
      return readRepositoryFile(gh, { owner: gh.owner, repo: gh.repo, path, ref: at })
    }
  }
  const origin = `${deps.ctx.repository}@${ref.slice(0, 12)}`
  return readConfig(
    {
      from: 'git',
      workspace: deps.ctx.workspace,
      sha: deps.ctx.sha,
      otherwise: { from: 'api', files, ref, origin }
    },
    inputs.configPath
  )
}
