#!/usr/bin/env node
import { getInput } from '@actions/core'
const mod = '@electric-sql/pglite'
console.log('hi', typeof getInput, mod)
if (process.argv[2] === 'pg') {
  const { PGlite } = await import(/* webpackIgnore: true */ mod)
  const db = new PGlite()
  console.log(await db.query('select 1 as x'))
}
