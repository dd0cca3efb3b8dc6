/**
 * git apply as an oracle for the text reader: many patch files read by few `git apply -z
 * --numstat --summary` processes, outside any repository, with no user or system config. Files
 * go in batches with a sentinel patch before each one: git stops at the first file it refuses
 * and carries its guessed -p from one file to the next, and the sentinels show both.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PatchFile } from '../../src/policy/unified-diff.js'

export type GitVerdict = { ok: true; out: Buffer } | { ok: false; error: string }

/** The sentinel before case k: reports the -p in force and marks where case k-1 ended. */
function sentinel(k: number): string {
  return [
    '--- a/se-p',
    '+++ b/se-p',
    '@@ -0,0 +1 @@',
    '+x',
    'diff --git a/x b/x',
    `rename from se-sentinel-${k}`,
    `rename to se-sentinel-${k}`,
    ''
  ].join('\n')
}

function sentinelOutput(k: number, pDefault: boolean): Buffer {
  const p = pDefault ? 'se-p' : 'b/se-p'
  const name = `se-sentinel-${k}`
  return Buffer.from(
    `1\t0\t${p}\0` + `0\t0\t${name}\0` + ` create ${p}\n` + ` rename ${name} => ${name} (0%)\n`
  )
}

const BATCH = 250

/** git's verdict on each patch. */
export function gitVerdicts(patches: Buffer[]): { verdicts: GitVerdict[]; spawns: number } {
  const dir = mkdtempSync(join(tmpdir(), 'se-diff-oracle-'))
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CEILING_DIRECTORIES: dir,
    LC_ALL: 'C'
  }
  try {
    patches.forEach((p, k) => {
      writeFileSync(join(dir, `c${k}`), p)
      writeFileSync(join(dir, `s${k}`), sentinel(k))
    })
    const verdicts: GitVerdict[] = []
    let spawns = 0
    for (let start = 0; start < patches.length;) {
      const end = Math.min(patches.length, start + BATCH)
      const args = ['apply', '-z', '--numstat', '--summary']
      for (let k = start; k < end; k++) args.push(`s${k}`, `c${k}`)
      const run = spawnSync('git', args, { cwd: dir, env, maxBuffer: 1 << 28 })
      spawns++
      start = readBatch(run.stdout, run.stderr.toString('utf8'), start, end, verdicts)
    }
    return { verdicts, spawns }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Split one batch's output by its sentinels; the case to start the next batch at. */
function readBatch(out: Buffer, stderr: string, start: number, end: number, verdicts: GitVerdict[]): number {
  let pos = 0
  for (let k = start; k < end; k++) {
    const mine = sentinelOutput(k, true)
    if (!out.subarray(pos, pos + mine.length).equals(mine)) {
      // The case before set -p to 0: what follows was read under it; run it again.
      if (k > start && out.subarray(pos).indexOf(sentinelOutput(k, false)) === 0) return k
      throw new Error(`the oracle lost its place at case ${k}: ${stderr}`)
    }
    pos += mine.length
    const next = k + 1 < end ? out.indexOf(sentinelOutput(k + 1, true), pos) : -1
    const nextOther = k + 1 < end ? out.indexOf(sentinelOutput(k + 1, false), pos) : -1
    const stop = [next, nextOther].filter(n => n !== -1).sort((a, b) => a - b)[0] ?? out.length
    if (stop === pos) {
      verdicts[k] = { ok: false, error: stderr.trim().split('\n').pop() ?? '' }
      return k + 1
    }
    verdicts[k] = { ok: true, out: out.subarray(pos, stop) }
    pos = stop
  }
  return end
}

const mode = (m: string | undefined) => (m === undefined || /^0+$/.test(m) ? undefined : m)

function modeChange(f: PatchFile, withName: boolean): string {
  const { oldMode, newMode } = f.git
  const o = mode(oldMode)
  const n = mode(newMode)
  if (!o || !n || o === n) return ''
  return ` mode change ${o} => ${n}${withName ? ` ${f.git.newName}` : ''}\n`
}

function renameCopy(f: PatchFile): Buffer {
  const kind = f.git.isRename ? 'rename' : 'copy'
  const oldName = Buffer.from(f.git.oldName as string)
  const newName = Buffer.from(f.git.newName as string)
  let o = 0
  let n = 0
  for (;;) {
    const so = oldName.indexOf(0x2f, o)
    const sn = newName.indexOf(0x2f, n)
    if (so === -1 || sn === -1 || so - o !== sn - n) break
    if (!oldName.subarray(o, so).equals(newName.subarray(n, sn))) break
    o = so + 1
    n = sn + 1
  }
  const parts =
    o !== 0
      ? [` ${kind} `, oldName.subarray(0, o), '{', oldName.subarray(o), ' => ', newName.subarray(n), '}']
      : [` ${kind} `, oldName, ' => ', newName]
  parts.push(` (${f.git.score}%)\n`, modeChange(f, false))
  return Buffer.concat(parts.map(p => (typeof p === 'string' ? Buffer.from(p) : p)))
}

function summaryLine(f: PatchFile): Buffer {
  const g = f.git
  const named = (what: string, m: string | undefined, name: string | undefined) =>
    Buffer.from(` ${what}${mode(m) ? ` mode ${m}` : ''} ${name}\n`)
  if (g.isNew) return named('create', g.newMode, g.newName)
  if (g.isDelete) return named('delete', g.oldMode, g.oldName)
  if (g.isRename || g.isCopy) return renameCopy(f)
  if (g.score) return Buffer.from(` rewrite ${g.newName} (${g.score}%)\n${modeChange(f, false)}`)
  return Buffer.from(modeChange(f, true))
}

/** What `git apply -z --numstat --summary` prints for the reader's files. */
export function formatLikeGit(files: PatchFile[]): Buffer {
  const numstat = files.map(f => {
    const counts = f.git.binary ? '-\t-\t' : `${f.git.added}\t${f.git.deleted}\t`
    return Buffer.concat([
      Buffer.from(counts),
      Buffer.from(f.git.newName ?? f.git.oldName ?? ''),
      Buffer.from([0])
    ])
  })
  return Buffer.concat([...numstat, ...files.map(summaryLine)])
}
