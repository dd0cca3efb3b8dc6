/**
 * The event the gate runs for, from the runner's event payload (GITHUB_EVENT_PATH). Only the pull
 * request's number and the action are taken from it: everything else (head SHA, state, labels)
 * is read again from the API, because the payload can be stale by the time the job runs.
 */
import { forLog } from '../../text/escape.js'

export const GATE_EVENTS = {
  pull_request_target: ['opened', 'synchronize', 'reopened', 'labeled', 'unlabeled', 'closed', 'edited'],
  pull_request_review: ['submitted', 'dismissed', 'edited']
} as const

export type GateEventName = keyof typeof GATE_EVENTS

export type GateEvent = { name: GateEventName; action: string; number: number }

export function parseGateEvent(name: string, payload: unknown): GateEvent {
  if (name === 'pull_request') {
    throw new Error(
      'The gate ran on "pull_request"; it must run on "pull_request_target" (and pull_request_review), so that its workflow and action come from the base branch, never from the pull request it judges.'
    )
  }
  if (!(name in GATE_EVENTS)) {
    throw new Error(
      `The gate ran on the event "${forLog(name || '(none)', 80)}"; expected pull_request_target or pull_request_review (mode: gate judges pull requests only).`
    )
  }
  const eventName = name as GateEventName
  const p = (payload ?? {}) as { action?: unknown; pull_request?: { number?: unknown } | null }
  const action = typeof p.action === 'string' ? p.action : ''
  if (!(GATE_EVENTS[eventName] as readonly string[]).includes(action)) {
    throw new Error(
      `The ${eventName} event's action is "${forLog(action || '(none)', 80)}"; the gate handles ${GATE_EVENTS[eventName].join(', ')}.`
    )
  }
  const number = p.pull_request?.number
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
    throw new Error(`The ${eventName} event payload names no pull request number.`)
  }
  return { name: eventName, action, number }
}
