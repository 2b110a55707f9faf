import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLinter } from '../src/node.js'
import { parse as parseYaml } from 'yaml'
import { buildOnce, cli, ROOT } from './cli-support.js'
import { post, serve, type Served } from './support/server.js'

/** Sends raw bytes; resolves with everything the server sent back before closing. */
function rawRequest(url: string, head: string, body: string) {
  const { hostname, port } = new URL(url)
  const socket = connect(Number(port), hostname)
  let received = ''
  socket.setEncoding('utf8').on('data', (d: string) => (received += d))
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(received)))
  socket.write(head + body)
  return { socket, closed }
}

function statusAndJson(raw: string): { status: number; json: any } {
  const [head, ...rest] = raw.split('\r\n\r\n')
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head!)![1]), json: JSON.parse(rest.join('\r\n\r\n')) }
}

const library = createLinter()

beforeAll(() => buildOnce(), 120_000)

describe('kefu-lint serve: endpoints', () => {
  let s: Served
  beforeAll(async () => {
    s = await serve(['--max-batch', '40', '--max-chars', '40', '--body-limit', '4000', '--timeout', '1500'])
  }, 60_000)
  afterAll(async () => {
    expect(await s.stop()).toBe(0)
  }, 30_000)

  it('POST /v1/lint answers the library’s messages', async () => {
    const r = await post(`${s.url}/v1/lint`, { text: '这款绝对不会掉色的，灰常好' })
    expect(r.status).toBe(200)
    expect(r.json.messages.map((m: any) => [m.ruleId, m.start, m.end, m.actual])).toEqual([
      ['absolute-promise', 2, 4, '绝对'],
      ['internet-slang', 10, 12, '灰常'],
    ])
    expect(r.json).toEqual(library.lint('这款绝对不会掉色的，灰常好'))
  })

  it('passes `previous` to the linter', async () => {
    const alone = await post(`${s.url}/v1/lint`, { text: '这款是最保暖的' })
    const answering = await post(`${s.url}/v1/lint`, { text: '这款是最保暖的', previous: '哪款最保暖？' })
    expect(alone.json.messages.map((m: any) => m.ruleId)).toEqual(['exaggeration'])
    expect(answering.json).toEqual({ messages: [] })
  })

  it('POST /v1/fix applies the safe fixes', async () => {
    const r = await post(`${s.url}/v1/fix`, { text: '灰常好，木有问题' })
    expect(r).toEqual({ status: 200, json: { output: '非常好，没有问题', fixed: 2, messages: [] } })
  })

  it('POST /v1/lint/batch answers each reply in order', async () => {
    const replies = [{ text: '灰常好' }, { text: '好的，马上为您处理' }, { text: '这款是最保暖的', previous: '哪款最保暖？' }]
    const r = await post(`${s.url}/v1/lint/batch`, { replies })
    expect(r.status).toBe(200)
    expect(r.json).toEqual({ results: replies.map((x) => library.lint(x.text, { previous: x.previous })) })
    expect(r.json.results.map((x: any) => x.messages.length)).toEqual([1, 0, 0])
  })

  it('answers a batch longer than one slice (replies are linted 16 at a time)', async () => {
    const replies = Array.from({ length: 40 }, (_, i) => ({ text: i % 3 === 0 ? `灰常好${i}` : `好的，订单${i}已发货` }))
    const r = await post(`${s.url}/v1/lint/batch`, { replies })
    expect(r.status).toBe(200)
    expect(r.json.results).toHaveLength(40)
    expect(r.json).toEqual({ results: replies.map((x) => library.lint(x.text)) })
    expect(r.json.results.filter((x: any) => x.messages.length === 1)).toHaveLength(14)
  })

  const hasPython = spawnSync('python3', ['--version']).status === 0
  it.skipIf(!hasPython)('the README’s ten-line Python client works as shown', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const client = /ten-line Python client[^\n]*\n\n```python\n([\s\S]*?)```/.exec(readme)![1]!
    expect(client.split('\n').filter((line) => line.trim()).length).toBeLessThanOrEqual(10)
    const r = spawnSync('python3', ['-'], { input: client, encoding: 'utf8', env: { ...process.env, KEFU_LINT_URL: s.url } })
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe('absolute-promise error 绝对 → 一般 / 正常情况下\ninternet-slang warning 灰常 → 非常\n')
  })

  it('GET /healthz', async () => {
    const res = await fetch(`${s.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) })
  })

  it('names the field of every bad request, with a 4xx', async () => {
    const lint = `${s.url}/v1/lint`
    const cases: [string, unknown, number, string, string][] = [
      // url, body, status, error, field
      [lint, '{"text": "灰常', 400, 'invalid-json', 'body'],
      [lint, '', 400, 'invalid-json', 'body'],
      [lint, '[1, 2]', 400, 'invalid-request', 'body'],
      [lint, '"灰常好"', 400, 'invalid-request', 'body'],
      [lint, { text: 42 }, 400, 'invalid-request', 'text'],
      [lint, { text: null }, 400, 'invalid-request', 'text'],
      [lint, { text: ['灰常好'] }, 400, 'invalid-request', 'text'],
      [lint, { text: '好', previous: 1 }, 400, 'invalid-request', 'previous'],
      [lint, { previous: '在吗' }, 400, 'invalid-request', 'text'],
      [lint, { text: '好', txet: '好' }, 400, 'invalid-request', 'txet'],
      [lint, { text: '好'.repeat(41) }, 400, 'invalid-request', 'text'],
      [lint, { text: '好', config: { profile: 'strict' } }, 403, 'config-not-allowed', 'config'],
      [`${s.url}/v1/fix`, { text: 7 }, 400, 'invalid-request', 'text'],
      [`${s.url}/v1/lint/batch`, { replies: Array.from({ length: 41 }, () => ({ text: '好' })) }, 400, 'invalid-request', 'replies'],
      [`${s.url}/v1/lint/batch`, { replies: [{ text: '好' }, { text: '好' }, { text: false }] }, 400, 'invalid-request', 'replies.2.text'],
      [`${s.url}/v1/lint/batch`, { replies: [{ text: '好', previous: '好'.repeat(41) }] }, 400, 'invalid-request', 'replies.0.previous'],
      [`${s.url}/v1/lint/batch`, { replies: '灰常好' }, 400, 'invalid-request', 'replies'],
      [`${s.url}/v1/lint/batch`, { text: '灰常好' }, 400, 'invalid-request', 'replies'],
    ]
    for (const [url, body, status, error, field] of cases) {
      const r = await post(url, body)
      expect({ body, status: r.status, error: r.json.error, field: r.json.field }).toEqual({ body, status, error, field })
      expect(r.json.message).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}: |this server`))
    }
  })

  it('refuses an oversize body (413) and a body that is not JSON (415)', async () => {
    const big = await post(`${s.url}/v1/lint`, { text: '好', pad: 'x'.repeat(5000) })
    expect([big.status, big.json.error, big.json.field]).toEqual([413, 'body-too-large', 'body'])
    const plain = await post(`${s.url}/v1/lint`, '灰常好', { 'content-type': 'text/plain' })
    expect([plain.status, plain.json.error, plain.json.field]).toEqual([415, 'unsupported-media-type', 'content-type'])
    const missing = await fetch(`${s.url}/v1/nope`, { method: 'POST' })
    expect([missing.status, (await missing.json()).field]).toEqual([404, 'url'])
  })

  it('answers a body that never finishes with 408, and keeps serving others meanwhile', async () => {
    const stalled = rawRequest(s.url, 'POST /v1/lint HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n', '{"text": "灰')
    const meanwhile = await post(`${s.url}/v1/lint`, { text: '灰常好' })
    expect(meanwhile.status).toBe(200)
    const r = statusAndJson(await stalled.closed)
    expect([r.status, r.json.error, r.json.field]).toEqual([408, 'timeout', 'body'])
  })

  it('survives hostile input', async () => {
    const hostile = [
      '['.repeat(3900),
      '{"text": "\\ud800\\udfff\\ud800", "previous": "\\u0000"}',
      '{"__proto__": {"polluted": true}, "text": "好"}',
      '{"constructor": {"prototype": {"polluted": true}}, "text": "好"}',
      '{"text": "好", "text": 5}',
      '\u0000\u0001\u0002',
    ]
    for (const body of hostile) {
      const r = await fetch(`${s.url}/v1/lint`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      expect(r.status).toBeGreaterThanOrEqual(200)
      expect(r.status === 200 || (r.status >= 400 && r.status < 500)).toBe(true)
    }
    const lone = await post(`${s.url}/v1/lint`, { text: '\ud800灰常好' })
    expect(lone.json).toEqual(library.lint('\ud800灰常好'))
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200)
  })

  it('GET /metrics counts requests, latency and findings by rule', async () => {
    const before = await (await fetch(`${s.url}/metrics`)).text()
    const count = (text: string, line: string) => Number(new RegExp(`^${line.replace(/[{}"/.]/g, '\\$&')} (\\d+)$`, 'm').exec(text)?.[1] ?? 0)
    await post(`${s.url}/v1/lint`, { text: '这款绝对不会掉色的，灰常好' })
    await post(`${s.url}/v1/lint/batch`, { replies: [{ text: '灰常好' }, { text: '灰常好' }] })
    const res = await fetch(`${s.url}/metrics`)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const after = await res.text()
    const diff = (line: string) => count(after, line) - count(before, line)
    expect(diff('kefu_lint_findings_total{rule="internet-slang",severity="warning"}')).toBe(3)
    expect(diff('kefu_lint_findings_total{rule="absolute-promise",severity="error"}')).toBe(1)
    expect(diff('kefu_lint_replies_total{route="/v1/lint/batch"}')).toBe(2)
    expect(diff('kefu_lint_http_requests_total{method="POST",route="/v1/lint",status="200"}')).toBe(1)
    expect(diff('kefu_lint_http_request_duration_seconds_count{route="/v1/lint/batch"}')).toBe(1)
    expect(after).toMatch(/^kefu_lint_http_request_duration_seconds_bucket\{le="0\.005",route="\/v1\/lint"\} \d+$/m)
    expect(after).toMatch(/^kefu_lint_process_resident_memory_bytes \d+$/m)
  })

  it('serves a valid OpenAPI document that describes these endpoints and limits', async () => {
    const doc = await (await fetch(`${s.url}/openapi.json`)).json()
    const validator = new Validator()
    const result = await validator.validate(doc)
    expect(result.errors).toBeUndefined()
    expect(result.valid).toBe(true)
    expect(Object.fromEntries(Object.entries(doc.paths).map(([p, ops]) => [p, Object.keys(ops as object)]))).toEqual({
      '/v1/lint': ['post'],
      '/v1/fix': ['post'],
      '/v1/lint/batch': ['post'],
      '/healthz': ['get'],
      '/metrics': ['get'],
    })
    const batch = doc.paths['/v1/lint/batch'].post
    expect(batch.requestBody.content['application/json'].schema.properties.replies.maxItems).toBe(40)
    expect(batch.responses['400'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' })
    // The documented message is what the library returns.
    const message = library.lint('灰常好').messages[0]!
    const documented = doc.components.schemas.LintMessage
    expect(Object.keys(documented.properties).sort()).toEqual(Object.keys(message).sort())
    expect(documented.required.every((k: string) => k in message)).toBe(true)
  })
})

