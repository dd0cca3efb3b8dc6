/**
 * Risk is computed, not only declared. The agent declares a risk level (0 to 5); the config's
 * floors say what a change is at least worth:
 *
 * - `safetyRails.riskFloors`: a change touching a path a floor matches has at least its minRisk.
 *   Every path of the change counts: the new path, the old path of a rename or copy, deleted
 *   paths. A floor with `newFilesOnly` applies only to a path that did not exist before: an added
 *   file, or the new path of a copy or rename.
 * - `safetyRails.sizeFloors`: more than minLines changed lines (additions + deletions) in the files
 *   a floor matches (every file when it names no paths) mean at least its minRisk. A file matches
 *   when its new or its old path does. A binary file, or one whose counts are not whole numbers,
 *   has no line count: among a floor's files it always counts as more than minLines.
 *
 * The effective risk is the highest of the declared risk and every floor that applies. Paths are
 * normalized and matched as the engine's path rules do (anchored, case-sensitive, NFC). Pure.
 *
 * Also here: which change of the floors loosens the config (the `floors` direction of
 * config-loosened). A new list is no looser when every old floor is still covered by a new one
 * that applies to every change the old one applied to, with a minRisk at least as high: then for
 * any change the effective risk under the new config is at least the old one.
 */
import type { Config, RiskFloor, SizeFloor } from '../config/schema.js'
import { normalizedQuickly, normalizePath } from './normalize.js'
import { sharedPatternSet, type PatternSet } from './paths.js'
import type { FileChange, ProposalUnderReview } from './types.js'

/** One floor that raised a proposal's risk above the declared one. */
export type RiskRaise = {
  /** The floor's config key, such as `safetyRails.riskFloors[3]`. */
  floor: string
  minRisk: number
  /** Why it applies, after the key: `"pattern" for the new file "path"`. Agent text is JSON-quoted. */
  why: string
}

export type RiskAssessment = {
  declared: number
  /** The highest of the declared risk and every floor that applies. */
  effective: number
  /** The floors whose minRisk is above the declared risk, in config order (path floors first). */
  raisedBy: RiskRaise[]
}

type CompiledFloors = {
  path: Array<{ floor: RiskFloor; key: string; set: PatternSet }>
  size: Array<{ floor: SizeFloor; key: string; set: PatternSet | undefined }>
  /**
   * By declared risk, every pattern of the floors above it, in one set (undefined when none has
   * patterns): a path it does not match matches no floor that could raise that risk, so each path
   * is tested once, and each floor only against the few paths that match. Filled as risks are met.
   */
  above: Map<number, PatternSet | undefined>
}

const compiledCache = new WeakMap<Config, CompiledFloors>()

function compileFloors(config: Config): CompiledFloors {
  const cached = compiledCache.get(config)
  if (cached) return cached
  const rails = config.safetyRails
  const compiled: CompiledFloors = {
    path: (rails.riskFloors ?? []).map((floor, i) => ({
      floor,
      key: `safetyRails.riskFloors[${i}]`,
      set: sharedPatternSet('anchored', floor.paths)
    })),
    size: (rails.sizeFloors ?? []).map((floor, i) => ({
      floor,
      key: `safetyRails.sizeFloors[${i}]`,
      set: floor.paths === undefined ? undefined : sharedPatternSet('anchored', floor.paths)
    })),
    above: new Map()
  }
  compiledCache.set(config, compiled)
  return compiled
}

/** The patterns of every floor whose minRisk is above `declared`, as one set. */
function patternsAbove(floors: CompiledFloors, declared: number): PatternSet | undefined {
  if (floors.above.has(declared)) return floors.above.get(declared)
  const patterns = new Set<string>()
  for (const { floor } of [...floors.path, ...floors.size])
    if (floor.minRisk > declared) for (const p of floor.paths ?? []) patterns.add(p)
  const set = patterns.size === 0 ? undefined : sharedPatternSet('anchored', [...patterns])
  floors.above.set(declared, set)
  return set
}

