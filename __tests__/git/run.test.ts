import { describe, expect, it } from '@jest/globals'
import { tmpdir } from 'node:os'
import { GitCommandError, runGit, sandboxGitEnv, trustedGitEnv } from '../../src/git/run.js'

describe('the two environments git runs with', () => {
  it('trusted: the process environment without inherited GIT_* variables, plus the hardening', () => {
    const env = trustedGitEnv({ PATH: '/bin', HOME: '/h', GIT_DIR: '/elsewhere', GIT_CONFIG_PARAMETERS: 'x' })
    expect(env.PATH).toBe('/bin')
    expect(env.HOME).toBe('/h')
    expect(env.GIT_DIR).toBeUndefined()
    expect(env.GIT_CONFIG_PARAMETERS).toBeUndefined()
    expect(env).toMatchObject({
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_NO_REPLACE_OBJECTS: '1',
      GIT_TERMINAL_PROMPT: '0'
    })
  })

  it('sandbox without a root: HOME nowhere and no global config', () => {
    const env = sandboxGitEnv()
    expect(env.HOME).toBe('/nonexistent')
    expect(env.GIT_CONFIG_GLOBAL).toBe('/dev/null')
  })

  it('names the subcommand, not the configuration before it, when git fails', async () => {
    const error = await runGit(['rev-parse', '--verify', 'HEAD'], {
      cwd: tmpdir(),
      env: sandboxGitEnv(),
      config: ['-c', 'safe.directory=*']
    }).catch(e => e)
    expect(error).toBeInstanceOf(GitCommandError)
    expect((error as GitCommandError).message).toMatch(/^git rev-parse failed \(exit \d+\)/)
  })
})
