import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { RequestConfigError } from './linters.js'

export interface ErrorBody {
  error: string
  field: string
  message: string
}

/** A batch still unfinished at --timeout: answered 503 rather than holding the client longer. */
export class WorkTimeout extends Error {
  constructor(readonly ms: number) {
    super(`the server could not answer within ${ms} ms; send fewer or shorter replies`)
  }
}

interface AjvError {
  keyword: string
  instancePath: string
  params: Record<string, unknown>
  message?: string
}

/** `/replies/3/text` → `replies.3.text`; the whole body is `body`. */
function fieldOf(e: AjvError): string {
  const parts = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (e.keyword === 'required') parts.push(String(e.params.missingProperty))
  if (e.keyword === 'additionalProperties') parts.push(String(e.params.additionalProperty))
  return parts.length ? parts.join('.') : 'body'
}

function describe(e: AjvError, field: string): string {
  if (e.keyword === 'additionalProperties') return `${field}: unknown field`
  if (e.keyword === 'required') return `${field}: required`
  return `${field}: ${e.message ?? 'invalid'}`
}

/** Fastify's own request errors, as the JSON error this API promises. */
const KNOWN: Record<string, (e: FastifyError, request: FastifyRequest) => [number, ErrorBody]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: (e) => [413, { error: 'body-too-large', field: 'body', message: `body: larger than this server accepts (${e.message})` }],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (e) => [415, { error: 'unsupported-media-type', field: 'content-type', message: `content-type: expected application/json (${e.message})` }],
  FST_ERR_CTP_INVALID_JSON_BODY: () => [400, { error: 'invalid-json', field: 'body', message: 'body: not valid JSON' }],
  FST_ERR_CTP_EMPTY_JSON_BODY: () => [400, { error: 'invalid-json', field: 'body', message: 'body: empty; expected a JSON object' }],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => [400, { error: 'invalid-request', field: 'content-length', message: 'content-length: does not match the body' }],
  // Fastify's handlerTimeout: the body never finished arriving (the client's doing), or the work overran.
  FST_ERR_HANDLER_TIMEOUT: (e, request) =>
    request.body === undefined
      ? [408, { error: 'timeout', field: 'body', message: `body: did not arrive in time (${e.message})` }]
      : workTimeout(new WorkTimeout(Number(/(\d+) ?ms/.exec(e.message)?.[1] ?? NaN)), request),
}

function workTimeout(error: WorkTimeout, request: FastifyRequest): [number, ErrorBody] {
  const field = request.routeOptions.url === '/v1/lint/batch' ? 'replies' : 'text'
  return [503, { error: 'timeout', field, message: `${field}: ${error.message}` }]
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const [status, body] = toErrorBody(error, request)
  if (status >= 500) request.log.error({ err: error }, 'request failed')
  // The rest of a body that timed out may never come: do not wait for it on this connection.
  if (status === 408) void reply.header('connection', 'close')
  void reply.code(status).send(body)
}

function toErrorBody(error: FastifyError, request: FastifyRequest): [number, ErrorBody] {
  if (error instanceof WorkTimeout) return workTimeout(error, request)
  if (error instanceof RequestConfigError) {
    return [error.status, { error: error.status === 403 ? 'config-not-allowed' : 'invalid-config', field: error.field, message: error.message }]
  }
  const validation = error.validation as AjvError[] | undefined
  if (validation?.length) {
    const first = validation[0]!
    const field = fieldOf(first)
    return [400, { error: 'invalid-request', field, message: describe(first, field) }]
  }
  const known = error.code ? KNOWN[error.code] : undefined
  if (known) return known(error, request)
  const status = error.statusCode ?? 500
  if (status >= 400 && status < 500) return [status, { error: 'bad-request', field: 'body', message: error.message }]
  return [500, { error: 'internal', field: 'body', message: 'internal error (logged by the server)' }]
}
