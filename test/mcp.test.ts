import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLinter } from '../src/node.js'
import { buildOnce, CLI, ROOT } from './cli-support.js'

describe('kefu-lint mcp (driven by the SDK client over stdio)', () => {
  let client: Client
  let transport: StdioClientTransport
  beforeAll(async () => {
    buildOnce()
    transport = new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', '--max-chars', '50'], cwd: ROOT, stderr: 'pipe' })
    client = new Client({ name: 'kefu-lint-test', version: '1.0.0' })
    await client.connect(transport)
  }, 60_000)
  afterAll(async () => {
    await client.close()
  }, 30_000)

  it('lists lint_reply and fix_reply with their input schemas', async () => {
    const { tools } = await client.listTools()
    expect(tools.map((t) => t.name).sort()).toEqual(['fix_reply', 'lint_reply'])
    for (const tool of tools) {
      expect(tool.inputSchema.required).toEqual(['text'])
      expect(Object.keys(tool.inputSchema.properties!).sort()).toEqual(['previous', 'profile', 'text'])
      expect(tool.outputSchema?.type).toBe('object')
    }
  })

  it('lint_reply returns the findings and counts safe fixes as structured content', async () => {
    const r = await client.callTool({ name: 'lint_reply', arguments: { text: '这款绝对不会掉色的，灰常好' } })
    expect(r.isError).toBeFalsy()
    const { messages } = createLinter().lint('这款绝对不会掉色的，灰常好')
    expect(r.structuredContent).toEqual({ messages, errors: 1, warnings: 1, safeFixes: 1 })
    expect(JSON.parse((r.content as { type: string; text: string }[])[0]!.text)).toEqual(r.structuredContent)
  })

  it('lint_reply passes previous and profile to the linter', async () => {
    const answering = await client.callTool({ name: 'lint_reply', arguments: { text: '这款是最保暖的', previous: '哪款最保暖？' } })
    expect((answering.structuredContent as { messages: unknown[] }).messages).toEqual([])
    const text = '灰常好，这款绝对不会掉色'
    const strict = await client.callTool({ name: 'lint_reply', arguments: { text, profile: 'zh-TW' } })
    expect((strict.structuredContent as { messages: unknown[] }).messages).toEqual(createLinter({ profile: 'zh-TW' }).lint(text).messages)
  })

  it('fix_reply returns the fixed reply and what remains', async () => {
    const r = await client.callTool({ name: 'fix_reply', arguments: { text: '灰常好，木有问题，绝对不掉色' } })
    const expected = createLinter().fix('灰常好，木有问题，绝对不掉色')
    expect(r.structuredContent).toEqual({ output: expected.output, fixed: 2, messages: expected.messages })
    expect(expected.output).toBe('非常好，没有问题，绝对不掉色')
    expect((r.structuredContent as { messages: { ruleId: string }[] }).messages.map((m) => m.ruleId)).toEqual(['absolute-promise'])
  })

  it('answers bad arguments with a tool error naming the field, and keeps serving', async () => {
    const wrongType = await client.callTool({ name: 'lint_reply', arguments: { text: 5 } })
    expect(wrongType.isError).toBe(true)
    expect((wrongType.content as { text: string }[])[0]!.text).toMatch(/^MCP error -32602: Input validation error: Invalid arguments for tool lint_reply: .* at text$/)
    const tooLong = await client.callTool({ name: 'fix_reply', arguments: { text: '好'.repeat(51) } })
    expect(tooLong.isError).toBe(true)
    expect((tooLong.content as { text: string }[])[0]!.text).toBe('MCP error -32602: Input validation error: Invalid arguments for tool fix_reply: Too big: expected string to have <=50 characters at text')
    const badProfile = await client.callTool({ name: 'lint_reply', arguments: { text: '好', profile: 'nope' } })
    expect(badProfile.isError).toBe(true)
    expect((badProfile.content as { text: string }[])[0]!.text).toMatch(/^MCP error -32602: Input validation error: Invalid arguments for tool lint_reply: .* at profile$/)
    const ok = await client.callTool({ name: 'lint_reply', arguments: { text: '好的' } })
    expect(ok.structuredContent).toEqual({ messages: [], errors: 0, warnings: 0, safeFixes: 0 })
  })
})
