import { describe, expect, it } from '@jest/globals'
import { applyHunks, parseUnifiedDiff, PolicyInputError } from '../../src/policy/index.js'
import { quoteCPath, unquoteCPath } from '../../src/policy/quote.js'

const strip = (files: ReturnType<typeof parseUnifiedDiff>) => files.map(({ hunks: _h, git: _g, ...f }) => f)

describe('quoted paths', () => {
  it.each([
    ['docs/a.md', 'docs/a.md'],
    ['a b.md', 'a b.md'],
    ['docs/ü.md', '"docs/\\303\\274.md"'],
    ['a"b', '"a\\"b"'],
    ['a\\b', '"a\\\\b"'],
    ['a\nb\tc\u0007\u0001\u007f', '"a\\nb\\tc\\a\\001\\177"']
  ])('quotes %j as git does', (path, quoted) => {
    expect(quoteCPath(path)).toBe(quoted)
    if (quoted.startsWith('"')) expect(unquoteCPath(quoted).path).toBe(path)
  })
  it('decodes octal UTF-8 bytes and refuses unknown escapes and unterminated quotes', () => {
    expect(unquoteCPath('"\\346\\227\\245.md"').path).toBe('日.md')
    expect(() => unquoteCPath('"a\\qb"')).toThrow(PolicyInputError)
    expect(() => unquoteCPath('"abc')).toThrow(PolicyInputError)
  })
  it('turns bytes that are not UTF-8 into U+FFFD, which normalizePath refuses', () => {
    expect(unquoteCPath('"\\377x"').path).toBe('\ufffdx')
    // A leading byte-order mark is part of the name, as git keeps it.
    expect(unquoteCPath('"\\357\\273\\277x"').path).toBe('\ufeffx')
  })
})

