import { describe, expect, it } from 'vitest'
import { buildApp } from '../src/serve/app.js'
import type { LinterCache } from '../src/serve/linters.js'
import type { Linter } from '../src/node.js'

/**
 * The work deadline of a batch, in-process (Fastify's inject): a linter made slow on purpose
 * makes "past --timeout" certain without timing anything in the test.
 */
describe('kefu-lint serve: a batch that overruns --timeout', () => {
  it('is answered 503 naming replies, and the server goes on serving', async () => {
    let calls = 0
    const slow = {
      lint: () => {
        calls++
        const until = performance.now() + 5
        while (performance.now() < until);
        return { messages: [] }
      },
    } as unknown as Linter
    const linters = { linterFor: () => slow, size: 0 } as unknown as LinterCache
    const app = await buildApp({ bodyLimit: 100_000, maxBatch: 100, maxChars: 100, timeout: 20, logLevel: 'silent', version: '0.0.0' }, linters)
    try {
      const r = await app.inject({ method: 'POST', url: '/v1/lint/batch', payload: { replies: Array.from({ length: 100 }, () => ({ text: '好' })) } })
      expect(r.statusCode).toBe(503)
      expect(r.json()).toEqual({ error: 'timeout', field: 'replies', message: 'replies: the server could not answer within 20 ms; send fewer or shorter replies' })
      // 16 replies (≥ 80 ms) are past a 20 ms deadline: the rest is never linted.
      expect(calls).toBe(16)
      const health = await app.inject({ method: 'GET', url: '/healthz' })
      expect(health.json()).toEqual({ status: 'ok', version: '0.0.0' })
    } finally {
      await app.close()
    }
  })
})
