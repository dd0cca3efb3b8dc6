/**
 * URLs without their credentials, for every place that stores, prints or uses a URL it did not
 * write (a remote, a run's logs URL). A token belongs in a header, never in a URL.
 */

/**
 * `url` without its user and password. With `mark`, the user becomes `mark` (a reader then sees
 * that credentials were there); without, both go. A value that is not a URL (a path, an scp-like
 * address such as git@host:o/r.git) holds no credentials and is returned as it is.
 */
export function withoutCredentials(url: string, mark = ''): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return url
  }
  if (!parsed.username && !parsed.password) return url
  parsed.username = mark
  parsed.password = ''
  return parsed.href
}
