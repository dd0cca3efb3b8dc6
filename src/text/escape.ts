/**
 * The one place agent-written text (titles, descriptions, paths, labels, branch names) is made
 * safe for wherever it is printed or rendered. Everything the agent wrote is hostile: it may carry
 * newlines, `::` workflow commands, Markdown, HTML, control characters or megabytes of text.
 *
 * Every function caps the length first (by code points, never splitting a surrogate pair), then
 * escapes for its target.
 */

export const LIMITS = {
  title: 200,
  description: 2000,
  path: 400,
  message: 600,
  label: 50,
  branch: 250
} as const

const ELLIPSIS = '…'

/** Cap `text` at `max` code points, marking the cut. */
export function cap(text: string, max: number): string {
  const s = String(text)
  if (s.length <= max) return s
  const points = Array.from(s)
  if (points.length <= max) return s
  return points.slice(0, Math.max(0, max - 1)).join('') + ELLIPSIS
}

/** Control characters, bidi overrides and other invisible format characters. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g

function visible(ch: string): string {
  switch (ch) {
    case '\n':
      return '\\n'
    case '\r':
      return '\\r'
    case '\t':
      return '\\t'
    default:
      return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
  }
}

/**
 * One log line (core.info, core.warning, stderr): no line breaks, no control characters, and
 * never a `::` workflow command, wherever the text ends up on the line.
 */
export function forLog(text: string, max: number = LIMITS.message): string {
  const s = cap(String(text), max).replace(INVISIBLE, visible)
  // The runner parses a line that starts with `::` (after optional whitespace) as a command.
  // Line breaks are already escaped, so only the start matters, but `::` is broken up everywhere
  // to keep copies of this text safe when someone else prints it at the start of a line.
  return s.replace(/::/g, ':\u200b:').replace(/^(\s*):/, '$1\\:')
}

/** Text for an annotation message or title: same as a log line. */
export function forAnnotation(text: string, max: number = LIMITS.message): string {
  return forLog(text, max)
}

const MD_SPECIAL = /[\\`*_{}[\]()<>#+!|~&"'=:-]/g

/**
 * Inline Markdown, safe in a paragraph or a table cell: no line breaks, no HTML, no links,
 * no emphasis, no table-cell breaks, no mention or reference (@, #) pings.
 */
export function forMarkdown(text: string, max: number = LIMITS.message): string {
  const s = cap(String(text), max).replace(INVISIBLE, ch =>
    ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : ''
  )
  return s
    .replace(MD_SPECIAL, ch => `&#${ch.charCodeAt(0)};`)
    .replace(/@/g, '&#64;')
    .replace(/\.(?=\w)/g, '&#46;') // no autolinked hostnames
}

/** Inline code in Markdown (a path, a branch): rendered literally, no HTML can escape it. */
export function forMarkdownCode(text: string, max: number = LIMITS.path): string {
  // Inside <code>, entities are decoded and no Markdown applies: the most robust inline form.
  return `<code>${forHtml(text, max)}</code>`
}

/** HTML text or attribute value. */
export function forHtml(text: string, max: number = LIMITS.message): string {
  return cap(String(text), max)
    .replace(INVISIBLE, ch => (ch === '\n' || ch === '\t' ? ' ' : ''))
    .replace(/[&<>"'`]/g, ch => `&#${ch.charCodeAt(0)};`)
}

/** A multi-line block (a description) for Markdown: each line escaped, the line count capped. */
export function forMarkdownBlock(text: string, max: number = LIMITS.description): string {
  return cap(String(text), max)
    .split(/\r\n|\r|\n/)
    .slice(0, 50)
    .map(line => forMarkdown(line, max))
    .join('<br>')
}

/** A value for a JSON report: capped, control characters kept only as JSON escapes them. */
export function forJson(text: string, max: number = LIMITS.message): string {
  return cap(String(text), max)
}