describe('parseUnifiedDiff', () => {
  it('reads a modification with its counts, mode and added lines', () => {
    const diff = [
      'diff --git a/docs/a.md b/docs/a.md',
      'index 1111111..2222222 100644',
      '--- a/docs/a.md',
      '+++ b/docs/a.md',
      '@@ -1,3 +1,3 @@ heading',
      ' one',
      '-two',
      '+TWO ghp_0123456789abcdefghijABCDEFGHIJ012345',
      ' three',
      ''
    ].join('\n')
    expect(strip(parseUnifiedDiff(diff))).toEqual([
      {
        path: 'docs/a.md',
        status: 'modified',
        additions: 1,
        deletions: 1,
        binary: false,
        mode: '100644',
        previousMode: '100644',
        secrets: ['GitHub token']
      }
    ])
  })

  it('reads renames, copies, mode changes, new and deleted files', () => {
    const diff = `diff --git a/old.md b/docs/new.md
similarity index 100%
rename from old.md
rename to docs/new.md
diff --git a/docs/a.md b/docs/copy.md
similarity index 90%
copy from docs/a.md
copy to docs/copy.md
--- a/docs/a.md
+++ b/docs/copy.md
@@ -1 +1 @@
-x
+y
diff --git a/run.sh b/run.sh
old mode 100644
new mode 100755
diff --git a/link b/link
new file mode 120000
index 0000000..1234567
--- /dev/null
+++ b/link
@@ -0,0 +1 @@
+/etc/passwd
\\ No newline at end of file
diff --git a/gone.md b/gone.md
deleted file mode 100644
index 1234567..0000000
--- a/gone.md
+++ /dev/null
@@ -1,2 +0,0 @@
-a
-b
`
    expect(strip(parseUnifiedDiff(diff))).toEqual([
      {
        path: 'docs/new.md',
        previousPath: 'old.md',
        status: 'renamed',
        additions: 0,
        deletions: 0,
        binary: false
      },
      {
        path: 'docs/copy.md',
        previousPath: 'docs/a.md',
        status: 'copied',
        additions: 1,
        deletions: 1,
        binary: false
      },
      {
        path: 'run.sh',
        status: 'modified',
        additions: 0,
        deletions: 0,
        binary: false,
        previousMode: '100644',
        mode: '100755'
      },
      { path: 'link', status: 'added', additions: 1, deletions: 0, binary: false, mode: '120000' },
      {
        path: 'gone.md',
        status: 'deleted',
        additions: 0,
        deletions: 2,
        binary: false,
        previousMode: '100644'
      }
    ])
  })

  it('reads the mode of a modified symlink or submodule from the index line', () => {
    const diff = `diff --git a/l b/l
index 1111111..2222222 120000
--- a/l
+++ b/l
@@ -1 +1 @@
-a
+b
diff --git a/sub b/sub
index 1111111..2222222 160000
--- a/sub
+++ b/sub
@@ -1 +1 @@
-Subproject commit 1111111111111111111111111111111111111111
+Subproject commit 2222222222222222222222222222222222222222
`
    const files = parseUnifiedDiff(diff)
    expect(files.map(f => f.mode)).toEqual(['120000', '160000'])
  })

  it('reads binary files with no line count', () => {
    const diff = `diff --git a/img.png b/img.png
new file mode 100644
index 0000000..1234567
Binary files /dev/null and b/img.png differ
diff --git a/blob.bin b/blob.bin
index 1111111..2222222 100644
GIT binary patch
literal 10
Rc$_mZG%_|ZH8Z!c1ON*E0uBHG

literal 0
Hc$@<O00001

diff --git a/docs/after.md b/docs/after.md
--- a/docs/after.md
+++ b/docs/after.md
@@ -1 +1 @@
-a
+b
`
    const files = strip(parseUnifiedDiff(diff))
    expect(files[0]).toEqual({
      path: 'img.png',
      status: 'added',
      additions: null,
      deletions: null,
      binary: true,
      mode: '100644'
    })
    expect(files[1]).toMatchObject({ path: 'blob.bin', binary: true, additions: null, deletions: null })
    expect(files[2]).toMatchObject({ path: 'docs/after.md', additions: 1, deletions: 1 })
  })

  it('refuses a lone "Binary files … differ" line, which git ignores (nothing to apply)', () => {
    expect(() => parseUnifiedDiff('Binary files a/x.png and b/x.png differ\n')).toThrow(/no file sections/)
  })

  it('decodes quoted names with spaces, quotes, newlines and octal UTF-8', () => {
    const diff = `diff --git "a/docs/\\303\\274 \\"q\\"\\nx.md" "b/docs/\\303\\274 \\"q\\"\\nx.md"
new file mode 100644
--- /dev/null
+++ "b/docs/\\303\\274 \\"q\\"\\nx.md"
@@ -0,0 +1 @@
+hi
diff --git a/a b/c.md b/a b/c.md
index 1111111..2222222 100644
--- a/a b/c.md\t
+++ b/a b/c.md\t
@@ -1 +1 @@
-x
+y
diff --git a/$(rm -rf ~);x.md b/$(rm -rf ~);x.md
old mode 100644
new mode 100755
`
    expect(parseUnifiedDiff(diff).map(f => f.path)).toEqual([
      'docs/ü "q"\nx.md',
      'a b/c.md',
      '$(rm -rf ~);x.md'
    ])
  })

  it('strips the first component of every name, as git apply -p1 does', () => {
    const diff = `diff --git x/.github/workflows/ci.yml y/.github/workflows/ci.yml
--- x/.github/workflows/ci.yml
+++ y/.github/workflows/ci.yml
@@ -1 +1 @@
-a
+b
`
    expect(parseUnifiedDiff(diff)[0].path).toBe('.github/workflows/ci.yml')
  })

  it('reads a traditional unified diff without git headers', () => {
    const diff = `--- a/docs/x.md\t2026-01-01 00:00:00
+++ b/docs/x.md\t2026-01-02 00:00:00
@@ -1,2 +1,3 @@
 a
+b
 c
`
    expect(strip(parseUnifiedDiff(diff))).toEqual([
      { path: 'docs/x.md', status: 'modified', additions: 1, deletions: 0, binary: false }
    ])
  })

  it('counts hunk lines by the header, so "--- a/x" as a removed line is content', () => {
    const diff = `diff --git a/docs/a.md b/docs/a.md
--- a/docs/a.md
+++ b/docs/a.md
@@ -1,2 +1,2 @@
--- a/.github/workflows/x.yml
-+++ b/.github/workflows/x.yml
+diff --git a/x b/x
+@@ -1 +1 @@
`
    const files = parseUnifiedDiff(diff)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatchObject({ path: 'docs/a.md', additions: 2, deletions: 2 })
  })

  it('ignores text outside file sections, as git apply does', () => {
    const diff = `From 1234 Mon Sep 17 00:00:00 2001
Subject: [PATCH] hello

---
 docs/a.md | 2 +-

diff --git a/docs/a.md b/docs/a.md
--- a/docs/a.md
+++ b/docs/a.md
@@ -1 +1 @@
-a
+b
-- 
2.39.5
`
    expect(parseUnifiedDiff(diff).map(f => f.path)).toEqual(['docs/a.md'])
  })

  it.each([
    ['a truncated hunk', 'diff --git a/a b/a\n--- a/a\n+++ b/a\n@@ -1,3 +1,3 @@\n a\n'],
    [
      'a hunk with more lines than counted',
      'diff --git a/a b/a\n--- a/a\n+++ b/a\n@@ -1 +1 @@\n-a\n-b\n+c\n'
    ],
    ['a hunk outside a file', '@@ -1 +1 @@\n-a\n+b\n'],
    [
      'inconsistent names',
      'diff --git a/docs/a.md b/docs/a.md\n--- a/docs/a.md\n+++ b/.github/workflows/x.yml\n@@ -1 +1 @@\n-a\n+b\n'
    ],
    ['a rename without its "to" line', 'diff --git a/a b/b\nrename from a\n'],
    ['a malformed mode', 'diff --git a/a b/a\nnew file mode 12x\n'],
    ['a name with no prefix to strip', 'diff --git a b\n--- a\n+++ b\n@@ -1 +1 @@\n-a\n+b\n'],
    ['an unknown line in a hunk', 'diff --git a/a b/a\n--- a/a\n+++ b/a\n@@ -1,2 +1,2 @@\n a\n?b\n'],
    ['a bad escape', 'diff --git "a/\\q" "b/\\q"\nold mode 100644\nnew mode 100755\n']
  ])('refuses %s', (_what, diff) => {
    expect(() => parseUnifiedDiff(diff)).toThrow(PolicyInputError)
  })

  it('names the line of the patch in its error', () => {
    expect(() => parseUnifiedDiff('diff --git a/a b/a\n--- a/a\n+++ b/a\n@@ -1,3 +1,3 @@\n a\n')).toThrow(
      /^line 6 of the patch/
    )
  })
})

