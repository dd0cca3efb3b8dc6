// Bundles each entrypoint with ncc into dist/<name>/index.js, beside a {"type":"module"} package.json.
// PGlite stays external: ncc breaks on it, and only the CLI's embedded path loads it, lazily.
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const entries = ['pre', 'main', 'post', 'cli']
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
for (const name of entries) {
  const top = join('dist', name)
  rmSync(top, { recursive: true, force: true })
  const out = top
  mkdirSync(out, { recursive: true })
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      join('src', 'entry', name === 'cli' ? 'cli.ts' : join('bundle', `${name}.ts`)),
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

chmodSync(join('dist', 'cli', 'index.js'), 0o755)
