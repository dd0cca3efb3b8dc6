/**
 * The ActionHost of the bundled entrypoints: a thin adapter over @actions/core, which speaks the
 * runner's protocol (INPUT_ and STATE_ variables, the GITHUB_OUTPUT, GITHUB_STATE and
 * GITHUB_STEP_SUMMARY files, workflow commands on stdout, exit code 1 for a failed step). See
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands.
 */
import * as core from '@actions/core'
import type { ActionHost, AnnotationTarget } from './host.js'

/**
 * core.error with no properties at all when the target names nothing: core writes "::error ::" for an
 * object whose values are all empty, and the plain "::error::" is the one form every reader expects.
 */
function annotationProperties(target?: AnnotationTarget): core.AnnotationProperties | undefined {
  if (!target?.title && !target?.file) return undefined
  return { title: target.title || undefined, file: target.file || undefined }
}

export function runnerHost(): ActionHost {
  // core.summary is one shared buffer: summaries are written one after the other, each from an
  // empty buffer, so that neither an overlapping call nor a failed write repeats another's text.
  let summaries: Promise<unknown> = Promise.resolve()
  return {
    onGitHub: process.env.GITHUB_ACTIONS === 'true',
    surface: 'action',
    env: process.env,
    getInput: name => core.getInput(name),
    setSecret: value => {
      if (value) core.setSecret(value)
    },
    setOutput: (name, value) => core.setOutput(name, value),
    saveState: (name, value) => core.saveState(name, value),
    getState: name => core.getState(name),
    info: text => core.info(text),
    notice: text => core.notice(text),
    warning: text => core.warning(text),
    error: (text, target) => core.error(text, annotationProperties(target)),
    setFailed: text => core.setFailed(text),
    writeSummary: markdown => {
      const write = summaries
        .catch(() => undefined)
        .then(() => core.summary.emptyBuffer().addRaw(markdown, true).write())
      summaries = write
      return write.then(() => undefined)
    }
  }
}
