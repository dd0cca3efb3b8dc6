/** What the agent may do today, as data: the rails of the config, and whether today's wildcard is free. */
import { CHANGE_TYPES, type Config } from '../config/schema.js'
import type { Rails } from './schema.js'

export function railsOf(config: Config, wildcardFree: boolean): Rails {
  const rails = config.safetyRails
  const wildcard = config.wildcardFeature
  const allowed = new Set(rails.allowedChangeTypes)
  const live = new Set(config.rollout.liveChangeTypes)
  const typePaths = rails.typePaths as Record<string, string[]>
  return {
    allowedPaths: [...rails.allowedPaths],
    blockedPaths: [...rails.blockedPaths],
    caps: {
      maxLinesOfCode: rails.diffCaps.maxLinesOfCode,
      maxFilesChanged: rails.diffCaps.maxFilesChanged,
      maxActionsPerRun: config.rollout.maxActionsPerRun,
      maxOpenPullRequests: config.rollout.maxOpenPullRequests
    },
    maxRiskLevel: rails.maxRiskLevel,
    riskFloors: rails.riskFloors.map(f => ({ ...f, paths: [...f.paths] })),
    sizeFloors: rails.sizeFloors.map(f => ({ ...f, ...(f.paths ? { paths: [...f.paths] } : {}) })),
    changeTypes: CHANGE_TYPES.filter(t => allowed.has(t)).map(type => ({
      type,
      // A wildcard may touch the typePaths of the types wildcardFeature.allowedTypes names.
      paths:
        type === 'wildcard'
          ? [...new Set(wildcard.allowedTypes.flatMap(t => typePaths[t] ?? []))]
          : [...(typePaths[type] ?? [])],
      live: live.has(type)
    })),
    wildcard: {
      enabled: wildcard.enabled && allowed.has('wildcard'),
      maxRiskLevel: wildcard.maxRiskLevel,
      allowedTypes: [...wildcard.allowedTypes],
      freeToday: wildcardFree
    },
    dryRun: config.dryRunMode
  }
}
