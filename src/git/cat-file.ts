/**
 * Reading objects with one `git cat-file --batch`: any number of object names in, for each
 * either its type and content or null (missing or ambiguous). See git-cat-file(1), "BATCH
 * OUTPUT": each answer is `<oid> SP <type> SP <size> LF <contents> LF`, or `<object> SP missing LF`.
 */
import { runGit } from './run.js'

export type GitObject = { type: string; content: Buffer }

/** The batch output did not have the shape git-cat-file(1) gives it. */
export class CatFileFormatError extends Error {
  override name = 'CatFileFormatError'
}

/** Split `--batch` output into one answer per name asked for, in order. */
export function parseCatFileBatch(out: Buffer, count: number): Array<GitObject | null> {
  const objects: Array<GitObject | null> = []
  let pos = 0
  for (let i = 0; i < count; i++) {
    const eol = out.indexOf(0x0a, pos)
    if (eol === -1) throw new CatFileFormatError('cat-file output ends early')
    const header = out.toString('utf8', pos, eol)
    pos = eol + 1
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header)
    if (!m) {
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        objects.push(null)
        continue
      }
      throw new CatFileFormatError(`cat-file header ${JSON.stringify(header)}`)
    }
    const size = Number(m[2])
    objects.push({ type: m[1], content: out.subarray(pos, pos + size) })
    pos += size + 1
  }
  return objects
}

/**
 * The objects `names` name (`SHA`, `SHA^{commit}`, `REV:path`) in the repository at `cwd`, run
 * with `env` (trusted or sandbox). Fails with a GitCommandError when git fails, and with a
 * CatFileFormatError when its answer is malformed.
 */
export async function catFile(
  cwd: string,
  names: string[],
  env: NodeJS.ProcessEnv
): Promise<Array<GitObject | null>> {
  if (names.length === 0) return []
  // One name a line: a line break inside a name would shift every answer after it.
  if (names.some(n => /[\n\0]/.test(n))) throw new Error('an object name holds a line break or a NUL')
  const input = names.map(n => `${n}\n`).join('')
  const result = await runGit(['cat-file', '--batch'], { cwd, env, input })
  return parseCatFileBatch(result.stdout, names.length)
}
