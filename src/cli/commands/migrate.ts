/** `self-evolution migrate`: apply the pending migrations, or adopt a hand-made installation. */
import { migrate } from '../../db/migrate.js'
import { connect, DATABASE_URL_HELP, json, runCommand } from '../database.js'
import { parseCommandArgs, type CliIO } from '../io.js'

const HELP = `Usage: self-evolution migrate [--database-url URL] [--json]

Applies the pending migrations of this version of the action, in one transaction under an advisory
lock, so that two starting at once apply each migration once. Tables created by hand for the original system
(no schema_migrations) are checked column by column and adopted. Refuses, changing nothing, when an
applied migration has changed, or when the schema is newer than this action.

Options:
${DATABASE_URL_HELP}
  --json               print the result as JSON
`

export async function run(argv: string[], io: CliIO): Promise<number> {
  return runCommand('migrate', io, () => execute(argv, io))
}

async function execute(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('migrate', argv, {
    'database-url': { type: 'string' },
    json: { type: 'boolean' }
  })
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const db = await connect(values['database-url'], io)
  try {
    const result = await migrate(db.sql)
    if (values.json) {
      io.stdout(json({ database: db.describe, ...result }))
    } else if (result.adopted) {
      io.stdout(
        `Adopted the existing self-evolution tables in ${db.describe}: recorded ${result.current[0]} as applied` +
          (result.applied.length ? `, then applied ${result.applied.join(', ')}.\n` : '.\n')
      )
    } else if (result.applied.length) {
      io.stdout(`Applied ${result.applied.join(', ')} to ${db.describe}.\n`)
    } else {
      io.stdout(`${db.describe} is up to date (${result.current.join(', ')}).\n`)
    }
    return 0
  } finally {
    await db.close()
  }
}
