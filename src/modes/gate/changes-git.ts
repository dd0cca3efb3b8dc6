/**
 * A pull request's changes from git: the base and head commits are fetched into a temporary bare
 * repository (no working tree, hooks off, no system or user configuration: src/git/sandbox.ts),
 * then read with the policy's own git reader on `base...head`, exactly as
 * `self-evolution check --git base...head` reads them. Nothing from the head is checked out or
 * run: the repository's .gitattributes is only read by `git check-attr`, and the policy decides
 * binary files by content whatever it says.
 */
import { OBJECT_ID } from '../../git/object-id.js'
import { createGitSandbox, fetchIntoBare } from '../../git/sandbox.js'
import { readGitChanges, type GitChanges } from '../../policy/git.js'
import { GateReadError } from './read-api.js'
import type { PullFacts } from './types.js'

export async function readGitSourceChanges(opts: {
  /** The repository's clone URL (https://github.com/owner/repo.git), or a path in tests. */
  remote: string
  token?: string
  pr: Pick<PullFacts, 'baseSha' | 'headSha'>
  configPath: string
}): Promise<GitChanges> {
  const { baseSha, headSha } = opts.pr
  if (!OBJECT_ID.test(baseSha) || !OBJECT_ID.test(headSha))
    throw new GateReadError('The pull request has no valid base and head SHAs to fetch.')
  const sandbox = createGitSandbox('self-evolution-gate-')
  try {
    // Fetched by SHA: exactly the commits the API named, whatever the branches point at now.
    const bare = await fetchIntoBare(sandbox, opts.remote, [baseSha, headSha], {
      token: opts.token,
      name: 'pr.git'
    })
    return await readGitChanges({
      repo: bare,
      range: `${baseSha}...${headSha}`,
      configPath: opts.configPath,
      env: sandbox.env
    })
  } finally {
    sandbox.cleanup()
  }
}
