import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { LintMessage } from '../src/types.js'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const CLI = join(ROOT, 'packages/cli/dist/cli.js')
export const FIXTURES = join(ROOT, 'fixtures/cli')

function newest(dir: string): number {
  let t = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}

/**
 * Builds dist/ when it is older than the sources (`npm test` has just built it; a single test
 * file run alone may not have). Test files run in parallel, so the build holds a lock.
 */
export function buildOnce(): void {
  const stale = () => !existsSync(CLI) || statSync(CLI).mtimeMs < Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'rules')))
  if (!stale()) return
  const hasFlock = spawnSync('flock', ['--version']).status === 0
  const [cmd, ...args] = hasFlock ? ['flock', '/tmp/kefu-lint-build.lock', 'npx', 'tsup'] : ['npx', 'tsup']
  execFileSync(cmd!, args, { cwd: ROOT, stdio: 'pipe' })
}

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

export function cli(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    // FORCE_COLOR from the outer environment would override NO_COLOR; a test sets it itself.
    env: { ...process.env, NO_COLOR: '1', CI: '1', FORCE_COLOR: undefined, ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** `cli` without blocking: tests of one file can run side by side. */
export function cliAsync(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    // The same environment as `cli` (FORCE_COLOR from outside would override NO_COLOR).
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1', CI: '1', FORCE_COLOR: undefined, ...options.env } })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }))
    // A run that exits before reading its input (a usage error) closes the pipe: not an error here,
    // as with spawnSync in `cli`.
    child.stdin.on('error', () => {})
    child.stdin.end(options.input)
  })
}

/** A message as the json reporter prints it: the library's fields plus the record. */
export type JsonMessage = LintMessage & { record: Record<string, unknown> }

export interface JsonResult {
  file: string
  replies: number
  messages: JsonMessage[]
  errors: { message: string; line?: number }[]
  error?: string
  agents?: Record<string, number>
  fixed?: boolean
}

/** Runs with --format json and parses the report. */
export function lintJson(args: readonly string[], options: Parameters<typeof cli>[1] = {}): Run & { results: JsonResult[] } {
  return withResults(cli(['--format', 'json', ...args], options))
}

/** `lintJson` without blocking: runs of one test (or of tests side by side) go at once. */
export async function lintJsonAsync(args: readonly string[], options: Parameters<typeof cli>[1] = {}): Promise<Run & { results: JsonResult[] }> {
  return withResults(await cliAsync(['--format', 'json', ...args], options))
}

/** The run with its JSON report parsed; a report that is not JSON fails with the run's output. */
function withResults(r: Run): Run & { results: JsonResult[] } {
  let results: JsonResult[]
  try {
    results = JSON.parse(r.stdout) as JsonResult[]
  } catch {
    throw new Error(`not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`)
  }
  return { ...r, results }
}

/** A message as one comparable line: `line:col-endLine:endCol severity rule 「actual」`. */
export const at = (m: JsonMessage) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId} ${m.actual}`
