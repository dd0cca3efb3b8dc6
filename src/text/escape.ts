/**
 * The one place agent-written text (titles, descriptions, paths, labels, branch names, rule
 * messages that quote them) is made safe for wherever it is printed or rendered. Everything the
 * agent wrote is hostile: it may carry newlines, `::` workflow commands, Markdown, HTML, control
 * characters, bidirectional overrides or megabytes of text.
 *
 * Every function caps the length first (by code points, never splitting a surrogate pair and
 * marking the cut with "…"), then escapes for its target:
 *   forLog / forAnnotation   one line of a workflow log (core.info, core.warning, stderr)
 *   forTerminal              plain text for a terminal (the CLI): visible escapes, no entities
 *   forMarkdown              inline Markdown: a paragraph or a table cell of a job summary or PR body
 *   forMarkdownBlock         a multi-line description in Markdown
 *   forMarkdownCode          a path or branch, rendered literally
 *   forHtml                  HTML text or an attribute value
 *   forJson                  a JSON report value (inertJson in workflow-commands.ts escapes the rest)
 *
 * Whole documents and whole writes are made inert by workflow-commands.ts: a JSON document by
 * inertJson, the CLI's plain text on a runner by stopCommands.
 */

/** Per-field caps, in code points. */
export const LIMITS = {
  title: 200,
  description: 2000,
  path: 400,
  message: 600,
  label: 50,
  branch: 250
} as const

const ELLIPSIS = '…'

/** Cap `text` at `max` code points, marking the cut with "…" (which counts toward `max`). */
export function cap(text: string, max: number): string {
  const s = String(text)
  const limit = Math.max(0, Math.floor(Number.isFinite(max) ? max : 0))
  // Fast path: a string of at most `limit` UTF-16 units has at most `limit` code points.
  if (s.length <= limit) return s
  const points = Array.from(s)
  if (points.length <= limit) return s
  if (limit === 0) return ''
  return points.slice(0, limit - 1).join('') + ELLIPSIS
}

/**
 * Control characters (C0, DEL, C1 including NEL), zero-width and bidirectional format
 * characters, the Unicode line and paragraph separators, the byte order mark, and the tag
 * characters (U+E0000..U+E007F) that can smuggle invisible ASCII.
 */
const INVISIBLE =
  /(?:[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f])/g

function visible(ch: string): string {
  switch (ch) {
    case '\n':
      return '\\n'
    case '\r':
      return '\\r'
    case '\t':
      return '\\t'
    default:
      return ch.length > 1
        ? `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`
        : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
  }
}

/** Lone surrogates cannot be encoded as UTF-8; show them instead of letting them turn into U+FFFD. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Breaks a workflow command marker without changing what a reader sees. */
const ZWSP = '\u200b'

/**
 * One log line (core.info, core.warning, stderr): no line breaks, no control or invisible
 * characters (shown as \n, \t, \uXXXX), and never a workflow command. The runner reads a line
 * that starts with `::` (after whitespace) as a command, and `##[` anywhere as a legacy one;
 * both are broken up wherever they occur, so the text stays safe when it is printed again at
 * the start of a line.
 */
export function forLog(text: string, max: number = LIMITS.message): string {
  const s = cap(String(text), max)
    .replace(INVISIBLE, visible)
    .replace(LONE_SURROGATE, visible)
    .replace(/:(?=:)/g, `:${ZWSP}`)
    .replace(/##\[/g, `#${ZWSP}#[`)
  return s.replace(/^(\s*):/, '$1\\:')
}

/** Text for an annotation message or title: the same as a log line. */
export function forAnnotation(text: string, max: number = LIMITS.message): string {
  return forLog(text, max)
}

/**
 * Plain text for a terminal: what a person reads, so no entities and no Markdown escaping, but
 * control characters (ANSI escape sequences start with ESC), bidirectional overrides and invisible
 * characters are shown as visible escapes. The same as a log line, since the CLI may print on a runner.
 */
export function forTerminal(text: string, max: number = LIMITS.message): string {
  return forLog(text, max)
}

/** Where a report is shown: rendered Markdown (a job summary, report.md) or a terminal. */
export type TextTarget = 'markdown' | 'terminal'

/** The escaping of each target: inline text, and a literal value (a path, a rule id). */
export type TextRenderer = {
  inline: (text: string, max?: number) => string
  code: (text: string, max?: number) => string
}

/** The one choice between rendering for Markdown and rendering for a terminal. */
export function rendererFor(target: TextTarget): TextRenderer {
  return target === 'terminal'
    ? { inline: forTerminal, code: forTerminal }
    : { inline: forMarkdown, code: forMarkdownCode }
}

/** Every character Markdown (GFM) or the HTML inside it could read as syntax. */
const MD_SPECIAL = /[\\`*_{}[\]()<>#+!|~&"'=:$@^-]/g

/**
 * Inline Markdown, safe in a paragraph or a table cell: no line breaks, no HTML, no links or
 * autolinks, no emphasis, no table-cell breaks, no mentions (@) or references (#), no math ($).
 * Specials become numeric character references, which render as the character itself.
 */
export function forMarkdown(text: string, max: number = LIMITS.message): string {
  const s = cap(String(text), max)
    .replace(INVISIBLE, ch => (ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : ''))
    .replace(LONE_SURROGATE, '\ufffd')
  return s
    .replace(MD_SPECIAL, ch => `&#${ch.charCodeAt(0)};`)
    .replace(/\.(?=\w)/g, '&#46;') // no autolinked host names (www.example.com)
    .replace(/^ +| +$/g, sp => '&#32;'.repeat(sp.length)) // leading spaces could start a code block
}

/** Inline code in Markdown (a path, a branch): rendered literally; no HTML can escape it. */
export function forMarkdownCode(text: string, max: number = LIMITS.path): string {
  // GitHub still parses Markdown inside a raw <code> tag (a `|` would end a table cell, `[x](y)`
  // would be a link), so every special character is an entity, which <code> shows literally.
  return `<code>${forMarkdown(text, max)}</code>`
}

/** HTML text or a quoted attribute value. */
export function forHtml(text: string, max: number = LIMITS.message): string {
  return cap(String(text), max)
    .replace(INVISIBLE, ch => (ch === '\n' || ch === '\t' ? ' ' : ''))
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/[&<>"'`=]/g, ch => `&#${ch.charCodeAt(0)};`)
}

/** The most lines forMarkdownBlock keeps. */
export const MAX_BLOCK_LINES = 50

/** A multi-line block (a description) for Markdown: each line escaped, joined with <br>, lines capped. */
export function forMarkdownBlock(text: string, max: number = LIMITS.description): string {
  const lines = cap(String(text), max).split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)
  const kept = lines.slice(0, MAX_BLOCK_LINES).map(line => forMarkdown(line, max))
  if (lines.length > MAX_BLOCK_LINES) kept.push(ELLIPSIS)
  return kept.join('<br>')
}

/**
 * A value for a JSON report: capped. JSON.stringify escapes quotes and control characters (and
 * inertJson workflow commands); lone surrogates are replaced so the document is valid UTF-8.
 */
export function forJson(text: string, max: number = LIMITS.message): string {
  return cap(String(text), max).replace(LONE_SURROGATE, '\ufffd')
}
