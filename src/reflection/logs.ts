/**
 * The first error lines of a job's log, for the reflection: the `##[error]` lines the runner writes
 * for a failing step come first, then lines that say error, failed or exception, in log order.
 * Each line loses the runner's timestamp and every `##[…]` marker (so no line is a workflow command
 * when printed again). At most `maxLines` lines and `maxBytes` bytes of them.
 */
const TIMESTAMP = /^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/
const MARKER = /##\[[a-z-]*\]/gi
const ERROR_MARKER = /##\[error\]/i
const ERRORISH = /\b(?:error|errors|failed|failure|exception)\b/i
/** A longer line is cut here before it is counted, so one huge line cannot crowd out the rest. */
const MAX_LINE_CHARS = 1000

export function errorLinesOf(log: string, maxLines: number, maxBytes: number): string[] {
  const lines = log.split(/\r?\n/).map(l => l.replace(TIMESTAMP, ''))
  const marked = lines.filter(l => ERROR_MARKER.test(l))
  const others = lines.filter(
    l => !ERROR_MARKER.test(l) && !/^##\[(?:group|endgroup)\]/i.test(l) && ERRORISH.test(l)
  )
  const out: string[] = []
  let bytes = 0
  for (const raw of [...marked, ...others]) {
    const line = raw.replace(MARKER, '').trim().slice(0, MAX_LINE_CHARS)
    if (line === '' || out.includes(line)) continue
    const size = Buffer.byteLength(line) + 1
    if (out.length >= maxLines || bytes + size > maxBytes) break
    out.push(line)
    bytes += size
  }
  return out
}
