import { spawn, type ChildProcess } from 'node:child_process'
import { CLI, ROOT } from '../cli-support.js'

export interface Served {
  url: string
  proc: ChildProcess
  /** Everything the server wrote to stderr so far. */
  stderr(): string
  /** Resolves when stderr contains `text`. */
  waitForStderr(text: string): Promise<void>
  /** Resolves with the exit code. */
  exited: Promise<number | null>
  stop(): Promise<number | null>
}

/** Starts `kefu-lint serve …args` on 127.0.0.1 with a free port and waits for its listening line. */
export function serve(args: readonly string[] = [], options: { cwd?: string } = {}): Promise<Served> {
  // Host and port come last so that they win over any in `args` (commander: the last one counts).
  const proc = spawn(process.execPath, [CLI, 'serve', ...args, '--host', '127.0.0.1', '--port', '0'], {
    cwd: options.cwd ?? ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  const waiters: { text: string; resolve: () => void }[] = []
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk
    for (const w of waiters.splice(0)) (err.includes(w.text) ? w.resolve() : waiters.push(w))
  })
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)))
  return new Promise((resolve, reject) => {
    proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (!m) return
      resolve({
        url: m[1]!,
        proc,
        exited,
        stderr: () => err,
        waitForStderr: (text) => (err.includes(text) ? Promise.resolve() : new Promise<void>((r) => waiters.push({ text, resolve: r }))),
        stop: () => {
          if (proc.exitCode === null) proc.kill('SIGTERM')
          return exited
        },
      })
    })
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${err}`)))
  })
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: res.status, json: await res.json() }
}
