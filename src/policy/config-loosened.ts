/**
 * The `config-loosened` rule: the agent may edit its own config file only to make the rails
 * stricter. Both versions are parsed with defaults applied, then the schema is walked: every key
 * declares in its `meta({ stricter })` which direction is tighter, and a key that declares none
 * may not change at all. Risk floors (`floors`) are compared floor by floor (src/policy/risk.ts). Deleting or renaming the file, an invalid new config, and a change
 * whose new content cannot be known are violations too.
 */
import { z } from 'zod'
import { defaultConfig, formatProblems, parseConfigText, unwrap } from '../config/load.js'
import { configSchema, type Config, type Stricter } from '../config/schema.js'
import { loosenedFloors } from './risk.js'
import type { ConfigFileChange } from './types.js'

const STRICTER_VALUES: readonly string[] = [
  'lower',
  'higher',
  'true',
  'false',
  'subset',
  'superset',
  'floors',
  'free'
]

/** The direction declared on a schema or on any wrapper (default, prefault, optional) around it. */
export function declaredDirection(schema: z.core.$ZodType): Stricter | undefined {
  let cur: z.core.$ZodType | undefined = schema
  while (cur) {
    const meta = z.globalRegistry.get(cur) as { stricter?: unknown } | undefined
    if (meta && meta.stricter !== undefined) {
      // An unknown declaration is no declaration: the key may not change.
      return STRICTER_VALUES.includes(String(meta.stricter)) ? (meta.stricter as Stricter) : undefined
    }
    const def = cur._zod.def as { type: string; innerType?: z.core.$ZodType }
    cur =
      def.type === 'default' || def.type === 'prefault' || def.type === 'optional' ? def.innerType : undefined
  }
  return undefined
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'absent'
  return text.length > 120 ? `${text.slice(0, 117)}...` : text
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function asList(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined
}

function compareLeaf(
  key: string,
  direction: Stricter | undefined,
  before: unknown,
  after: unknown
): string | undefined {
  if (equal(before, after) || direction === 'free') return undefined
  const moved = `${key} changed from ${show(before)} to ${show(after)}`
  switch (direction) {
    case 'lower':
      if (typeof before === 'number' && typeof after === 'number') {
        return after > before ? `${moved}; only a lower value is stricter` : undefined
      }
      break
    case 'higher':
      if (typeof before === 'number' && typeof after === 'number') {
        return after < before ? `${moved}; only a higher value is stricter` : undefined
      }
      break
    case 'true':
      return before === true ? `${moved}; true is the stricter setting` : undefined
    case 'false':
      return before === false ? `${moved}; false is the stricter setting` : undefined
    case 'subset': {
      const b = asList(before)
      const a = asList(after)
      if (a && b) {
        const added = a.filter(x => !b.some(y => equal(x, y)))
        return added.length > 0
          ? `${key} gained ${added.map(show).join(', ')}; only removals are stricter`
          : undefined
      }
      break
    }
    case 'superset': {
      const b = asList(before)
      const a = asList(after)
      if (a && b) {
        const removed = b.filter(x => !a.some(y => equal(x, y)))
        return removed.length > 0
          ? `${key} lost ${removed.map(show).join(', ')}; only additions are stricter`
          : undefined
      }
      break
    }
    case 'floors':
      // Compared floor by floor in walk(); reaching here means a caller skipped that.
      break
    case undefined:
      return `${moved}; this key declares no stricter direction, so it may not change`
  }
  return `${moved}; the change cannot be compared`
}

function walk(schema: z.core.$ZodType, before: unknown, after: unknown, key: string, out: string[]): void {
  const direction = declaredDirection(schema)
  const inner = unwrap(schema)
  if (direction === undefined && inner._zod.def.type === 'object') {
    const shape = (inner as z.core.$ZodObject)._zod.def.shape
    const b = (before ?? {}) as Record<string, unknown>
    const a = (after ?? {}) as Record<string, unknown>
    for (const name of Object.keys(shape))
      walk(shape[name], b[name], a[name], key ? `${key}.${name}` : name, out)
    return
  }
  if (direction === 'floors') {
    // Risk floors only rise: every old floor must stay covered by one at least as strict.
    if (!equal(before, after)) out.push(...loosenedFloors(key, before, after))
    return
  }
  const problem = compareLeaf(key, direction, before, after)
  if (problem) out.push(problem)
}

/** Every key that moved the looser way, as sentences. Both configs have their defaults applied. */
export function loosenedKeys(before: Config, after: Config): string[] {
  const out: string[] = []
  walk(configSchema, before, after, '', out)
  return out
}

/** The config-loosened findings for a change of the watched config file, as sentences. */
export function judgeConfigChange(change: ConfigFileChange | undefined, configPath: string): string[] {
  if (!change) {
    return [
      `the change touches ${configPath}, but its content after the change is not known (a claimed file list, or a path that names the file in another spelling), so it cannot be verified that the rails are not loosened; send a patch that names it as ${configPath}`
    ]
  }
  if (change.after === null) {
    return [`the change deletes or renames ${configPath}; the defaults it would fall back to may be looser`]
  }
  if (change.after === undefined) {
    return [
      `the new content of ${configPath} cannot be known (${change.unknownReason ?? 'unknown'}), so it cannot be verified that the rails are not loosened`
    ]
  }
  let before: Config
  if (change.before === null) before = defaultConfig()
  else {
    const parsed = parseConfigText(change.before)
    if (!parsed.ok) {
      return [`${configPath} is not valid before the change, so the change cannot be verified against it`]
    }
    before = parsed.config
  }
  const after = parseConfigText(change.after)
  if (!after.ok) {
    const problems = formatProblems(after.problems)
    return [
      `the new ${configPath} is invalid: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}`
    ]
  }
  return loosenedKeys(before, after.config).map(p => `the change loosens ${configPath}: ${p}`)
}