const q = (s: string) => JSON.stringify(s)

/** A file's paths as the engine's rules see them; undefined for one that is not a valid path. */
type SeenFile = { file: FileChange; path?: string; previousPath?: string; isNew: boolean }

function rulePath(raw: string | undefined, stripDotSlash: boolean): string | undefined {
  if (typeof raw !== 'string') return undefined
  const quick = normalizedQuickly(raw, stripDotSlash)
  if (quick !== undefined) return quick
  const n = normalizePath(raw, stripDotSlash)
  return n.ok ? n.path : undefined
}

function seenFiles(proposal: ProposalUnderReview): SeenFile[] {
  const strip = proposal.source === 'claimed'
  return proposal.files.map(file => ({
    file,
    path: rulePath(file.path, strip),
    previousPath: file.previousPath === undefined ? undefined : rulePath(file.previousPath, strip),
    isNew: file.status === 'added' || file.status === 'copied' || file.status === 'renamed'
  }))
}

/** Why a path floor applies to the change, or undefined when it does not. */
function pathFloorApplies(floor: RiskFloor, set: PatternSet, files: SeenFile[]): string | undefined {
  for (const f of files) {
    if (floor.newFilesOnly) {
      if (f.isNew && f.path !== undefined && set.test(f.path)) {
        return `${q(set.which(f.path) ?? '?')} for the new file ${q(f.path)}`
      }
      continue
    }
    for (const path of [f.path, f.previousPath]) {
      if (path !== undefined && set.test(path)) return `${q(set.which(path) ?? '?')} for ${q(path)}`
    }
  }
  return undefined
}

const counted = (n: number | null) => n !== null && Number.isSafeInteger(n) && n >= 0

/** Why a size floor applies to the change, or undefined when it does not. */
function sizeFloorApplies(
  floor: SizeFloor,
  set: PatternSet | undefined,
  files: SeenFile[]
): string | undefined {
  let lines = 0
  for (const f of files) {
    const matches =
      set === undefined ||
      (f.path !== undefined && set.test(f.path)) ||
      (f.previousPath !== undefined && set.test(f.previousPath))
    if (!matches) continue
    const { additions, deletions, binary } = f.file
    if (binary || !counted(additions) || !counted(deletions)) {
      return `for ${q(f.path ?? f.file.path)}, whose changed lines cannot be counted (binary or no line count)`
    }
    lines += (additions as number) + (deletions as number)
  }
  if (lines <= floor.minLines) return undefined
  const where = floor.paths === undefined ? 'the whole change' : floor.paths.map(q).join(', ')
  return `for ${lines} changed lines in ${where}, more than ${floor.minLines}`
}

/** The risk scale: a whole number from 0 to 5. */
export const isOnScale = (risk: unknown): risk is number =>
  typeof risk === 'number' && Number.isInteger(risk) && risk >= 0 && risk <= 5

/** The effective risk of a proposal under the config's floors, and the floors that raised it. */
export function assessRisk(proposal: ProposalUnderReview, config: Config): RiskAssessment {
  const declared = proposal.riskLevel
  // A declared risk off the scale (not a whole number from 0 to 5) is refused by the engine as
  // declared: a floor must never lift -1 or 1.5 onto the scale and so make it pass.
  if (!isOnScale(declared)) return { declared, effective: declared, raisedBy: [] }
  const floors = compileFloors(config)
  const files = seenFiles(proposal)
  const any = patternsAbove(floors, declared)
  const matched = (path: string | undefined) => path !== undefined && any !== undefined && any.test(path)
  const candidates = files.filter(f => matched(f.path) || matched(f.previousPath))
  const raisedBy: RiskRaise[] = []
  for (const { floor, key, set } of floors.path) {
    if (!(floor.minRisk > declared)) continue
    const why = pathFloorApplies(floor, set, candidates)
    if (why !== undefined) raisedBy.push({ floor: key, minRisk: floor.minRisk, why })
  }
  for (const { floor, key, set } of floors.size) {
    if (!(floor.minRisk > declared)) continue
    const why = sizeFloorApplies(floor, set, set === undefined ? files : candidates)
    if (why !== undefined) raisedBy.push({ floor: key, minRisk: floor.minRisk, why })
  }
  const effective = raisedBy.reduce((max, r) => Math.max(max, r.minRisk), declared)
  return { declared, effective, raisedBy }
}

