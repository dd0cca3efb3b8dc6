/** The action's version, recorded in schema_migrations with each migration it applies. */
export { ACTION_VERSION as VERSION } from './db/migrations.generated.js'
