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
// Every command has finished its work when main returns: exit once the output is flushed,
// rather than wait for the process's teardown (for a large heap, milliseconds of nothing).
let pending = 2
const flushed = () => {
  if (--pending === 0) process.exit(code)
}
process.stdout.write('', flushed)
process.stderr.write('', flushed)
