import { setImmediate as nextTurn } from 'node:timers/promises'
import swagger from '@fastify/swagger'
import Fastify, { type FastifyInstance } from 'fastify'
import type { LintMessage } from '../node.js'
import { errorHandler, WorkTimeout } from './errors.js'
import type { LinterCache } from './linters.js'
import { createMetrics } from './metrics.js'
import type { ServeOptions } from './options.js'
import { errorSchema, messageSchema, routeSchemas } from './schemas.js'

type Reply = { text: string; previous?: string }
type Single = Reply & { config?: Record<string, unknown> }
type Batch = { replies: Reply[]; config?: Record<string, unknown> }

/** Replies linted between two yields to the event loop, so a batch never holds it long. */
const CHUNK = 16

export type AppOptions = Pick<ServeOptions, 'bodyLimit' | 'maxBatch' | 'maxChars' | 'timeout' | 'logLevel'> & { version: string }

export async function buildApp(options: AppOptions, linters: LinterCache): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logLevel === 'silent' ? false : { level: options.logLevel, stream: process.stderr },
    bodyLimit: options.bodyLimit,
    // Limit on a body's arrival, answered as JSON (Fastify stops this timer once the body is
    // read; the batch handler keeps the deadline of the work itself).
    handlerTimeout: options.timeout,
    // Socket-level backstop for clients that never finish their headers.
    requestTimeout: options.timeout + 1000,
    http: { headersTimeout: options.timeout + 1000, connectionsCheckingInterval: Math.min(1000, options.timeout) },
    // Wrong types are errors, not something to coerce; unknown fields are errors, not dropped.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
  })
  const metrics = createMetrics(() => linters.size)
  const schemas = routeSchemas(options)

  app.removeContentTypeParser(['text/plain'])
  app.setErrorHandler(errorHandler)
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send({ error: 'not-found', field: 'url', message: `url: no ${request.method} ${request.url.split('?')[0]}` })
  })
  app.addSchema(messageSchema)
  app.addSchema(errorSchema)
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'kefu-lint',
        version: options.version,
        description: 'Lints online-shop customer-service replies (客服话术). Every 4xx answer is an Error naming the offending field.',
      },
    },
    // Keep the shared schemas' own names in components.schemas.
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  })

  // Node closes idle keep-alive connections when the server closes, but not those that become
  // idle afterwards: answers sent while shutting down close their connection themselves.
  let closing = false
  app.addHook('preClose', (done) => {
    closing = true
    done()
  })
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close')
    done(null, payload)
  })

  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched'
    metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000)
    done()
  })

  app.post<{ Body: Single }>('/v1/lint', { schema: schemas.lint }, (request) => {
    const { text, previous, config } = request.body
    const { messages } = linters.linterFor(config).lint(text, { previous })
    metrics.linted('/v1/lint', [messages])
    return { messages }
  })

  app.post<{ Body: Single }>('/v1/fix', { schema: schemas.fix }, (request) => {
    const { text, previous, config } = request.body
    const result = linters.linterFor(config).fix(text, { previous })
    metrics.linted('/v1/fix', [result.messages])
    return result
  })

  app.post<{ Body: Batch }>('/v1/lint/batch', { schema: schemas.batch }, async (request, reply) => {
    const { replies, config } = request.body
    const linter = linters.linterFor(config)
    const results: { messages: LintMessage[] }[] = []
    for (let i = 0; i < replies.length; i++) {
      if (i > 0 && i % CHUNK === 0) {
        await nextTurn()
        // Fastify's handlerTimeout stops watching once the body has been read (and aborts
        // request.signal then), so the deadline of the work itself is kept here.
        if (reply.sent || request.socket.destroyed) return reply
        if (reply.elapsedTime > options.timeout) throw new WorkTimeout(options.timeout)
      }
      results.push(linter.lint(replies[i]!.text, { previous: replies[i]!.previous }))
    }
    metrics.linted('/v1/lint/batch', results.map((r) => r.messages))
    return { results }
  })

  app.get('/healthz', { schema: schemas.health }, () => ({ status: 'ok', version: options.version }))

  app.get('/metrics', { schema: schemas.metrics }, async (_request, reply) => {
    void reply.type(metrics.registry.contentType)
    return metrics.registry.metrics()
  })

  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger())
  return app
}
