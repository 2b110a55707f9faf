import { Worker } from 'node:worker_threads'
import type { LintMessage } from '../types.js'
import type { Overrides } from './config.js'

/** A batch of replies to lint with one config, as sent to a worker. */
export interface BatchRequest {
  id: number
  configFile: string | undefined
  overrides: Overrides
  texts: string[]
  previous: (string | undefined)[]
}

export interface BatchResponse {
  id: number
  /** Sparse: [index in batch, messages] for replies with findings. */
  results?: [number, LintMessage[]][]
  error?: string
}

/**
 * Worker threads that lint batches of replies. The main thread reads and parses (streaming,
 * in file order, with the customer turns as context); workers only lint, so the split needs
 * no knowledge of any format. Each worker takes the next batch when it is free.
 */
export class LintPool {
  private readonly workers: { worker: Worker; busy: number }[] = []
  private readonly waiting = new Map<number, { resolve: (r: BatchResponse) => void; reject: (e: Error) => void }>()
  private nextId = 0
  private readonly roomWaiters: (() => void)[] = []
  private broken: Error | undefined
  private closing = false

  constructor(size: number, script: URL) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: { kefuLintWorker: true } })
      const slot = { worker, busy: 0 }
      worker.on('message', (r: BatchResponse) => {
        slot.busy--
        const w = this.waiting.get(r.id)
        this.waiting.delete(r.id)
        this.roomWaiters.splice(0).forEach((wake) => wake())
        if (!w) return
        if (r.error) w.reject(new Error(r.error))
        else w.resolve(r)
      })
      // A worker that dies (out of memory, a crash in a plugin) fails what it had and every
      // later batch: nothing waits forever.
      const fail = (e: Error) => {
        this.broken ??= e
        for (const w of this.waiting.values()) w.reject(e)
        this.waiting.clear()
        this.roomWaiters.splice(0).forEach((wake) => wake())
      }
      worker.on('error', fail)
      worker.on('exit', (code) => {
        if (!this.closing) fail(new Error(`lint worker stopped (exit code ${code})`))
      })
      this.workers.push(slot)
    }
  }

  get size(): number {
    return this.workers.length
  }

  /**
   * Resolves when fewer than a few batches per worker are in flight: readers wait here, so a
   * fast reader never queues a whole transcript in memory (back-pressure).
   */
  async room(): Promise<void> {
    while (!this.broken && this.waiting.size >= this.workers.length * 3) await new Promise<void>((wake) => this.roomWaiters.push(wake))
  }

  lint(request: Omit<BatchRequest, 'id'>): Promise<BatchResponse> {
    if (this.broken) return Promise.reject(this.broken)
    const id = this.nextId++
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a))
    slot.busy++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      slot.worker.postMessage({ ...request, id } satisfies BatchRequest)
    })
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.workers.map((w) => w.worker.terminate()))
  }
}
