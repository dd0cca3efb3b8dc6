// npm run bench:report: how long `self-evolution report` takes, measured on the bundled CLI
// (dist/cli; run "npm run bundle" first), from process start to exit, against:
//  - a real PostgreSQL seeded with 60 days of one repository's history (the size the tests seed),
//    and with 365 days of 20 repositories (about 7,000 runs), for headroom;
//  - the embedded database (PGlite) seeded with the same 60 days, where opening PGlite dominates.
// A bare `node -e 0` is measured beside them. Needs a real PostgreSQL: BENCH_DATABASE_URL or
// TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test). Prints one JSON document.
import { spawnSync } from 'node:child_process'
import { cpus, loadavg, tmpdir } from 'node:os'
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import postgres from 'postgres'

const root = resolve('.')
const cli = join(root, 'dist', 'cli', 'index.js')
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run "npm run bundle" first')
  process.exit(2)
}
const baseUrl =
  process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'
const SAMPLES = 7

/**
 * History for `repos` repositories over `days` days up to today (the CLI's window is relative to the
 * real clock): runs that succeed, fail and are reverted, skipped days with their events, three
 * proposals a run (a quarter blocked, with two violations each), an action per allowed proposal in
 * every status, rollbacks, and a flag flipped twice.
 */
function historySql(days, repos) {
  return `
    UPDATE feature_flags SET value = true,
      metadata = jsonb_build_object('enabledAt', (current_date - 3)::text, 'enabledBy', 'bench')
    WHERE key = 'self_evolution_enabled';
    CREATE TEMP TABLE bench_days AS
      SELECT d::date AS day, (row_number() OVER (ORDER BY d) - 1)::int AS i, 'bench/repo-' || r AS repository
      FROM generate_series(current_date - ${days - 1}, current_date, interval '1 day') AS d,
           generate_series(1, ${repos}) AS r;
    INSERT INTO self_evolution_runs (repository, run_date, status, started_at, finished_at, summary, logs_url)
      SELECT repository, day,
             CASE WHEN i % 8 = 3 THEN 'failed' WHEN i % 50 = 45 THEN 'reverted' ELSE 'success' END,
             day + time '02:10', day + time '02:20', 'Judged 3 proposal(s).',
             'https://github.com/' || repository || '/actions/runs/' || (100000 + i) || '/attempts/1'
      FROM bench_days WHERE i % 9 <> 4 AND i % 13 <> 7;
    INSERT INTO self_evolution_events (repository, kind, reason, detail, created_at)
      SELECT repository, 'skip', CASE WHEN i % 2 = 0 THEN 'cooldown' ELSE 'deployment-active' END, '{}',
             day + time '02:05'
      FROM bench_days WHERE i % 9 = 4;
    INSERT INTO self_evolution_proposals
        (run_id, repository, run_date, type, title, description, risk_level, effort, allowlisted, blocked_reasons)
      SELECT r.id, r.repository, r.run_date, 'prompt', 'Proposal ' || k || ' of ' || r.run_date, 'Why.', 1, 1,
             (r.id + k) % 4 <> 0,
             CASE WHEN (r.id + k) % 4 = 0
               THEN ARRAY['blocked-path: .github/workflows/ci.yml is blocked', 'max-lines: 812 lines, the cap is 500']
               ELSE '{}'::text[] END
      FROM self_evolution_runs r, generate_series(1, 3) AS k;
    INSERT INTO self_evolution_actions (proposal_id, action_type, status, payload)
      SELECT id, 'pr', (ARRAY['planned', 'submitted', 'merged', 'closed', 'failed', 'merged'])[1 + id % 6],
             jsonb_build_object('branch', 'self-evolution/' || id)
      FROM self_evolution_proposals WHERE allowlisted;
    UPDATE self_evolution_actions a SET status = 'rolled_back'
      FROM self_evolution_proposals p JOIN self_evolution_runs r ON r.id = p.run_id
      WHERE a.proposal_id = p.id AND r.status = 'reverted';
    INSERT INTO self_evolution_rollbacks (action_id, reason, created_at)
      SELECT a.id, 'Reverted: CI failed after the merge.', p.run_date + time '06:00'
      FROM self_evolution_actions a JOIN self_evolution_proposals p ON p.id = a.proposal_id
      WHERE a.status = 'rolled_back';
    INSERT INTO self_evolution_events (repository, kind, reason, detail, created_at) VALUES
      ('', 'flag', 'maintenance', '{"key": "self_evolution_enabled", "value": false, "previous": true, "by": "bench"}',
       current_date - 5 + time '01:00'),
      ('', 'flag', NULL, '{"key": "self_evolution_enabled", "value": true, "previous": false, "by": "bench"}',
       current_date - 3 + time '01:00');
    DROP TABLE bench_days;
  `
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function timed(args, cwd) {
  const t = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH } })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`)
  return { ms, stdout: r.stdout }
}

/** Median wall time of `report` (and its output's size), SAMPLES times. */
function measureReport(cwd, extra) {
  const out = join(cwd, 'out')
  const samples = []
  let line = ''
  for (let i = 0; i < SAMPLES; i++) {
    const r = timed([cli, 'report', '--out', out, ...extra], cwd)
    samples.push(r.ms)
    line = r.stdout.trim()
  }
  return {
    wallMsMedian: Math.round(median(samples)),
    wallMsMin: Math.round(Math.min(...samples)),
    htmlBytes: statSync(join(out, 'report.html')).size,
    printed: line.replace(/^Wrote \S+ /, 'Wrote report.html ')
  }
}

const admin = postgres(baseUrl, { max: 1, onnotice: () => {} })
const work = mkdtempSync(join(tmpdir(), 'se-bench-report-'))
const databases = []
async function serverDatabase(name, days, repos) {
  const dbName = `se_bench_report_${name}_${process.pid}`
  await admin.unsafe(`DROP DATABASE IF EXISTS ${dbName}`)
  await admin.unsafe(`CREATE DATABASE ${dbName}`)
  databases.push(dbName)
  const url = new URL(baseUrl)
  url.pathname = `/${dbName}`
  timed([cli, 'migrate', '--database-url', url.toString()], work)
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} })
  try {
    await sql.unsafe(historySql(days, repos))
    await sql`ANALYZE`
    const [{ runs }] = await sql`SELECT count(*)::int AS runs FROM self_evolution_runs`
    return { url: url.toString(), runs }
  } finally {
    await sql.end()
  }
}

try {
  const bare = []
  for (let i = 0; i < SAMPLES; i++) bare.push(timed(['-e', '0'], work).ms)

  const small = await serverDatabase('60d', 60, 1)
  const large = await serverDatabase('365d', 365, 20)
  const server60 = measureReport(work, [
    '--since',
    '60d',
    '--repository',
    'bench/repo-1',
    '--database-url',
    small.url
  ])
  const server365 = measureReport(work, ['--since', '365d', '--database-url', large.url])

  // The embedded database: migrated by the CLI, seeded through PGlite itself, then reported on.
  const embeddedCwd = join(work, 'embedded')
  mkdirSync(embeddedCwd, { recursive: true })
  timed([cli, 'migrate'], embeddedCwd)
  const { PGlite } = await import('@electric-sql/pglite')
  const pglite = await PGlite.create({ dataDir: join(embeddedCwd, '.self-evolution', 'pgdata') })
  await pglite.exec(historySql(60, 1))
  await pglite.close()
  const embedded60 = measureReport(embeddedCwd, ['--since', '60d'])
  // The floor of the embedded case: opening and closing PGlite on the same data directory, nothing else.
  const open = `import { PGlite } from '@electric-sql/pglite'
    const p = await PGlite.create({ dataDir: ${JSON.stringify(join(embeddedCwd, '.self-evolution', 'pgdata'))} })
    await p.close()`
  const opens = []
  for (let i = 0; i < SAMPLES; i++) opens.push(timed(['--input-type=module', '-e', open], root).ms)
  embedded60.pgliteOpenCloseMsMedian = Math.round(median(opens))

  console.log(
    JSON.stringify(
      {
        benchmark: 'report',
        machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadavg: loadavg() },
        samples: SAMPLES,
        bareNodeMsMedian: Math.round(median(bare)),
        server: {
          '60 days, 1 repository': { runs: small.runs, ...server60 },
          '365 days, 20 repositories': { runs: large.runs, ...server365 }
        },
        embedded: { '60 days, 1 repository': embedded60 },
        targetMs: 1000
      },
      null,
      2
    )
  )
} finally {
  for (const name of databases) await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin.end()
  rmSync(work, { recursive: true, force: true })
}
