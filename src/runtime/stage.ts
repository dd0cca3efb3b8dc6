/** What every mode's stage returns, and the two helpers every stage uses to report. */
import { join } from 'node:path'
import { forLog } from '../text/escape.js'
import type { LifecycleDeps } from './deps.js'

export type StageResult = { status: 'skipped' | 'success' | 'failed' | 'cancelled'; message?: string }

/** An error as the one line a log, a summary or setFailed shows. */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return forLog(message.split('\n')[0], 1000)
}

/** Where a stage's files go: the runner's temp dir on GitHub, the local artifact root otherwise. */
export function reportDir(deps: Pick<LifecycleDeps, 'ctx' | 'localArtifactRoot'>, name: string): string {
  const root = deps.ctx.runnerTemp ? join(deps.ctx.runnerTemp, 'self-evolution') : deps.localArtifactRoot
  return join(root, name)
}
