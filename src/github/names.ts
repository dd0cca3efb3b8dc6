/** Repository names as GitHub compares them. Pure: no client is loaded for it. */

/** Whether a full name ("owner/name", possibly missing) is `repository`: GitHub ignores case. */
export function isSameRepository(fullName: string | null | undefined, repository: string): boolean {
  return (fullName ?? '').toLowerCase() === repository.toLowerCase()
}
