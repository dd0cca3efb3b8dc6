/**
 * The shipped workflow's three-job flow: plan → propose → rails, and close. Each job's `if:` is
 * evaluated here, the way GitHub evaluates it, over the cases that matter: a day plan skips, a failed
 * or timed-out agent, a cancelled workflow run. Also the jobs' permissions and what they pass on.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'

const WORKFLOW = readFileSync('.github/workflows/self-evolution.yml', 'utf8')

/** The lines of one job (from `  name:` to the next job). */
function jobBlock(name: string): string {
  const lines = WORKFLOW.split('\n')
  const start = lines.indexOf(`  ${name}:`)
  if (start < 0) throw new Error(`no job ${name}`)
  const end = lines.findIndex((l, i) => i > start && /^ {2}[a-z-]+:\s*$/.test(l))
  return lines.slice(start, end < 0 ? undefined : end).join('\n')
}

function jobIf(name: string): string {
  const m = /^ {4}if: (.+)$/m.exec(jobBlock(name))
  if (!m) throw new Error(`job ${name} has no if`)
  return m[1]
}

type World = { proceed: string; runId: string; cancelled: boolean }

/**
 * A small evaluator of the expressions the jobs use: `${{ }}` around an expression, `!`, `&&`,
 * `==`, `!=`, string literals, `cancelled()` and `needs.plan.outputs.*`.
 */
function evaluate(expression: string, w: World): boolean {
  const body = expression.replace(/^\$\{\{\s*/, '').replace(/\s*\}\}$/, '')
  return body.split(/\s*&&\s*/).every(term => {
    const negated = term.startsWith('!')
    const t = negated ? term.slice(1) : term
    let value: boolean
    if (t === 'cancelled()') value = w.cancelled
    else {
      const m = /^needs\.plan\.outputs\.([a-z-]+) (==|!=) '([^']*)'$/.exec(t)
      if (!m) throw new Error(`cannot evaluate ${JSON.stringify(t)}`)
      const actual = m[1] === 'proceed' ? w.proceed : m[1] === 'run-id' ? w.runId : undefined
      if (actual === undefined) throw new Error(`unknown output ${m[1]}`)
      value = m[2] === '==' ? actual === m[3] : actual !== m[3]
    }
    return negated ? !value : value
  })
}

