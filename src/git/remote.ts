/**
 * The job checkout's `origin` remote, as the product clones from and pushes to it. The URL is
 * read with the sandbox environment (nothing on the machine configures it) and always comes back
 * without credentials: a token goes only in a per-command header (src/git/run.ts), so one left in
 * the URL by an earlier step must never be used, logged or stored.
 */
import { withoutCredentials } from '../text/credentials.js'
import { runGit, sandboxGitEnv } from './run.js'

export { withoutCredentials }

/**
 * `git remote get-url origin` in `workspace`, without credentials; '' when it prints none or
 * more than one line. Fails with a GitCommandError when git does (no repository, no origin).
 */
export async function originUrl(workspace: string): Promise<string> {
  const result = await runGit(['remote', 'get-url', '--', 'origin'], {
    cwd: workspace,
    env: sandboxGitEnv(),
    // A checkout owned by another user (a container job) is still only read here.
    config: ['-c', `safe.directory=${workspace}`]
  })
  const url = result.stdout.toString('utf8').trim()
  return !url || url.includes('\n') ? '' : withoutCredentials(url)
}

/**
 * OWNER/REPO of a remote URL in the shapes git clones from (https://HOST/OWNER/REPO.git,
 * git@HOST:OWNER/REPO.git, ssh://git@HOST/OWNER/REPO), or undefined when it names no such pair
 * (a local path, a deeper path). Pure.
 */
export function repositoryOfRemote(url: string): string | undefined {
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/(.*)$/i.exec(url)?.[1] ?? /^[^/:@]+@[^/:]+:(.*)$/.exec(url)?.[1]
  const pair =
    path === undefined ? null : /^\/?([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(path)
  if (!pair || /^\.+$/.test(pair[1]) || /^\.+(git)?$/.test(pair[2])) return undefined
  return `${pair[1]}/${pair[2]}`
}
