/** The Railway deployments check, bound to the inputs that name the project. */
import { findActiveRailwayDeployment } from './railway.js'
import type { LifecycleDeps } from '../runtime/deps.js'

export const railwayPort: LifecycleDeps['railway'] = r => () =>
  findActiveRailwayDeployment({
    url: r.url,
    token: r.token,
    projectId: r.projectId,
    environmentId: r.environmentId || undefined,
    serviceIds: r.serviceIds.length ? r.serviceIds : undefined
  })