describe('applyHunks', () => {
  const hunks = (diff: string) => parseUnifiedDiff(diff)[0].hunks
  const edit = `diff --git a/c.json b/c.json
--- a/c.json
+++ b/c.json
@@ -1,3 +1,3 @@
 {
-  "enabled": false
+  "enabled": true
 }
`
  it('applies hunks exactly', () => {
    expect(applyHunks('{\n  "enabled": false\n}\n', hunks(edit))).toBe('{\n  "enabled": true\n}\n')
  })
  it('refuses hunks that do not match the text', () => {
    expect(applyHunks('{\n  "enabled": 0\n}\n', hunks(edit))).toBeUndefined()
    expect(applyHunks(null, hunks(edit))).toBeUndefined()
  })
  it('creates a new file from nothing, keeping a missing final newline', () => {
    const create =
      'diff --git a/c b/c\nnew file mode 100644\n--- /dev/null\n+++ b/c\n@@ -0,0 +1,2 @@\n+{\n+}\n\\ No newline at end of file\n'
    expect(applyHunks(null, hunks(create))).toBe('{\n}')
  })
  it('keeps the lines around and between hunks', () => {
    const text = Array.from({ length: 20 }, (_, i) => `l${i}`).join('\n') + '\n'
    const two = `diff --git a/t b/t
--- a/t
+++ b/t
@@ -2,2 +2,2 @@
 l1
-l2
+L2
@@ -18,2 +18,3 @@
 l17
 l18
+new
`
    expect(applyHunks(text, hunks(two))).toBe(text.replace('l2\n', 'L2\n').replace('l18\n', 'l18\nnew\n'))
  })
})
