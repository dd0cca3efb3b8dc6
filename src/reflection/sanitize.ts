/**
 * Text from GitHub (issue and review bodies, titles, log lines, names) as the reflection quotes it:
 * anyone who can open an issue or push to a fork writes some of it, so it is data for a model, made
 * plain and bounded before it is kept:
 *   - control characters (line breaks kept only where the field is multi-line), zero-width and
 *     bidirectional format characters, tag characters and lone surrogates are removed;
 *   - the text is NFC-normalized;
 *   - HTML comments, which GitHub renders as nothing and a model reads in full, are removed (to the
 *     end of the text when one is never closed, and again until none is left);
 *   - the length is capped in code points, the cut marked with "…" (src/text/escape.ts cap).
 */
import { cap } from '../text/escape.js'

/**
 * C0 and C1 controls but the line feed, DEL, the soft hyphen, the Arabic letter mark, the Mongolian
 * vowel separator, zero-width and bidirectional marks and overrides (U+200B-U+200F, U+202A-U+202E,
 * U+2066-U+2069), the line and paragraph separators, word joiners and invisible operators
 * (U+2060-U+206F), the byte order mark, interlinear annotations and the tag characters.
 */
const INVISIBLE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g

export type CleanOptions = {
  /** Keep line breaks (at most two in a row); otherwise they become spaces. */
  multiline?: boolean
}

/** `text` made plain and capped at `max` code points. Anything that is not a string is ''. */
export function cleanText(text: unknown, max: number, options: CleanOptions = {}): string {
  if (typeof text !== 'string') return ''
  let s = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(INVISIBLE, '').normalize('NFC')
  for (let before = ''; before !== s;) {
    before = s
    s = s.replace(HTML_COMMENT, '')
  }
  s = options.multiline
    ? s
        .split('\n')
        .map(line => line.trimEnd())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
    : s.replace(/\s*\n\s*/g, ' ')
  return cap(s.trim(), max)
}
