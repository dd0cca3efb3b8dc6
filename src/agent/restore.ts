/**
 * Between rounds (and after the last), the checkout is put back where the agent could have left a
 * trap for the next round or for a later step of the job:
 * - `.git`: copied into the private directory before round 1, and put back as it was (so hooks, an
 *   fsmonitor or moved refs the agent wrote act neither on the next engine nor on a later git
 *   command in the job, such as actions/checkout's post step);
 * - the coding agents' instruction and config files (INSTRUCTION_FILES, at any depth): every one in
 *   the work tree is removed, ignored or not, and those the base commit holds are checked out again
 *   from the private repository (src/agent/collect.ts). The same names are blocked paths by default.
 *
 * The agent's change elsewhere stays: the next round corrects it.
 */
import { AGENT_INSTRUCTION_PATHS } from '../config/schema.js'
import { cpSync, lstatSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { PrivateGit } from './collect.js'

/** The coding agents' instruction and settings files (matched case-insensitively, as blocked paths are). */
export const INSTRUCTION_FILES = AGENT_INSTRUCTION_PATHS

const NAMES = new Set(INSTRUCTION_FILES.map(n => n.toLowerCase()))

function exists(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

/** Copy `checkout/.git` into `privateRoot`; returns the copy's path, or null when there is none. */
export function snapshotDotGit(checkout: string, privateRoot: string): string | null {
  const source = join(checkout, '.git')
  if (!exists(source)) return null
  const target = join(privateRoot, 'dot-git')
  cpSync(source, target, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false })
  return target
}

/** Put `.git` back as the snapshot holds it (removing whatever the agent left there). */
export function restoreDotGit(p: Pick<PrivateGit, 'checkout' | 'dotGitSnapshot'>): void {
  const target = join(p.checkout, '.git')
  // rm does not follow a symbolic link: a link the agent put there is removed, not its target.
  rmSync(target, { recursive: true, force: true })
  if (p.dotGitSnapshot !== null)
    cpSync(p.dotGitSnapshot, target, {
      recursive: true,
      verbatimSymlinks: true,
      errorOnExist: true,
      force: false
    })
}

/** Whether a repository path names an instruction file or lies inside an instruction folder. */
export function isInstructionPath(path: string): boolean {
  return path.split('/').some(part => NAMES.has(part.toLowerCase()))
}

/** Remove every instruction file or folder under `dir` (not descending into any `.git`). */
function removeInstructionFiles(dir: string): string[] {
  const removed: string[] = []
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      if (NAMES.has(entry.name.toLowerCase())) {
        rmSync(path, { recursive: true, force: true })
        removed.push(prefix + entry.name)
      } else if (entry.isDirectory() && entry.name.toLowerCase() !== '.git') {
        walk(path, `${prefix}${entry.name}/`)
      }
    }
  }
  walk(dir, '')
  return removed
}

/** The base commit's instruction files, checked out again from the private repository. */
async function checkoutInstructionFiles(p: PrivateGit): Promise<string[]> {
  const listed = await p.git(['ls-tree', '-r', '-z', '--full-tree', '--name-only', p.base])
  const paths = listed.stdout
    .toString('utf8')
    .split('\0')
    .filter(path => path !== '' && isInstructionPath(path))
  if (paths.length === 0) return []
  const index = join(p.root, 'restore.index')
  rmSync(index, { force: true })
  try {
    await p.git(['read-tree', '--end-of-options', p.base], { index })
    await runWithInput(p, index, paths)
  } finally {
    rmSync(index, { force: true })
  }
  return paths
}

async function runWithInput(p: PrivateGit, index: string, paths: string[]): Promise<void> {
  // checkout-index refuses to write through a symbolic link in a leading path, and -f replaces
  // what is in the way.
  await p.git(['checkout-index', '-f', '-z', '--stdin'], { index, input: `${paths.join('\0')}\0` })
}

/** Put `.git` and the instruction files back to their state at the base (see the module's comment). */
export async function restoreCheckout(p: PrivateGit): Promise<{ removed: string[]; restored: string[] }> {
  restoreDotGit(p)
  const removed = removeInstructionFiles(p.checkout)
  const restored = await checkoutInstructionFiles(p)
  return { removed, restored }
}
