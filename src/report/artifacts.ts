/**
 * The run's files (run.json, proposals.json, report.md, report.html) and their upload as one artifact. The
 * artifact client is the heaviest module of the bundle, so it is loaded only here, only to upload.
 * Where the artifact service is unavailable (local runs), the files stay in a local directory.
 */
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** report.html is the observatory's page of the last 30 days (written by post when artifacts are attached). */
export const ARTIFACT_FILES = ['run.json', 'proposals.json', 'report.md', 'report.html'] as const

export function artifactName(runDate: string, runId: number): string {
  return `self-evolution-${runDate}-run-${runId}`
}

export async function writeRunFiles(
  dir: string,
  files: Partial<Record<(typeof ARTIFACT_FILES)[number], string>>
): Promise<void> {
  await mkdir(dir, { recursive: true })
  for (const [name, content] of Object.entries(files)) {
    if (content !== undefined) await writeFile(join(dir, name), content, 'utf8')
  }
}

export type UploadResult =
  | { uploaded: true; id?: number; size?: number; name: string }
  | { uploaded: false; reason: string; dir: string }

/** The artifact service is reachable only with both runtime variables set. */
export function artifactServiceAvailable(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.ACTIONS_RUNTIME_TOKEN) return 'ACTIONS_RUNTIME_TOKEN is not set'
  if (!env.ACTIONS_RESULTS_URL) return 'ACTIONS_RESULTS_URL is not set'
  return undefined
}

export async function uploadRunArtifact(opts: {
  name: string
  dir: string
  files: string[]
  retentionDays: number
  env: NodeJS.ProcessEnv
}): Promise<UploadResult> {
  const missing = artifactServiceAvailable(opts.env)
  if (missing)
    return { uploaded: false, reason: `the artifact service is unavailable (${missing})`, dir: opts.dir }
  // A run that failed early has fewer files; upload what exists rather than nothing.
  const present = opts.files.filter(f => existsSync(join(opts.dir, f)))
  if (present.length === 0) return { uploaded: false, reason: 'no files were written', dir: opts.dir }
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  const res = await client.uploadArtifact(
    opts.name,
    present.map(f => join(opts.dir, f)),
    opts.dir,
    { retentionDays: opts.retentionDays }
  )
  return { uploaded: true, id: res.id, size: res.size, name: opts.name }
}
