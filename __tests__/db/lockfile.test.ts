/** The embedded database's lockfile: one process at a time, stale locks of dead processes taken over. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { acquireLock, EmbeddedLockedError } from '../../src/db/lockfile.js'

const dirs: string[] = []
const children: ChildProcess[] = []
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL')
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function lockPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'se-lock-'))
  dirs.push(dir)
  return join(dir, 'pgdata.lock')
}

const holderFile = (pid: number, host = hostname()) =>
  JSON.stringify({ pid, hostname: host, startedAt: '2026-11-25T02:00:00.000Z', nonce: 'n' }) + '\n'

describe('acquireLock', () => {
  it('is exclusive until released, and leaves no file behind', () => {
    const path = lockPath()
    const lock = acquireLock(path, 'The embedded database X')
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid)
    expect(() => acquireLock(path, 'The embedded database X')).toThrow(EmbeddedLockedError)
    expect(() => acquireLock(path, 'The embedded database X')).toThrow(
      new RegExp(
        `^The embedded database X is in use by process ${process.pid} \\(since .*\\); the embedded database allows one process at a time`
      )
    )
    lock.release()
    expect(existsSync(path)).toBe(false)
    acquireLock(path, 'X').release()
    expect(readdirSync(join(path, '..'))).toEqual([])
  })

  it('refuses a lock held by another live process on this host, naming its pid', () => {
    const path = lockPath()
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' })
    children.push(child)
    writeFileSync(path, holderFile(child.pid!))
    expect(() => acquireLock(path, 'The embedded database X')).toThrow(
      new RegExp(`^The embedded database X is in use by process ${child.pid} `)
    )
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(child.pid)
  })

  it('takes over the lock of a process that died without releasing it', () => {
    const path = lockPath()
    const dead = spawnSync(process.execPath, ['-e', '0']).pid
    writeFileSync(path, holderFile(dead))
    const lock = acquireLock(path, 'X')
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid)
    lock.release()
    expect(readdirSync(join(path, '..'))).toEqual([])
  })

  it('takes over an unreadable lock file, and refuses one from another host', () => {
    const path = lockPath()
    writeFileSync(path, 'garbage')
    acquireLock(path, 'X').release()
    writeFileSync(path, holderFile(12345, 'build-box-7'))
    expect(() => acquireLock(path, 'X')).toThrow(
      /^X is locked by process 12345 on host build-box-7 \(since .*\); if that process is gone, delete .*pgdata\.lock\.$/
    )
  })

  it('does not remove a lock another process took after this one was released', () => {
    const path = lockPath()
    const lock = acquireLock(path, 'X')
    writeFileSync(path, holderFile(process.pid + 1))
    lock.release()
    expect(existsSync(path)).toBe(true)
  })
})
