/**
 * `.self-evolution/`: where the CLI and local runs keep what they make in the directory they run in
 * (the embedded database, artifact files, the observatory's page). It is never meant to be committed,
 * so it carries its own `.gitignore` of `*`, written when the folder is made (as pytest does for its
 * cache): an adopter's repository needs no change to keep 40 MB of database out of `git status`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const LOCAL_DIR = '.self-evolution'

const GITIGNORE = '# Written by self-evolution: nothing in this folder is meant to be committed.\n*\n'

/** Make `<cwd>/.self-evolution/` with its `.gitignore` when either is missing; returns the folder. */
export function ensureLocalDir(cwd: string): string {
  const dir = join(cwd, LOCAL_DIR)
  mkdirSync(dir, { recursive: true })
  try {
    writeFileSync(join(dir, '.gitignore'), GITIGNORE, { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return dir
}
