/**
 * Output that stays inert in a GitHub Actions log. The runner reads workflow commands from every
 * line a step prints on stdout or stderr: `##[name]` anywhere in a line (the legacy form) and
 * `::name::` at the start of a line after whitespace (GitHub docs, "Workflow commands for GitHub
 * Actions"). Agent-written text printed by the CLI must never become one.
 *
 *   inertJson      a JSON document whose text carries no command, with the same value
 *   stopCommands   plain text between `::stop-commands::TOKEN` and `::TOKEN::`, which the runner
 *                  prints without reading commands (GitHub docs, "Stopping and starting workflow
 *                  commands")
 */
import { randomUUID } from 'node:crypto'

/**
 * Characters .NET's StreamReader or String.Trim treat as line ends or whitespace that JSON.stringify
 * leaves raw inside strings: NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
 */
const RAW_SEPARATORS = /[\u0085\u2028\u2029]/g

/**
 * JSON.stringify(value, null, space), rewritten so that the runner finds no command in it while
 * JSON.parse still gives the same value:
 *
 * - `##[` becomes `#\u0023[`. Outside strings JSON has only punctuation, numbers, true, false,
 *   null and whitespace, so every `#` is inside a string, where JSON.stringify writes it raw and
 *   never after a lone backslash (`\#` is no JSON escape). `\u0023` decodes to the same `#`, and
 *   no new `##[` can form: the rewritten `[` follows `3`, the rewritten `#` precedes `\`.
 * - NEL, U+2028 and U+2029 become `\u0085`, `\u2028`, `\u2029`, exactly as above (they too occur
 *   only inside strings), so no reader can split a line inside a string.
 * - `::` cannot start a line: JSON.stringify escapes \n and \r inside strings, so the only line
 *   breaks are the ones pretty-printing adds, and each line then starts with spaces followed by
 *   `"`, `{`, `}`, `[`, `]`, `-`, a digit, or the t, f, n of true, false, null; never a colon.
 */
export function inertJson(value: unknown, space?: number): string {
  const text = JSON.stringify(value, null, space) ?? 'null'
  return text
    .replace(/##\[/g, '#\\u0023[')
    .replace(RAW_SEPARATORS, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A token nobody can guess or derive from the text it guards. */
export function randomStopToken(): string {
  return randomUUID()
}

/** Tries before giving up on a token source that keeps returning unusable tokens. */
const TOKEN_TRIES = 8

/**
 * `text` between `::stop-commands::TOKEN` and `::TOKEN::` lines, so the runner prints it as is.
 * The token comes fresh from `nextToken` and is drawn again while the text contains it (the runner
 * compares it case-insensitively), so the text cannot end the block early. The block always ends on
 * a line of its own, so a write that lacks a final newline gets one. Empty text stays empty.
 */
export function stopCommands(text: string, nextToken: () => string = randomStopToken): string {
  if (text === '') return ''
  const token = usableToken(text, nextToken)
  const body = text.endsWith('\n') ? text : `${text}\n`
  return `::stop-commands::${token}\n${body}::${token}::\n`
}

function usableToken(text: string, nextToken: () => string): string {
  const lower = text.toLowerCase()
  for (let i = 0; i < TOKEN_TRIES; i++) {
    const token = nextToken()
    // Long and random, so neither guessable nor a command's name; letters, digits and '-' only.
    if (/^[A-Za-z0-9-]{16,}$/.test(token) && !lower.includes(token.toLowerCase())) return token
  }
  throw new Error('stopCommands: the token source gave no usable token')
}
