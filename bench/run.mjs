// npm run bench:run: the cost of one daily run, measured on the committed bundles.
//  - database round trips and wall time of pre → main → post with 1 and with 100 proposals, counted
//    by a TCP proxy between the bundle and PostgreSQL (one round trip = one Sync or simple Query);
//  - the cold start of the bundled main when the flag is off, against a bare `node -e 0`.
// Needs a real PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test).
// Prints one JSON document.
import { spawn, spawnSync } from 'node:child_process'
import { createServer as createHttp } from 'node:http'
import { createServer as createTcp, connect } from 'node:net'
import { cpus } from 'node:os'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import postgres from 'postgres'

const root = resolve('.')
for (const s of ['pre', 'main', 'post']) {
  if (!existsSync(join(root, 'dist', s, 'index.js'))) {
    console.error(`dist/${s}/index.js is missing: run "npm run bundle" first`)
    process.exit(2)
  }
}
const baseUrl =
  process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'

// A scratch database.
const admin = postgres(baseUrl, { max: 1, onnotice: () => {} })
const dbName = `se_bench_${process.pid}`
await admin.unsafe(`DROP DATABASE IF EXISTS ${dbName}`)
await admin.unsafe(`CREATE DATABASE ${dbName}`)
const target = new URL(baseUrl)
target.pathname = `/${dbName}`
const sql = postgres(target.toString(), { max: 1, onnotice: () => {} })

// The round-trip counter: a proxy that counts the client's Sync ('S') and Query ('Q') messages.
let roundTrips = 0
const proxy = createTcp(client => {
  const server = connect(Number(target.port || 5432), target.hostname)
  let typed = false
  let buf = Buffer.alloc(0)
  client.on('data', chunk => {
    buf = Buffer.concat([buf, chunk])
    for (;;) {
      if (!typed) {
        if (buf.length < 8) break
        const len = buf.readInt32BE(0)
        const code = buf.readInt32BE(4)
        if (buf.length < len) break
        buf = buf.subarray(len)
        if (code !== 80877103 && code !== 80877104) typed = true // not an SSL/GSS request
        continue
      }
      if (buf.length < 5) break
      const len = buf.readInt32BE(1)
      if (buf.length < len + 1) break
      const type = String.fromCharCode(buf[0])
      if (type === 'S' || type === 'Q') roundTrips++
      buf = buf.subarray(len + 1)
    }
    server.write(chunk)
  })
  server.on('data', d => client.write(d))
  const end = () => {
    client.destroy()
    server.destroy()
  }
  client.on('close', end)
  server.on('close', end)
  client.on('error', end)
  server.on('error', end)
})
await new Promise(r => proxy.listen(0, '127.0.0.1', r))
const proxied = new URL(target.toString())
proxied.hostname = '127.0.0.1'
proxied.port = String(proxy.address().port)

// A GitHub API stand-in: the committed config, no deployments, no workflow runs.
const config = JSON.stringify({ enabled: true, dryRunMode: true })
const http = createHttp((req, res) => {
  const url = new URL(req.url, 'http://x')
  res.setHeader('content-type', 'application/json')
  if (url.pathname.includes('/contents/')) {
    res.end(
      JSON.stringify({
        type: 'file',
        encoding: 'base64',
        content: Buffer.from(config).toString('base64'),
        size: config.length
      })
    )
  } else if (url.pathname.endsWith('/actions/runs')) {
    res.end(JSON.stringify({ total_count: 0, workflow_runs: [] }))
  } else if (url.pathname.endsWith('/deployments')) {
    res.end('[]')
  } else {
    res.end(JSON.stringify({ default_branch: 'main' }))
  }
})
await new Promise(r => http.listen(0, '127.0.0.1', r))
const api = `http://127.0.0.1:${http.address().port}`

function proposalsFile(dir, n) {
  const proposals = Array.from({ length: n }, (_, i) => ({
    title: `Proposal ${i}`,
    type: i % 2 ? 'prompt' : 'capability',
    riskLevel: 1,
    files: [
      {
        path: i % 2 ? `packages/agent/src/prompts/p${i}.md` : `packages/agent/src/tools/t${i}.ts`,
        status: 'modified',
        additions: 3,
        deletions: 1
      }
    ]
  }))
  const file = join(dir, 'proposals.json')
  writeFileSync(file, JSON.stringify({ reflection: { insights: 'bench' }, proposals }))
  return file
}

function parseState(text) {
  const env = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const v = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) v.push(lines[i])
    env[`STATE_${m[1]}`] = v.join('\n')
  }
  return env
}

