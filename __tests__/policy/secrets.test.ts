import { describe, expect, it } from '@jest/globals'
import { findSecrets, SECRET_FORMATS } from '../../src/policy/index.js'
import { secretHint } from '../../src/policy/secrets.js'

// One example per format. Built from pieces, so this file does not itself look like it leaks.
const EXAMPLES: Record<string, string> = {
  'GitHub token': 'ghp' + '_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8',
  'GitHub fine-grained token':
    'github' + '_pat_' + '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789',
  'AWS access key id': 'AKIA' + 'IOSFODNN7EXAMPLE',
  'AWS secret access key': 'aws_secret_access_key = "' + 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' + '"',
  'Slack token': 'xoxb' + '-123456789012-123456789012-abcdefghijklmnop',
  'Slack webhook': 'https://hooks.slack.com/services/' + 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  'private key': '-----BEGIN ' + 'RSA PRIVATE KEY-----',
  'Google API key': 'AIza' + 'SyA-1234567890abcdefghijklmnopqrstu',
  'Stripe live key': 'sk' + '_live_' + '4eC39HqLyjWDarjtT1zdp7dc',
  'npm token': 'npm' + '_' + 'abcdefghijklmnopqrstuvwxyz0123456789',
  'GitLab token': 'glpat' + '-' + 'abcdefghijklmnopqrst',
  'OpenAI key': 'sk-proj-' + 'abcdefghijklmnopqrst' + 'T3BlbkFJ' + 'abcdefghijklmnopqrst',
  'Anthropic key': 'sk-ant-' + 'api03-' + 'a'.repeat(93),
  'PyPI token': 'pypi-' + 'AgEIcHlwaS5vcmc' + 'a'.repeat(60),
  'SendGrid key': 'SG.' + 'a'.repeat(22) + '.' + 'b'.repeat(43),
  'Shopify token': 'shpat' + '_' + 'a'.repeat(32),
  'Telegram bot token': '123456789' + ':AA' + 'a'.repeat(33),
  'Azure storage key': 'AccountKey=' + 'a'.repeat(86) + '=='
}

describe('secret formats', () => {
  it('has an example for every format', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(SECRET_FORMATS.map(f => f.kind).sort())
  })

  it.each(Object.entries(EXAMPLES))('finds a %s in a line of text', (kind, example) => {
    expect(findSecrets(`const value = "${example}" // added`)).toEqual([kind])
  })

  it.each(Object.entries(EXAMPLES))('the fast hint finds every %s', (_kind, example) => {
    const hint = secretHint()
    expect(hint.test(`x ${example} y`)).toBe(true)
  })

  it('finds nothing in ordinary prose, code and near misses', () => {
    const text = [
      'The persona should sound warmer; see docs/guide.md for the tone rules.',
      'const githubToken = process.env.GITHUB_TOKEN',
      'ghp_short',
      'AKIA1234',
      'xoxb-short',
      '-----BEGIN PUBLIC KEY-----',
      'aws_secret_access_key = "${{ secrets.AWS_SECRET }}"',
      'sk_test_4eC39HqLyjWDarjtT1zdp7dc'
    ].join('\n')
    expect(findSecrets(text)).toEqual([])
  })

  it('reports each kind once, in the order found', () => {
    expect(
      findSecrets(`${EXAMPLES['npm token']} ${EXAMPLES['GitHub token']} ${EXAMPLES['npm token']}`)
    ).toEqual(['npm token', 'GitHub token'])
  })
})
