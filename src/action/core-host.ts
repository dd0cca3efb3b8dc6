/** The ActionHost backed by @actions/core, used by the bundled pre/main/post entrypoints. */
import * as core from '@actions/core'
import type { ActionHost, AnnotationTarget } from './host.js'

export function coreHost(env: NodeJS.ProcessEnv = process.env): ActionHost {
  return {
    onGitHub: env.GITHUB_ACTIONS === 'true',
    env,
    getInput: name => core.getInput(name),
    setSecret: value => {
      if (value) core.setSecret(value)
    },
    setOutput: (name, value) => core.setOutput(name, value),
    saveState: (name, value) => core.saveState(name, value),
    getState: name => core.getState(name),
    info: line => core.info(line),
    notice: line => core.notice(line),
    warning: line => core.warning(line),
    error: (line: string, target?: AnnotationTarget) =>
      core.error(line, target?.file ? { file: target.file, title: target.title } : { title: target?.title }),
    setFailed: line => core.setFailed(line),
    writeSummary: async markdown => {
      await core.summary.addRaw(markdown, true).write()
    }
  }
}
