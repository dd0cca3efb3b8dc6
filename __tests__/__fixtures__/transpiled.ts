/**
 * The sources as plain JavaScript in a scratch folder, for tests that run the real CLI or a real stage
 * in a process of its own (to send it real signals) without a rebuilt dist/: every src/**\/*.ts
 * transpiled one file at a time (types erased, nothing checked), beside a node_modules link and a
 * {"type":"module"} package.json. Build once per test file.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

const ROOT = resolve(process.cwd())

export type Transpiled = { dir: string; entry: (path: string) => string; remove: () => void }

export function transpileSources(): Transpiled {
  const dir = mkdtempSync(join(tmpdir(), 'se-src-'))
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n')
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  for (const file of tsFiles(join(ROOT, 'src'))) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, isolatedModules: true }
    })
    const out = join(dir, relative(ROOT, file)).replace(/\.ts$/, '.js')
    mkdirSync(dirname(out), { recursive: true })
    writeFileSync(out, outputText)
  }
  return {
    dir,
    entry: path => join(dir, path.replace(/\.ts$/, '.js')),
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []
  )
}
