/**
 * JSON schemas of the HTTP API. Fastify validates requests with them and serialises replies
 * with them, and @fastify/swagger turns the same objects into /openapi.json — one source for
 * the checks and the document.
 */
export interface Limits {
  maxBatch: number
  maxChars: number
}

const fix = {
  type: 'object',
  description: 'A safe replacement of text[start, end).',
  required: ['start', 'end', 'text'],
  properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } },
}

/** The library's LintMessage. */
export const messageSchema = {
  $id: 'LintMessage',
  type: 'object',
  required: ['ruleId', 'severity', 'message', 'start', 'end', 'line', 'column', 'endLine', 'endColumn', 'actual', 'expected', 'url'],
  properties: {
    ruleId: { type: 'string' },
    severity: { type: 'string', enum: ['info', 'warning', 'error'] },
    message: { type: 'string' },
    start: { type: 'integer', description: 'UTF-16 offset of the first character' },
    end: { type: 'integer', description: 'UTF-16 offset after the last character' },
    line: { type: 'integer' },
    column: { type: 'integer' },
    endLine: { type: 'integer' },
    endColumn: { type: 'integer' },
    actual: { type: 'string' },
    expected: { type: 'array', items: { type: 'string' } },
    fix,
    url: { type: 'string' },
  },
} as const

export const errorSchema = {
  $id: 'Error',
  type: 'object',
  required: ['error', 'field', 'message'],
  properties: {
    error: { type: 'string', description: 'machine-readable kind, e.g. invalid-request, invalid-config, body-too-large' },
    field: { type: 'string', description: 'dotted path of the offending field (body for the body as a whole)' },
    message: { type: 'string' },
  },
} as const

const messages = { type: 'array', items: { $ref: 'LintMessage#' } }
const configProperty = {
  type: 'object',
  description: 'Laid over the server config (top-level keys replace, rules merge); only when the server runs with --allow-request-config.',
}

function reply(limits: Limits) {
  return {
    text: { type: 'string', maxLength: limits.maxChars, description: 'the reply to check' },
    previous: { type: 'string', maxLength: limits.maxChars, description: "the customer's message it answers" },
  }
}

const errors = { 400: { $ref: 'Error#' }, 403: { $ref: 'Error#' }, 413: { $ref: 'Error#' }, 415: { $ref: 'Error#' }, 503: { $ref: 'Error#' } }

export function routeSchemas(limits: Limits) {
  const single = {
    type: 'object',
    required: ['text'],
    additionalProperties: false,
    properties: { ...reply(limits), config: configProperty },
  }
  return {
    lint: {
      summary: 'Lint one reply',
      body: single,
      response: { 200: { type: 'object', required: ['messages'], properties: { messages } }, ...errors },
    },
    fix: {
      summary: 'Apply the safe fixes to one reply',
      body: single,
      response: {
        200: {
          type: 'object',
          required: ['output', 'fixed', 'messages'],
          properties: {
            output: { type: 'string', description: 'the reply with every safe fix applied' },
            fixed: { type: 'integer', description: 'how many fixes were applied' },
            messages: { ...messages, description: 'what remains in the fixed reply' },
          },
        },
        ...errors,
      },
    },
    batch: {
      summary: `Lint up to ${limits.maxBatch} replies`,
      body: {
        type: 'object',
        required: ['replies'],
        additionalProperties: false,
        properties: {
          replies: {
            type: 'array',
            maxItems: limits.maxBatch,
            items: { type: 'object', required: ['text'], additionalProperties: false, properties: reply(limits) },
          },
          config: configProperty,
        },
      },
      response: {
        200: {
          type: 'object',
          required: ['results'],
          properties: {
            results: {
              type: 'array',
              description: 'one entry per reply, in order',
              items: { type: 'object', required: ['messages'], properties: { messages } },
            },
          },
        },
        ...errors,
      },
    },
    health: {
      summary: 'Liveness',
      response: { 200: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] }, version: { type: 'string' } } } },
    },
    metrics: {
      summary: 'Prometheus metrics (text exposition format)',
      produces: ['text/plain'],
      response: { 200: { type: 'string', description: 'Prometheus text format 0.0.4' } },
    },
  }
}