describe('kefu-lint serve: configs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-serve-'))
  let s: Served
  beforeAll(async () => {
    // Found by the usual discovery from the working folder.
    writeFileSync(join(dir, '.kefulintrc.json'), JSON.stringify({ rules: { 'internet-slang': 'off' } }))
    s = await serve(['--allow-request-config', '--cache-size', '2'], { cwd: dir })
  }, 60_000)
  afterAll(async () => {
    await s.stop()
    rmSync(dir, { recursive: true, force: true })
  }, 30_000)

  it('lints with the config found at start', async () => {
    expect((await post(`${s.url}/v1/lint`, { text: '灰常好' })).json).toEqual({ messages: [] })
  })

  it('lays a request config over it (rules merge rule by rule)', async () => {
    const strict = await post(`${s.url}/v1/lint`, { text: '灰常好，这款绝对不会掉色', config: { profile: 'zh-TW', rules: { 'absolute-promise': 'warning' } } })
    const expected = createLinter({ profile: 'zh-TW', rules: { 'internet-slang': 'off', 'absolute-promise': 'warning' } }).lint('灰常好，这款绝对不会掉色')
    expect(strict.json).toEqual(expected)
    expect(strict.json.messages.map((m: any) => [m.ruleId, m.severity])).toEqual([['absolute-promise', 'warning']])
  })

  it('refuses a config that fails its own specs, naming the field', async () => {
    const config = {
      custom: [{ id: 'shop/no-bye', kind: 'existence', phrases: ['拜拜'], specs: { flag: ['再见'], pass: [] } }],
    }
    for (let i = 0; i < 2; i++) {
      // The second time the failure comes from the cache; the answer is the same.
      const r = await post(`${s.url}/v1/lint`, { text: '好', config })
      expect([r.status, r.json.error, r.json.field]).toEqual([400, 'invalid-config', 'config.custom.0.specs.flag.0'])
      expect(r.json.message).toBe('config.custom.0.specs.flag.0: rule shop/no-bye does not flag "再见"')
    }
    const unknown = await post(`${s.url}/v1/lint/batch`, { replies: [{ text: '好' }], config: { profil: 'strict' } })
    expect([unknown.status, unknown.json.error, unknown.json.field]).toEqual([400, 'invalid-config', 'config'])
    expect(unknown.json.message).toMatch(/^config: unknown key "profil"/)
    const wrongType = await post(`${s.url}/v1/lint`, { text: '好', config: 'strict' })
    expect([wrongType.status, wrongType.json.field]).toEqual([400, 'config'])
  })

  it('keeps at most --cache-size request linters', async () => {
    for (const profile of ['strict', 'zh-TW', 'marketplace']) {
      expect((await post(`${s.url}/v1/lint`, { text: '好', config: { profile } })).status).toBe(200)
    }
    const metrics = await (await fetch(`${s.url}/metrics`)).text()
    expect(metrics).toMatch(/^kefu_lint_request_linters 2$/m)
  })
})

