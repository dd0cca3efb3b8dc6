import { describe, expect, it } from '@jest/globals'
import { CatFileFormatError, parseCatFileBatch } from '../../src/git/cat-file.js'

describe('cat-file --batch output', () => {
  it('gives each name its type and content, or null when missing or ambiguous', () => {
    const out = Buffer.from(`${'a'.repeat(40)} blob 3\nabc\nx:y missing\nab ambiguous\n`)
    const [blob, missing, ambiguous] = parseCatFileBatch(out, 3)
    expect(blob?.type).toBe('blob')
    expect(blob?.content.toString()).toBe('abc')
    expect(missing).toBeNull()
    expect(ambiguous).toBeNull()
  })

  it('refuses output that ends early or has an unknown header', () => {
    expect(() => parseCatFileBatch(Buffer.from(''), 1)).toThrow(CatFileFormatError)
    expect(() => parseCatFileBatch(Buffer.from('what is this\n'), 1)).toThrow(/cat-file header/)
  })
})
