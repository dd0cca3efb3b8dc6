#!/usr/bin/env node
/** The `self-evolution` command: parse the command line, run the command, exit with its code. */
import { main } from '../cli/main.js'

process.exitCode = await main(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  signals: process
})
