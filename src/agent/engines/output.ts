/**
 * What every engine adapter shares: the engine's own words made safe to keep (capped, control and
 * invisible characters removed, line breaks kept), and the prompt as an argument. Pure.
 */
import { cap } from '../../text/escape.js'

/** The cap on an engine's final message, in code points. */
export const FINAL_MESSAGE_MAX = 2000

const UNSAFE =
  /(?:[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f])/g

/** Hostile text, capped and stripped of control and invisible characters; tabs and line breaks stay. */
export function sanitizeMessage(text: string, max: number = FINAL_MESSAGE_MAX): string {
  return cap(String(text).replace(UNSAFE, '').trim(), max)
}

/** The last `max` code points of `text`, sanitized (an engine's last words are at the end). */
export function tailMessage(text: string, max: number = FINAL_MESSAGE_MAX): string {
  const clean = String(text).replace(UNSAFE, '').trim()
  const points = Array.from(clean)
  return points.length <= max ? clean : '…' + points.slice(points.length - max + 1).join('')
}

/**
 * Linux holds at most 128 KiB in one argument. A prompt above this many bytes goes as a pointer to the
 * prompt file instead, which every engine can read.
 */
export const PROMPT_ARG_MAX_BYTES = 100_000

/** The prompt as an argument: itself, or a pointer to the prompt file when it is too long for one. */
export function promptArgument(prompt: string, promptFile: string): string {
  if (Buffer.byteLength(prompt, 'utf8') <= PROMPT_ARG_MAX_BYTES) return prompt
  return `Your full instructions are in the file ${promptFile} (also named by the SELF_EVOLUTION_PROMPT_FILE environment variable). Read all of it first, then follow it.`
}

/** A finite, non-negative number, or undefined. */
export function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined
}
