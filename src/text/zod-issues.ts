/**
 * Turning zod issues into sentences a person can act on: the JSON path, what was expected and what
 * was there. Shared by the config and the proposals file, so both speak the same way.
 */
import type { z } from 'zod'

/** `a.b[2].c`, or `(root)`. */
export function joinPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const part of path)
    out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`
  return out === '' ? '(root)' : out
}

export function valueAt(raw: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = raw
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<PropertyKey, unknown>)[part]
  }
  return cur
}

/** A short rendering of a value; absurdly deep input is described instead of overflowing the stack. */
export function preview(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/** What was expected at the issue's path, and what was there (without the path). */
export function explainIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const got = valueAt(raw, issue.path)
  const shown = got === undefined ? '' : ` (got ${preview(got)})`
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}${got === undefined ? ' (missing)' : shown}`
    case 'too_small':
      return `expected ${issue.origin === 'array' ? 'at least' : issue.origin === 'string' ? 'a length of at least' : 'a value >='} ${String(issue.minimum)}${shown}`
    case 'too_big':
      return issue.origin === 'array'
        ? `expected at most ${String(issue.maximum)} items (got ${Array.isArray(got) ? got.length : '?'})`
        : `expected a value <= ${String(issue.maximum)}${shown}`
    case 'invalid_value':
      return `expected one of ${issue.values.map(v => JSON.stringify(v)).join(', ')}${shown}`
    default:
      return `${issue.message}${issue.code === 'custom' ? '' : shown}`
  }
}

/** One sentence per issue: the JSON path, what was expected and what was there. */
export function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map(k => `${joinPath([...issue.path, k])}: unknown key`).join('; ')
  }
  return `${joinPath(issue.path)}: ${explainIssue(issue, raw)}`
}

/** The first `shown` issues as sentences joined by "; ", and how many more there are. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], raw: unknown, shown = 5): string {
  const more = issues.length > shown ? `; and ${issues.length - shown} more` : ''
  return `${issues
    .slice(0, shown)
    .map(i => describeIssue(i, raw))
    .join('; ')}${more}`
}
