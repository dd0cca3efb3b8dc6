#!/usr/bin/env node
/**
 * fix-typos: a small deterministic agent for the `command` engine. No model, no network, no
 * dependencies: plain Node (20 or later). It fixes common misspellings in Markdown prose and writes a
 * `cleanup` proposal at risk 0, or withdraws when there is nothing to fix.
 *
 * The contract (examples/agent/README.md): it runs with the checkout as its working directory and
 * reads three environment variables:
 *   SELF_EVOLUTION_PROMPT_FILE      the prompt; a correction names the rules that blocked the change
 *   SELF_EVOLUTION_REFLECTION_FILE  the reflection JSON: `memory` (past proposals and their fate) and
 *                                   `rails` (allowed and blocked paths, the caps, the change types)
 *   SELF_EVOLUTION_PROPOSAL_FILE    where it writes {title, type, riskLevel, effort, description}
 *                                   or {withdraw: true, reason}
 * Optional: SELF_EVOLUTION_ROUND (2 or more means a correction round) and FIX_TYPOS_PATHS (a comma
 * list of directories or files to scan instead of `docs,README.md`).
 */
import { execFileSync } from 'node:child_process'
import { lstatSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'

/** The misspellings it knows, each with its correction (lowercase). */
const MISSPELLINGS = {
  teh: 'the',
  recieve: 'receive',
  recieved: 'received',
  recieves: 'receives',
  seperate: 'separate',
  seperately: 'separately',
  occured: 'occurred',
  occurence: 'occurrence',
  untill: 'until',
  wich: 'which',
  adress: 'address',
  enviroment: 'environment',
  definately: 'definitely',
  accomodate: 'accommodate',
  neccessary: 'necessary',
  begining: 'beginning',
  succesful: 'successful',
  thier: 'their'
}

const WORD = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${Object.keys(MISSPELLINGS).join('|')})(?![\\p{L}\\p{N}_])`,
  'giu'
)
/** Spans of a prose line that are not prose: autolinks and HTML tags, link targets, bare URLs. */
const NOT_PROSE =
  /<[^<>\s][^<>]*>|\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?\)|\b[a-z][a-z0-9+.-]*:\/\/\S+/gi
const DEFAULT_ROOTS = ['docs', 'README.md']
const MAX_FILES = 2000
const MAX_BYTES = 1024 * 1024
const BAD_FATES = new Set(['blocked', 'closed-unmerged', 'reverted'])

class InputError extends Error {}

// --- the pure core: fixing text -----------------------------------------------------------------

/** The correction in the case of the word found: lower, Capitalized or UPPER; null for mixed case. */
function inCaseOf(found, fix) {
  if (found === found.toLowerCase()) return fix
  if (found === found.toUpperCase()) return fix.toUpperCase()
  const rest = found.slice(1)
  if (found[0] === found[0].toUpperCase() && rest === rest.toLowerCase())
    return fix[0].toUpperCase() + fix.slice(1)
  return null
}

/** Fixes the words of a prose span, counting each fix by `wrong -> right`. */
function fixProse(text, tally) {
  return text.replace(WORD, found => {
    const key = found.toLowerCase()
    const fixed = inCaseOf(found, MISSPELLINGS[key])
    if (fixed === null) return found
    const label = `${key} -> ${MISSPELLINGS[key]}`
    tally.set(label, (tally.get(label) ?? 0) + 1)
    return fixed
  })
}

/** Fixes a prose span outside links and URLs. */
function fixOutsideLinks(text, tally) {
  let out = ''
  let last = 0
  for (const m of text.matchAll(NOT_PROSE)) {
    out += fixProse(text.slice(last, m.index), tally) + m[0]
    last = m.index + m[0].length
  }
  return out + fixProse(text.slice(last), tally)
}

/** Fixes one line of prose, leaving inline code (`…`, ``…``) alone; an unclosed backtick run protects the rest. */
function fixLine(line, tally) {
  let out = ''
  let i = 0
  while (i < line.length) {
    const open = line.indexOf('`', i)
    if (open < 0) break
    let end = open
    while (line[end] === '`') end++
    const run = line.slice(open, end)
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g')
    close.lastIndex = end
    const found = close.exec(line)
    const stop = found ? found.index + run.length : line.length
    out += fixOutsideLinks(line.slice(i, open), tally) + line.slice(open, stop)
    i = stop
  }
  return out + fixOutsideLinks(line.slice(i), tally)
}

