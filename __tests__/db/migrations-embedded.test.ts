/** src/db/migrations.generated.ts must hold exactly what sql/ and package.json hold. */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ACTION_VERSION, ADOPTION, MIGRATIONS } from '../../src/db/migrations.generated.js'

const root = process.cwd()
const read = (...path: string[]) => readFileSync(join(root, ...path), 'utf8').replace(/\r\n/g, '\n')
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

describe('the embedded SQL', () => {
  it('is every file of sql/migrations, in order, with its sha256', () => {
    const files = readdirSync(join(root, 'sql', 'migrations'))
      .filter(f => f.endsWith('.sql'))
      .sort()
    expect(MIGRATIONS.map(m => m.name)).toEqual(files)
    for (const m of MIGRATIONS) {
      const text = read('sql', 'migrations', m.name)
      expect(m.sql).toBe(text)
      expect(m.checksum).toBe(sha256(text))
    }
  })

  it('carries the adoption of the first migration and the version of package.json', () => {
    expect(ADOPTION.name).toBe(MIGRATIONS[0].name)
    expect(ADOPTION.sql).toBe(read('sql', 'adoption', ADOPTION.name))
    expect(ADOPTION.checksum).toBe(sha256(ADOPTION.sql))
    expect(ACTION_VERSION).toBe(JSON.parse(read('package.json')).version)
  })

  it('is what `npm run embed-sql` would write', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/embed-sql.mjs', '--check'], { cwd: root, stdio: 'pipe' })
    ).not.toThrow()
  })
})