function stage(name, env) {
  return new Promise(res => {
    const started = process.hrtime.bigint()
    const child = spawn(process.execPath, [join(root, 'dist', name, 'index.js')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    child.stdout.on('data', d => (out += d))
    child.stderr.on('data', d => (out += d))
    child.on('close', code => res({ code, ms: Number(process.hrtime.bigint() - started) / 1e6, out }))
  })
}

/** A checkout of the repository in the workspace, with the config committed (as `uses: ./` has). */
function checkout(dir) {
  const git = args =>
    spawnSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b', ...args], { cwd: dir, encoding: 'utf8' })
  git(['init', '-q', '-b', 'main', '.'])
  spawnSync('mkdir', ['-p', join(dir, '.github')])
  writeFileSync(join(dir, '.github', 'self-evolution-config.json'), config)
  git(['add', '.github'])
  git(['commit', '-q', '-m', 'config'])
  return git(['rev-parse', 'HEAD']).stdout.trim()
}

async function oneRun(
  n,
  runId,
  { databaseUrl = proxied.toString(), stages = ['pre', 'main', 'post'], withCheckout = false } = {}
) {
  const dir = mkdtempSync(join(tmpdir(), 'se-bench-'))
  const files = {
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'sum')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  writeFileSync(join(dir, 'event.json'), '{"repository":{"default_branch":"main"}}')
  const sha = withCheckout ? checkout(dir) : 'c'.repeat(40)
  const base = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: api,
    GITHUB_REPOSITORY: `bench/r${runId}`,
    GITHUB_SHA: sha,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    ...files,
    'INPUT_DATABASE-URL': databaseUrl,
    'INPUT_GITHUB-TOKEN': 'bench-token',
    'INPUT_CONFIG-PATH': '.github/self-evolution-config.json',
    INPUT_MODE: 'run',
    INPUT_PROPOSALS: n === null ? '' : proposalsFile(dir, n)
  }
  const result = { stages: {}, roundTrips: {} }
  for (const s of stages) {
    const before = roundTrips
    const r = await stage(s, { ...base, ...parseState(readFileSync(files.GITHUB_STATE, 'utf8')) })
    if (r.code !== 0) throw new Error(`${s} failed: ${r.out.slice(0, 2000)}`)
    result.stages[s] = Math.round(r.ms)
    result.roundTrips[s] = roundTrips - before
  }
  result.output = readFileSync(files.GITHUB_OUTPUT, 'utf8')
  rmSync(dir, { recursive: true, force: true })
  return result
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

try {
  // Migrate and turn the flag on through the bundled CLI.
  const mig = spawnSync(
    process.execPath,
    [join(root, 'dist', 'cli', 'index.js'), 'migrate', '--database-url', target.toString()],
    { encoding: 'utf8' }
  )
  if (mig.status !== 0) throw new Error(`migrate failed: ${mig.stderr}`)
  const on = spawnSync(
    process.execPath,
    [
      join(root, 'dist', 'cli', 'index.js'),
      'flag',
      'enable',
      '--by',
      'bench',
      '--database-url',
      target.toString()
    ],
    { encoding: 'utf8' }
  )
  if (on.status !== 0) throw new Error(`flag enable failed: ${on.stderr}`)

  const runs = {}
  let id = 1
  for (const n of [1, 100]) {
    const samples = []
    for (let i = 0; i < 5; i++) samples.push(await oneRun(n, id++))
    runs[`proposals_${n}`] = {
      roundTrips: samples[samples.length - 1].roundTrips,
      wallMsMedian: Object.fromEntries(
        ['pre', 'main', 'post'].map(s => [s, median(samples.map(x => x.stages[s]))])
      )
    }
  }

  // Cold start: main alone (uses: ./, so pre did not run) when the flag is off, against bare node.
  // `uses: ./` needs a checkout, so main reads the committed config with git: that is the case the
  // target is about. Without a checkout (main reads the config through the API, loading Octokit)
  // is measured too, for reference.
  await sql`UPDATE feature_flags SET value = false WHERE key = 'self_evolution_enabled'`
  const bare = []
  const cold = { withCheckout: [], withoutCheckout: [] }
  for (let i = 0; i < 15; i++) {
    const t = process.hrtime.bigint()
    spawnSync(process.execPath, ['-e', '0'])
    bare.push(Number(process.hrtime.bigint() - t) / 1e6)
    for (const [key, withCheckout] of [
      ['withCheckout', true],
      ['withoutCheckout', false]
    ]) {
      const r = await oneRun(null, 10_000 + i, {
        databaseUrl: target.toString(),
        stages: ['main'],
        withCheckout
      })
      if (!/skip-reason<<[^\n]*\nflag-off/.test(r.output)) throw new Error('expected a flag-off skip')
      cold[key].push(r.stages.main)
    }
  }
  const coldStart = {
    bareNodeMsMedian: Math.round(median(bare)),
    mainFlagOffMsMedian: Math.round(median(cold.withCheckout)),
    overheadMs: Math.round(median(cold.withCheckout) - median(bare)),
    targetOverheadMs: 100,
    withoutCheckout: {
      mainFlagOffMsMedian: Math.round(median(cold.withoutCheckout)),
      overheadMs: Math.round(median(cold.withoutCheckout) - median(bare))
    }
  }
  console.log(
    JSON.stringify(
      {
        benchmark: 'run',
        machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
        database: 'PostgreSQL (real server, through a counting proxy)',
        runs,
        roundTripsGrowWithProposals:
          JSON.stringify(runs.proposals_1.roundTrips) !== JSON.stringify(runs.proposals_100.roundTrips),
        coldStart
      },
      null,
      2
    )
  )
} finally {
  await sql.end()
  await admin.unsafe(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
  await admin.end()
  proxy.close()
  http.close()
}