/** A fence, also inside a block quote or a list item (read generously: a false fence only protects more). */
const FENCE = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+[ \t>]*)?(`{3,}|~{3,})/
const FENCE_END = /^[ \t>]*(`{3,}|~{3,})[ \t\r]*$/

/**
 * Fixes the misspellings of a Markdown text outside fenced code, indented code (4 spaces or a tab),
 * inline code, links and URLs. `maxChangedLines` caps how many lines change (the rest stay as they
 * are). Returns the new text, the fixes by `wrong -> right`, and the number of changed lines.
 */
function fixText(text, maxChangedLines = Infinity) {
  const tally = new Map()
  let fence = null
  let changedLines = 0
  const lines = text.split('\n').map(line => {
    if (fence !== null) {
      const closing = FENCE_END.exec(line)
      if (closing && closing[1][0] === fence[0] && closing[1].length >= fence.length) fence = null
      return line
    }
    const opening = FENCE.exec(line)
    if (opening && !(opening[1][0] === '`' && line.slice(opening[0].length).includes('`'))) {
      fence = opening[1]
      return line
    }
    if (/^(?: {4}|\t)/.test(line) || changedLines >= maxChangedLines) return line
    const lineTally = new Map()
    const fixed = fixLine(line, lineTally)
    if (fixed === line) return line
    changedLines++
    for (const [k, n] of lineTally) tally.set(k, (tally.get(k) ?? 0) + n)
    return fixed
  })
  return { text: lines.join('\n'), tally, changedLines }
}

// --- which files: roots, the rails' paths -------------------------------------------------------

/** A glob's regular expression source: `**`, `*`, `?`, `{a,b}` and `[…]`, with `/` as the separator. */
function globSource(glob) {
  let out = ''
  let braces = 0
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    const segmentStart = i === 0 || glob[i - 1] === '/'
    if (c === '*' && glob[i + 1] === '*' && segmentStart && glob[i + 2] === '/') {
      out += '(?:.*/)?' // `**/`: any folders, or none
      i += 2
    } else if (c === '*' && glob[i + 1] === '*' && segmentStart && i + 2 === glob.length) {
      out += '.*' // a final `**`: everything below
      i += 1
    } else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else if (c === '{') {
      braces++
      out += '(?:'
    } else if (c === '}' && braces > 0) {
      braces--
      out += ')'
    } else if (c === ',' && braces > 0) out += '|'
    else if (c === '[' && glob.indexOf(']', i + 2) > 0) {
      const end = glob.indexOf(']', i + 2)
      const body = glob.slice(i + 1, end).replace(/^!/, '^')
      out += `[${body.replace(/[\\\]]/g, '\\$&')}]`
      i = end
    } else out += c.replace(/[.+^$()|\\/[\]{}]/g, '\\$&')
  }
  return braces === 0 ? out : '(?!)' // an unbalanced brace matches nothing
}

const anchored = globs => globs.map(g => new RegExp(`^${globSource(g)}$`, 'u'))

/** A blocked pattern as the rails read it: without a slash at any depth, a folder blocks what is below. */
function blockedRegExps(pattern) {
  let core = pattern
  const folderOnly = core.endsWith('/')
  core = core.replace(/\/+$/, '')
  if (core === '') return []
  const base = core.includes('/') ? core : `**/${core}`
  const globs = folderOnly ? [`${base}/**`] : [base, `${base}/**`]
  return globs.map(g => new RegExp(`^${globSource(g)}$`, 'iu'))
}

