/**
 * Input that cannot be judged at all: invalid JSON, a schema error, a patch that cannot be
 * parsed, a bad git range. The CLI prints the message as one line and exits 2. Anything the
 * engine can judge is a violation instead, never this error.
 */
export class PolicyInputError extends Error {
  override name = 'PolicyInputError'
}
