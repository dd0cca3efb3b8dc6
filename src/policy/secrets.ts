/**
 * Credentials in added lines (the `secret-in-content` rule). Paths alone cannot keep credentials
 * out of a change, so patch and git sources are scanned for well-known token formats.
 *
 * The formats are joined into one global regular expression, so a whole patch is scanned in one
 * pass; each format is one capturing group, which names what was found. None of the formats
 * spans a line break.
 */

export type SecretFormat = { kind: string; source: string }

export const SECRET_FORMATS: readonly SecretFormat[] = [
  { kind: 'GitHub token', source: String.raw`\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}` },
  { kind: 'GitHub fine-grained token', source: String.raw`\bgithub_pat_[A-Za-z0-9_]{22,255}` },
  {
    kind: 'AWS access key id',
    source: String.raw`\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[0-9A-Z]{16}(?![0-9A-Za-z])`
  },
  {
    kind: 'AWS secret access key',
    source: String.raw`(?:aws|AWS|Aws)_?(?:secret|SECRET|Secret)_?(?:access|ACCESS|Access)?_?(?:key|KEY|Key)["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])`
  },
  { kind: 'Slack token', source: String.raw`\bxox[abposr]-[A-Za-z0-9-]{10,}` },
  {
    kind: 'Slack webhook',
    source: String.raw`hooks\.slack\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]+`
  },
  { kind: 'private key', source: String.raw`-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----` },
  { kind: 'Google API key', source: String.raw`\bAIza[0-9A-Za-z_-]{35}` },
  { kind: 'Stripe live key', source: String.raw`\b(?:sk|rk)_live_[0-9A-Za-z]{20,}` },
  { kind: 'npm token', source: String.raw`\bnpm_[A-Za-z0-9]{36}(?![A-Za-z0-9])` },
  { kind: 'GitLab token', source: String.raw`\bglpat-[0-9A-Za-z_-]{20,}` },
  {
    kind: 'OpenAI key',
    source: String.raw`\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}`
  },
  { kind: 'Anthropic key', source: String.raw`\bsk-ant-(?:api|admin)[0-9]{2}-[A-Za-z0-9_-]{80,}` },
  { kind: 'PyPI token', source: String.raw`\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}` },
  { kind: 'SendGrid key', source: String.raw`\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}` },
  { kind: 'Shopify token', source: String.raw`\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}` },
  { kind: 'Telegram bot token', source: String.raw`\b[0-9]{8,10}:AA[A-Za-z0-9_-]{33}` },
  { kind: 'Azure storage key', source: String.raw`AccountKey=[A-Za-z0-9+/]{80,}={0,2}` }
]

const COMBINED_SOURCE = SECRET_FORMATS.map(f => `(${f.source})`).join('|')

/**
 * A literal that every format contains, as one alternation of plain strings: scanning a whole
 * patch with it is about four times faster than with the formats themselves. A hit only
 * sends its line to findSecrets (a test checks that every format's example hits).
 */
export const SECRET_HINT_SOURCE = [
  'gh[pousr]_',
  'github_pat_',
  'A(?:KIA|SIA|BIA|CCA|GPA|IDA|ROA|IPA|NPA|NVA|PKA)',
  '[Aa][Ww][Ss]_?[Ss]',
  'xox[abposr]-',
  'hooks\\.slack\\.com',
  '-----BEGIN',
  'AIza',
  '_live_',
  'npm_',
  'glpat-',
  'T3BlbkFJ',
  'sk-ant-',
  'pypi-',
  'SG\\.',
  'shp(?:at|ca|pa|ss)_',
  ':AA',
  'AccountKey='
].join('|')

/** A fresh global matcher for SECRET_HINT_SOURCE. */
export function secretHint(): RegExp {
  return new RegExp(SECRET_HINT_SOURCE, 'g')
}

/** A fresh global matcher (a global RegExp carries state, so each scan gets its own). */
export function secretMatcher(): RegExp {
  return new RegExp(COMBINED_SOURCE, 'g')
}

/** The kind of credential a match of secretMatcher() found. */
export function kindOfMatch(match: RegExpExecArray): string {
  for (let i = 1; i < match.length; i++) if (match[i] !== undefined) return SECRET_FORMATS[i - 1].kind
  return 'credential'
}

/** The distinct kinds of credential in a text, in the order first found. */
export function findSecrets(text: string): string[] {
  const kinds: string[] = []
  const re = secretMatcher()
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const kind = kindOfMatch(m)
    if (!kinds.includes(kind)) kinds.push(kind)
  }
  return kinds
}