/**
 * Whether the rails let a cleanup touch a path: allowed, not blocked, within the cleanup type's
 * paths. Without rails in the reflection, every path passes (the rails judge again anyway).
 */
function railsTest(rails) {
  if (!rails || typeof rails !== 'object') return () => true
  const list = v => (Array.isArray(v) ? v.filter(x => typeof x === 'string') : undefined)
  const allowed = list(rails.allowedPaths)
  const blocked = (list(rails.blockedPaths) ?? []).flatMap(blockedRegExps)
  const types = Array.isArray(rails.changeTypes) ? rails.changeTypes : undefined
  const cleanup = types ? (list(types.find(t => t && t.type === 'cleanup')?.paths) ?? []) : undefined
  const allow = allowed ? anchored(allowed) : undefined
  const typed = cleanup ? anchored(cleanup) : undefined
  return path =>
    (!allow || allow.some(r => r.test(path))) &&
    !blocked.some(r => r.test(path)) &&
    (!typed || typed.some(r => r.test(path)))
}

/** The roots to scan: FIX_TYPOS_PATHS or the defaults; each relative, inside the checkout, no dot segment. */
function rootsFrom(value) {
  if (value === undefined || value.trim() === '') return DEFAULT_ROOTS
  const roots = value
    .split(',')
    .map(s =>
      s
        .trim()
        .replace(/^\.\/+/, '')
        .replace(/\/+$/, '')
    )
    .filter(s => s !== '')
  for (const root of roots) {
    const segments = root.split('/')
    if (root.startsWith('/') || root.includes('\\') || segments.some(s => s.startsWith('.') || s === ''))
      throw new InputError(
        `FIX_TYPOS_PATHS names "${root}"; expected a comma list of relative directories or files without dot segments, such as "docs,README.md"`
      )
  }
  return roots
}

/** The Markdown files under the roots: no dotfiles, dot folders or symbolic links; sorted. */
function markdownFiles(roots) {
  const found = new Set()
  const visit = path => {
    if (found.size >= MAX_FILES) return
    let stat
    try {
      stat = lstatSync(path)
    } catch {
      return
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) visit(`${path}/${name}`)
    } else if (stat.isFile() && /\.(?:md|markdown)$/i.test(path) && stat.size <= MAX_BYTES) found.add(path)
  }
  for (const root of roots) visit(root)
  return [...found].sort()
}

// --- the shell: git, files, the prompt and the reflection ---------------------------------------

/** The committed text of a file at HEAD, or undefined (not tracked, no git). Read-only. */
function committedText(path) {
  try {
    return execFileSync('git', ['-c', 'safe.directory=*', 'cat-file', 'blob', `HEAD:${path}`], {
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 4 * MAX_BYTES
    }).toString('utf8')
  } catch {
    return undefined
  }
}

/**
 * A file as the round starts: its text now, and its base (what it held before this agent's edits).
 * The text now counts as this agent's edit of the committed text when both fix to the same text:
 * then the base is the committed text, so a correction round can undo a fix. Any other difference
 * is someone else's work and stays.
 */
function fileState(path) {
  const now = readFileSync(path, 'utf8')
  const committed = committedText(path)
  const ours = committed !== undefined && committed !== now && fixText(committed).text === fixText(now).text
  return { path, now, base: ours ? committed : now }
}

function requiredEnv(env, name, what) {
  const value = env[name]
  if (value === undefined || value === '')
    throw new InputError(`${name} is not set; expected the path of ${what} (see examples/agent/README.md)`)
  return value
}

function readInput(path, name) {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new InputError(`${name} names "${path}", which cannot be read (${error.code ?? 'error'})`)
  }
}

/** The round: SELF_EVOLUTION_ROUND when set (a whole number of 1 or more), else 1. */
function roundFrom(value) {
  if (value === undefined || value === '') return 1
  if (!/^[1-9][0-9]{0,2}$/.test(value))
    throw new InputError(`SELF_EVOLUTION_ROUND is "${value}"; expected a whole number of 1 or more`)
  return Number(value)
}

