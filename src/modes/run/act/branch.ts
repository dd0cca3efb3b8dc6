/**
 * The branch a proposal is pushed to: `<branchPrefix><run_date>-<slug>-<proposal id>`. The slug
 * comes from the agent's title, so it is reduced to `[a-z0-9-]{1,40}`: a title can never bring an
 * option, a ref expression (`@{`, `..`, `^`, `~`, `:`), a path component or a control character.
 * The whole name is then checked by `git check-ref-format --branch` (see execute.ts).
 */

/** `[a-z0-9-]{1,40}` from a title; "change" when nothing usable is left. */
export function slugFromTitle(title: string): string {
  const ascii = String(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const slug = ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  return slug || 'change'
}

const RUN_DATE = /^\d{4}-\d{2}-\d{2}$/

export class BranchNameError extends Error {
  override name = 'BranchNameError'
}

/** The branch for a proposal; throws when the prefix or date could make an unsafe name. */
export function branchName(opts: {
  prefix: string
  runDate: string
  title: string
  proposalId: number
}): string {
  const { prefix, runDate, proposalId } = opts
  if (!RUN_DATE.test(runDate)) throw new BranchNameError(`run date "${runDate}" is not YYYY-MM-DD`)
  if (!Number.isSafeInteger(proposalId) || proposalId <= 0) {
    throw new BranchNameError(`proposal id ${String(proposalId)} is not a positive integer`)
  }
  // The prefix comes from the committed config (its schema allows [A-Za-z0-9._-] and "/"); refuse
  // the parts git would read as an option or refuse as a ref anyway, with a clearer sentence.
  if (!/^([A-Za-z0-9._-]+\/?)*$/.test(prefix) || /^[-.]|\/[-.]|\.\.|\.lock(\/|$)|\/\//.test(prefix)) {
    throw new BranchNameError(
      `prTemplateConfig.branchPrefix "${prefix}" cannot start a branch name; expected something like "self-evolution/"`
    )
  }
  return `${prefix}${runDate}-${slugFromTitle(opts.title)}-${proposalId}`
}