describe('the shipped workflow: plan → propose → rails, and close', () => {
  it('uses exactly the documented conditions', () => {
    expect(jobIf('propose')).toBe("needs.plan.outputs.proceed == 'true'")
    expect(jobIf('rails')).toBe("${{ !cancelled() && needs.plan.outputs.proceed == 'true' }}")
    expect(jobIf('close')).toBe("${{ cancelled() && needs.plan.outputs.run-id != '' }}")
    // Never always(): GitHub does not cancel such a job, so a maintainer could not stop the acting.
    const code = WORKFLOW.split('\n').filter(l => !/^\s*#/.test(l))
    expect(code.filter(l => /always\(\)/.test(l))).toEqual([])
  })

  it('a day plan skips: no agent, no rails, no close', () => {
    const skipped = { proceed: 'false', runId: '', cancelled: false }
    expect(evaluate(jobIf('propose'), skipped)).toBe(false)
    expect(evaluate(jobIf('rails'), skipped)).toBe(false)
    expect(evaluate(jobIf('close'), skipped)).toBe(false)
  })

  it('a claimed day: the agent runs, and rails runs even after a failed or timed-out agent', () => {
    const claimed = { proceed: 'true', runId: '7', cancelled: false }
    expect(evaluate(jobIf('propose'), claimed)).toBe(true)
    // rails' if uses a status function, so the propose job's failure does not skip it.
    expect(jobIf('rails')).toMatch(/cancelled\(\)/)
    expect(evaluate(jobIf('rails'), claimed)).toBe(true)
    expect(evaluate(jobIf('close'), claimed)).toBe(false)
  })

  it('a workflow run cancelled after the claim: rails does not start, close records the run', () => {
    const cancelled = { proceed: 'true', runId: '7', cancelled: true }
    expect(evaluate(jobIf('rails'), cancelled)).toBe(false)
    expect(evaluate(jobIf('close'), cancelled)).toBe(true)
    expect(evaluate(jobIf('close'), { proceed: 'false', runId: '', cancelled: true })).toBe(false)
  })

  it('chains the jobs and passes the run on', () => {
    expect(jobBlock('propose')).toMatch(/^ {4}needs: plan$/m)
    expect(jobBlock('rails')).toMatch(/^ {4}needs: \[plan, propose\]$/m)
    expect(jobBlock('close')).toMatch(/^ {4}needs: \[plan, propose, rails\]$/m)
    const rails = jobBlock('rails')
    expect(rails).toContain('run-id: ${{ needs.plan.outputs.run-id }}')
    expect(rails).toContain('agent-result: ${{ needs.propose.result }}')
    // Dry run and force come from the claim: the rails step does not take them.
    expect(rails).not.toMatch(/^\s+(dry-run|force):/m)
    expect(jobBlock('plan')).toContain('uses: ./plan')
    expect(jobBlock('close')).toContain('uses: ./close')
    expect(jobBlock('close')).toContain('run-id: ${{ needs.plan.outputs.run-id }}')
  })

  it('gives each job only its permissions', () => {
    const permissions = (job: string) => {
      const block = jobBlock(job)
      const m = /^ {4}permissions:\n((?: {6}[a-z-]+: [a-z]+\n)+)/m.exec(block + '\n')
      return m
        ? Object.fromEntries(
            m[1]
              .trim()
              .split('\n')
              .map(l => l.trim().split(': '))
          )
        : undefined
    }
    expect(permissions('plan')).toEqual({
      contents: 'read',
      actions: 'read',
      issues: 'read',
      'pull-requests': 'read',
      deployments: 'read'
    })
    expect(permissions('propose')).toEqual({ contents: 'read' })
    expect(permissions('rails')).toEqual({ contents: 'read', actions: 'read', deployments: 'read' })
    expect(WORKFLOW).toMatch(/^permissions: \{\}$/m)
    // The database secret reaches plan, rails and close, never the agent's job.
    expect(jobBlock('propose')).not.toContain('SELF_EVOLUTION_DATABASE_URL')
    for (const job of ['plan', 'rails', 'close'])
      expect(jobBlock(job)).toContain('SELF_EVOLUTION_DATABASE_URL')
  })

  it('runs the agent with mode propose: one line picks the engine, pinned CLIs, no token, the key only', () => {
    const propose = jobBlock('propose')
    expect(propose).toContain('uses: ./propose')
    expect(propose).toContain("github-token: ''")
    expect(propose).toContain('persist-credentials: false')
    expect(propose).toContain('engine: ${{ env.SELF_EVOLUTION_ENGINE }}')
    // The engine is named in one place (the others in comments).
    expect(propose.match(/^ {6}SELF_EVOLUTION_ENGINE: [a-z]+$/gm)).toEqual([
      '      SELF_EVOLUTION_ENGINE: claude'
    ])
    expect(propose).toMatch(/^ {6}# SELF_EVOLUTION_ENGINE: codex$/m)
    expect(propose).toMatch(/^ {6}# SELF_EVOLUTION_ENGINE: command$/m)
    // Each engine's CLI at a pinned version.
    expect(propose).toMatch(/npm install --global @anthropic-ai\/claude-code@\d+\.\d+\.\d+$/m)
    expect(propose).toMatch(/npm install --global @openai\/codex@\d+\.\d+\.\d+$/m)
    // Its only secrets are the models' keys.
    const secrets = [...propose.matchAll(/secrets\.([A-Z_]+)/g)].map(m => m[1])
    expect([...new Set(secrets)].sort()).toEqual(['ANTHROPIC_API_KEY', 'CODEX_API_KEY'])
    // Its outputs reach the rails job through inputs, never a run: script.
    for (const line of WORKFLOW.split('\n').filter(l => /^\s+run: /.test(l)))
      expect(line).not.toMatch(/steps\.propose\.outputs|needs\.propose\.outputs/)
  })
})