/**
 * The size rules a correction names. The action appends a section headed "# Round N: the rails
 * blocked your change" with one line per violation ending in "(rule `id`)"; only the last such
 * section counts. Anything else in the prompt, the reflection's quoted history included, is data and
 * never turns a first round into a correction.
 */
function sizeRulesNamed(prompt) {
  const heads = [...prompt.matchAll(/^# Round \d+: the rails blocked your change$/gm)]
  if (heads.length === 0) return []
  const section = prompt.slice(heads.at(-1).index)
  const rules = new Set()
  for (const m of section.matchAll(/\(rule `(max-files|max-lines)`\)/g)) rules.add(m[1])
  return [...rules].sort()
}

/** The caps: the reflection's rails, else the numbers a violation sentence quotes. */
function capsFrom(rails, prompt) {
  const fromPrompt = key => {
    const m = new RegExp(`${key}\\D{0,20}?(\\d+)`).exec(prompt)
    return m ? Number(m[1]) : Infinity
  }
  const caps = rails && typeof rails === 'object' ? rails.caps : undefined
  const pick = key => (caps && Number.isInteger(caps[key]) ? caps[key] : fromPrompt(key))
  return { maxFiles: pick('maxFilesChanged'), maxLines: pick('maxLinesOfCode') }
}

function readReflection(path) {
  const text = readInput(path, 'SELF_EVOLUTION_REFLECTION_FILE')
  // An empty file: no plan ran before this agent (a local run), so there is no history to read.
  if (text.trim() === '') return {}
  try {
    const value = JSON.parse(text)
    if (value && typeof value === 'object' && !Array.isArray(value)) return value
  } catch {
    // reported below
  }
  throw new InputError(
    `SELF_EVOLUTION_REFLECTION_FILE "${path}" is not a JSON object; expected the reflection document`
  )
}

// --- deciding what to propose -------------------------------------------------------------------

const plural = (n, word, words = `${word}s`) => `${n} ${n === 1 ? word : words}`
const sum = tally => [...tally.values()].reduce((a, b) => a + b, 0)

/** The description: the words fixed with their counts, the files, and why the change is narrower. */
function describe(fixes, note) {
  const total = new Map()
  for (const f of fixes) for (const [k, n] of f.tally) total.set(k, (total.get(k) ?? 0) + n)
  const count = sum(total)
  const lines = [
    `Fixes ${plural(count, 'common misspelling')} in ${plural(fixes.length, 'Markdown file')}. ` +
      'Prose only: fenced and indented code, inline code, links and URLs are left as they are.',
    ...(note ? ['', note] : []),
    '',
    'Words fixed:',
    ...[...total].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `- ${k}: ${n}`),
    '',
    'Files:',
    ...fixes.map(f => `- ${f.path}: ${plural(sum(f.tally), 'fix', 'fixes')}`)
  ]
  return { count, text: lines.join('\n') }
}

function titleOf(fixes, count) {
  return fixes.length === 1
    ? `Fix ${plural(count, 'misspelling')} in ${fixes[0].path}`
    : `Fix ${plural(count, 'misspelling')} in ${fixes.length} Markdown files`
}

/**
 * The plans, in order of preference: every fix at once (not in a correction), then one file at a
 * time, the file with the most fixes first, within the line cap in a correction.
 */
function plans(states, correction, caps) {
  const full = states.map(s => ({ path: s.path, ...fixText(s.base) })).filter(f => f.tally.size > 0)
  const byCount = [...full].sort((a, b) => sum(b.tally) - sum(a.tally) || a.path.localeCompare(b.path))
  const out = correction || full.length <= 1 ? [] : [full]
  if (correction && caps.maxFiles < 1) return out
  for (const f of byCount) {
    if (!correction) out.push([f])
    else {
      const state = states.find(s => s.path === f.path)
      const fitted = { path: f.path, ...fixText(state.base, Math.floor(caps.maxLines / 2)) }
      if (fitted.tally.size > 0) out.push([fitted])
    }
  }
  return out
}

/**
 * The decision, pure: which files get which text, and what the proposal file holds. `memory` titles
 * that were blocked, closed unmerged or reverted are not proposed again.
 */
function decide({ states, correction, rules, caps, memory, cleanupAllowed }) {
  const shelved = new Set(
    memory
      .filter(m => m && BAD_FATES.has(m.fate) && typeof m.title === 'string')
      .map(m => m.title.trim().toLowerCase())
  )
  const withdraw = reason => ({ writes: new Map(), proposal: { withdraw: true, reason } })
  if (!cleanupAllowed) return withdraw('The rails allow no cleanup changes, and fixing misspellings is one.')
  if (!states.some(s => fixText(s.base).tally.size > 0))
    return withdraw('No misspellings found in the allowed Markdown files.')
  const candidates = plans(states, correction, caps)
  if (candidates.length === 0)
    return withdraw(
      `The caps leave no room for a fix: safetyRails.diffCaps.maxFilesChanged is ${caps.maxFiles} and maxLinesOfCode is ${caps.maxLines}.`
    )
  const note = correction
    ? `Narrowed to the one file with the most fixes${caps.maxLines < Infinity ? ', within the line cap,' : ''} after the first change was blocked${rules.length ? ` (${rules.join(', ')})` : ''}.`
    : undefined
  for (const fixes of candidates) {
    const { count, text } = describe(fixes, note)
    const title = titleOf(fixes, count)
    if (shelved.has(title.toLowerCase())) continue
    const writes = new Map(fixes.map(f => [f.path, f.text]))
    return { writes, proposal: { title, type: 'cleanup', riskLevel: 0, effort: 1, description: text } }
  }
  return withdraw('Every fix found was proposed before and was blocked, closed unmerged or reverted.')
}

// --- main ---------------------------------------------------------------------------------------

function main(env) {
  const promptPath = requiredEnv(env, 'SELF_EVOLUTION_PROMPT_FILE', 'the prompt file')
  const reflectionPath = requiredEnv(env, 'SELF_EVOLUTION_REFLECTION_FILE', 'the reflection JSON')
  const proposalPath = requiredEnv(env, 'SELF_EVOLUTION_PROPOSAL_FILE', 'the proposal file to write')
  const round = roundFrom(env.SELF_EVOLUTION_ROUND)
  const roots = rootsFrom(env.FIX_TYPOS_PATHS)
  const prompt = readInput(promptPath, 'SELF_EVOLUTION_PROMPT_FILE')
  const reflection = readReflection(reflectionPath)
  const rails = reflection.rails
  const rules = sizeRulesNamed(prompt)
  const types = rails && Array.isArray(rails.changeTypes) ? rails.changeTypes : undefined
  const states = markdownFiles(roots).filter(railsTest(rails)).map(fileState)
  const decision = decide({
    states,
    correction: round >= 2 || rules.length > 0,
    rules,
    caps: capsFrom(rails, prompt),
    memory: Array.isArray(reflection.memory) ? reflection.memory : [],
    cleanupAllowed: !types || types.some(t => t && t.type === 'cleanup')
  })
  // Every file ends as the plan says: fixed when in the plan, else as it was before this agent.
  for (const s of states) {
    const target = decision.writes.get(s.path) ?? s.base
    if (target !== s.now) writeFileSync(s.path, target)
  }
  writeFileSync(proposalPath, JSON.stringify(decision.proposal, null, 2) + '\n')
  const p = decision.proposal
  process.stdout.write(p.withdraw ? `Withdrawn: ${p.reason}\n` : `Proposed: ${p.title}\n`)
}

try {
  main(process.env)
} catch (error) {
  const message = error instanceof InputError ? error.message : `unexpected error: ${error?.message ?? error}`
  process.stderr.write(`fix-typos: ${message.replace(/\s+/g, ' ')}\n`)
  process.exitCode = 1
}
