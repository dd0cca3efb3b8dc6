// Bundles each entrypoint with ncc into dist/<name>/index.js, beside a {"type":"module"} package.json.
// PGlite stays external: ncc breaks on it, and only the CLI's embedded path loads it, lazily.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const entries = ['pre', 'main', 'post', 'cli']
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
for (const name of entries) {
  const out = join('dist', name)
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      join('src', 'bin', `${name}.ts`),
      '-o',
      out,
      '--target',
      'es2022',
      '-e',
      '@electric-sql/pglite',
      '-q'
    ],
    { stdio: 'inherit' }
  )
  writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n')
  // ncc may emit helper files (e.g. source maps); keep only what runs.
  for (const f of readdirSync(out)) if (f.endsWith('.map')) rmSync(join(out, f))
}