/**
 * The risk for a message: `risk 2`, or, when a floor raised it,
 * `risk 2 (declared 0, raised by safetyRails.riskFloors[3] "…" for the new file "…")`, naming the
 * first floor that sets the effective risk (and how many others apply).
 */
export function describeRisk(a: RiskAssessment): string {
  const decisive = a.raisedBy.find(r => r.minRisk === a.effective)
  if (!decisive) return `risk ${a.effective}`
  const others = a.raisedBy.length - 1
  const more = others > 0 ? `; ${others} more floor${others === 1 ? ' applies' : 's apply'}` : ''
  return `risk ${a.effective} (declared ${a.declared}, raised by ${decisive.floor} ${decisive.why}${more})`
}

// --- config-loosened: the `floors` direction ---------------------------------------------------

type AnyFloor = { paths?: string[]; minRisk: number; newFilesOnly?: boolean; minLines?: number }

function showFloor(floor: unknown): string {
  const text = JSON.stringify(floor) ?? 'absent'
  return text.length > 200 ? `${text.slice(0, 197)}...` : text
}

/** Every pattern of `inner` is also in `outer` (an absent list is every file). */
function pathsCover(outer: string[] | undefined, inner: string[] | undefined): boolean {
  if (outer === undefined) return true
  if (inner === undefined) return false
  return inner.every(p => outer.includes(p))
}

/** What `n` falls short of in covering `o`, as phrases; empty when it covers it. */
function shortfalls(o: AnyFloor, n: AnyFloor): string[] {
  const out: string[] = []
  if (n.minRisk < o.minRisk) out.push(`minRisk ${o.minRisk} became ${n.minRisk}`)
  if (n.newFilesOnly === true && o.newFilesOnly !== true) out.push('it now applies to new files only')
  if (o.minLines !== undefined && !(n.minLines !== undefined && n.minLines <= o.minLines)) {
    out.push(`minLines ${o.minLines} became ${n.minLines ?? 'absent'}`)
  }
  return out
}

/**
 * The floors of `key` that the new list no longer keeps, as sentences: an old floor is kept when
 * a new one matches at least its paths (every file, for a size floor without paths), applies to
 * every kind of file it applied to, counts from at most its minLines, and has at least its
 * minRisk. Any number of floors may be added.
 */
export function loosenedFloors(key: string, before: unknown, after: unknown): string[] {
  if (!Array.isArray(before) || !Array.isArray(after)) {
    return [`${key} changed from ${showFloor(before)} to ${showFloor(after)}; the change cannot be compared`]
  }
  const olds = before as AnyFloor[]
  const news = after as AnyFloor[]
  const out: string[] = []
  olds.forEach((o, i) => {
    const candidates = news.filter(n => pathsCover(n.paths, o.paths))
    if (candidates.some(n => shortfalls(o, n).length === 0)) return
    const name = `${key}[${i}] ${showFloor(o)}`
    const same = candidates.find(n => JSON.stringify(n.paths) === JSON.stringify(o.paths)) ?? candidates[0]
    out.push(
      same === undefined
        ? `${name} was removed, and no floor of the new list covers its paths; floors may be added or raised, never removed or lowered`
        : `${name} was lowered: ${shortfalls(o, same).join(', ')}; floors may be added or raised, never removed or lowered`
    )
  })
  return out
}