describe('kefu-lint serve: start and stop', () => {
  it('lets only the listed config keys be overridden', async () => {
    const s = await serve(['--allow-request-config', 'profile,rules'])
    try {
      expect((await post(`${s.url}/v1/lint`, { text: '好', config: { profile: 'strict' } })).status).toBe(200)
      const r = await post(`${s.url}/v1/lint`, { text: '好', config: { profile: 'strict', locale: 'en' } })
      expect([r.status, r.json.error, r.json.field]).toEqual([403, 'config-not-allowed', 'config.locale'])
    } finally {
      await s.stop()
    }
  })

  it('refuses to start with a config that fails its specs (exit 2, file and field named)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-serve-'))
    try {
      const file = join(dir, 'bad.json')
      writeFileSync(file, JSON.stringify({ custom: [{ id: 'shop/x', kind: 'existence', phrases: ['拜拜'], specs: { flag: ['再见'] } }] }))
      const r = cli(['serve', '--port', '0', '--config', file])
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toContain(`kefu-lint serve: ${file}: Invalid kefu-lint config:\nconfig.custom.0.specs.flag.0: rule shop/x does not flag "再见"`)
      const bad = cli(['serve', '--max-batch', 'lots'])
      expect(bad.code).toBe(2)
      expect(bad.stderr).toBe("error: option '--max-batch <n>' argument 'lots' is invalid. expected an integer ≥ 1\n")
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('starts as the Dockerfile and the docker-compose example say (docker itself is not run here)', async () => {
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8')
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '))
    expect(runtime).toMatch(/^USER node$/m)
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(runtime)![1]!) as string[]
    expect(cmd.slice(0, 3)).toEqual(['node', 'packages/cli/dist/cli.js', 'serve'])
    const plain = await serve(cmd.slice(3))
    expect((await post(`${plain.url}/v1/lint`, { text: '灰常好' })).json.messages.map((m: any) => m.ruleId)).toEqual(['internet-slang'])
    expect(await plain.stop()).toBe(0)

    const compose = parseYaml(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')).services['kefu-lint']
    const [hostPath, containerPath] = (compose.volumes[0] as string).split(':')
    const args = (compose.command as string[]).slice(3).map((a) => (a === containerPath ? join(ROOT, hostPath!) : a))
    const composed = await serve(args)
    try {
      const r = await post(`${composed.url}/v1/lint`, { text: '好的拜拜' })
      expect(r.json.messages.map((m: any) => [m.ruleId, m.actual, m.message])).toEqual([['shop/no-bye', '拜拜', '「拜拜」太随意，建议改为「感谢您的光临，祝您生活愉快」']])
      const doc = await (await fetch(`${composed.url}/openapi.json`)).json()
      expect(doc.paths['/v1/lint/batch'].post.requestBody.content['application/json'].schema.properties.replies.maxItems).toBe(200)
    } finally {
      await composed.stop()
    }
  })

  it('on SIGTERM stops accepting, finishes the request in flight, exits 0', async () => {
    const s = await serve(['--log-level', 'info'])
    const body = JSON.stringify({ replies: [{ text: '灰常好' }, { text: '这款绝对不会掉色的' }] })
    const half = Math.floor(body.length / 2)
    const inFlight = rawRequest(s.url, `POST /v1/lint/batch HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`, body.slice(0, half))
    await s.waitForStderr('"incoming request"')
    s.proc.kill('SIGTERM')
    await s.waitForStderr('SIGTERM: finishing in-flight requests')
    // New connections are refused from now on...
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow()
    // ...while the request already under way is answered in full.
    inFlight.socket.write(body.slice(half))
    const r = statusAndJson(await inFlight.closed)
    expect(r.status).toBe(200)
    expect(r.json.results.map((x: any) => x.messages.map((m: any) => m.ruleId))).toEqual([['internet-slang'], ['absolute-promise']])
    expect(await s.exited).toBe(0)
  })
})
