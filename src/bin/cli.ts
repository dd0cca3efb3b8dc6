#!/usr/bin/env node
import { main } from '../cli/main.js'

const code = await main(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date()
})
process.exitCode = code
