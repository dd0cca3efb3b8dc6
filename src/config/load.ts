/**
 * Parsing a configuration text into a validated Config, with errors a person can act on:
 * each names the JSON path, says what was expected and, for a misspelled key, suggests the
 * key that was probably meant.
 */
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { configSchema, type Config } from './schema.js'
import { explainIssue, joinPath } from '../text/zod-issues.js'

export type ConfigProblem = { path: string; message: string }

export type ConfigResult =
  | { ok: true; config: Config }
  | { ok: false; kind: 'json'; problems: ConfigProblem[] }
  | { ok: false; kind: 'invalid'; problems: ConfigProblem[] }

/** The defaults, as an absent config file means (generated from the schema; a test checks). */
import { defaultConfig } from './defaults.generated.js'
export { defaultConfig }

export function parseConfigText(text: string): ConfigResult {
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return {
      ok: false,
      kind: 'json',
      problems: [{ path: '(file)', message: `not valid JSON: ${(error as Error).message}` }]
    }
  }
  return validateConfig(raw)
}

export function validateConfig(raw: unknown): ConfigResult {
  const parsed = configSchema.safeParse(raw)
  if (parsed.success) return { ok: true, config: parsed.data }
  return { ok: false, kind: 'invalid', problems: describeIssues(parsed.error, raw) }
}

function describeIssues(error: z.ZodError, raw: unknown): ConfigProblem[] {
  const problems: ConfigProblem[] = []
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(issue.path)
      for (const key of issue.keys) {
        const guess = closest(key, known)
        problems.push({
          path: joinPath([...issue.path, key]),
          message: guess ? `unknown key (did you mean ${guess}?)` : 'unknown key'
        })
      }
      continue
    }
    problems.push({ path: joinPath(issue.path), message: explainIssue(issue, raw) })
  }
  return problems
}

/** Walk the schema to the object at `path` and list its keys. */
function knownKeysAt(path: ReadonlyArray<PropertyKey>): string[] {
  let schema: z.core.$ZodType = configSchema
  for (const part of path) {
    const obj = unwrapObject(schema)
    if (!obj) return []
    const next: z.core.$ZodType | undefined = obj._zod.def.shape[String(part)]
    if (!next) return []
    schema = next
  }
  const obj = unwrapObject(schema)
  return obj ? Object.keys(obj._zod.def.shape) : []
}

export function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let cur = schema
  for (;;) {
    const def = cur._zod.def as { type: string; innerType?: z.core.$ZodType }
    if ((def.type === 'default' || def.type === 'prefault' || def.type === 'optional') && def.innerType) {
      cur = def.innerType
    } else return cur
  }
}

function unwrapObject(schema: z.core.$ZodType): z.core.$ZodObject | undefined {
  const inner = unwrap(schema)
  return inner._zod.def.type === 'object' ? (inner as z.core.$ZodObject) : undefined
}

/** Damerau-free Levenshtein distance; keys are short. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = tmp
    }
  }
  return prev[b.length]
}

function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined
  let bestScore = Infinity
  for (const candidate of known) {
    const score = candidate.toLowerCase() === key.toLowerCase() ? 0 : distance(key, candidate)
    if (score < bestScore) {
      best = candidate
      bestScore = score
    }
  }
  const limit = Math.max(2, Math.floor(key.length / 3))
  return best !== undefined && bestScore <= limit ? best : undefined
}

export function formatProblems(problems: ConfigProblem[]): string[] {
  return problems.map(p => `${p.path}: ${p.message}`)
}

/** A config file's text (null: it does not exist) and where it was read. */
export type ConfigSource = { text: string | null; origin: string }

export type LoadedConfig = { config: Config; text: string | null; origin: string; digest: string }

export function digestOf(text: string | null): string {
  return text === null ? 'none' : createHash('sha256').update(text).digest('hex')
}

/** Validate a config text (null: the file does not exist, so the defaults: off). */
export function loadConfig(source: ConfigSource, configPath: string): LoadedConfig {
  if (source.text === null) {
    return {
      config: defaultConfig(),
      text: null,
      origin: `${source.origin} (missing: defaults, off)`,
      digest: 'none'
    }
  }
  const parsed = parseConfigText(source.text)
  if (!parsed.ok) {
    const problems = formatProblems(parsed.problems)
    throw new Error(
      `The config ${configPath} (${source.origin}) is invalid: ${problems.slice(0, 5).join('; ')}` +
        (problems.length > 5 ? `; and ${problems.length - 5} more` : '')
    )
  }
  return { config: parsed.config, text: source.text, origin: source.origin, digest: digestOf(source.text) }
}
