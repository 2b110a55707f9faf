import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { z } from 'zod'
import type { LinterCache } from '../serve/linters.js'

const Message = z.object({
  ruleId: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int(),
  endColumn: z.number().int(),
  actual: z.string(),
  expected: z.array(z.string()),
  fix: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).optional().describe('a safe replacement of text[start, end)'),
  url: z.string(),
})

function inputShape(maxChars: number) {
  return {
    text: z.string().max(maxChars).describe('the drafted reply to the customer'),
    previous: z.string().max(maxChars).optional().describe("the customer's message it answers (some rules judge a reply by the question)"),
    profile: z
      .enum(['marketplace', 'zh-TW', 'strict'])
      .optional()
      .describe('marketplace: mainland shops (default); zh-TW: Traditional-Chinese shops; strict: regulated categories'),
  }
}

/**
 * The MCP server: `lint_reply` and `fix_reply`, for an agent that drafts replies to check them
 * before sending. A profile is laid over the config found at start, like a request config.
 */
export function createMcpServer(linters: LinterCache, options: { version: string; maxChars: number }): McpServer {
  const server = new McpServer({ name: 'kefu-lint', version: options.version })
  const linterFor = (profile: string | undefined) => linters.linterFor(profile ? { profile } : undefined)

  server.registerTool(
    'lint_reply',
    {
      title: 'Check a customer-service reply',
      description:
        'Lints a reply an online-shop agent (客服) is about to send: absolute promises, slang, exaggerated claims, blaming the customer, off-platform contact, privacy leaks. Returns each finding with its span, a suggestion, and a safe fix where one exists.',
      inputSchema: inputShape(options.maxChars),
      outputSchema: {
        messages: z.array(Message).describe('findings, in the library’s message shape'),
        errors: z.number().int(),
        warnings: z.number().int(),
        safeFixes: z.number().int().describe('findings that fix_reply would correct on its own'),
      },
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    ({ text, previous, profile }) => {
      const { messages } = linterFor(profile).lint(text, { previous })
      const structured = {
        messages,
        errors: messages.filter((m) => m.severity === 'error').length,
        warnings: messages.filter((m) => m.severity === 'warning').length,
        safeFixes: messages.filter((m) => m.fix).length,
      }
      return { content: [{ type: 'text', text: JSON.stringify(structured) }], structuredContent: structured }
    },
  )

  server.registerTool(
    'fix_reply',
    {
      title: 'Apply the safe fixes to a customer-service reply',
      description: 'Returns the reply with every always-safe fix applied (slang spelled out, etc.) and the findings that remain for a person or the model to rewrite.',
      inputSchema: inputShape(options.maxChars),
      outputSchema: {
        output: z.string().describe('the reply with the safe fixes applied'),
        fixed: z.number().int().describe('how many fixes were applied'),
        messages: z.array(Message).describe('findings that remain in the fixed reply'),
      },
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    },
    ({ text, previous, profile }) => {
      const result = linterFor(profile).fix(text, { previous })
      const structured = { output: result.output, fixed: result.fixed, messages: result.messages }
      return { content: [{ type: 'text', text: JSON.stringify(structured) }], structuredContent: structured }
    },
  )
  return server
}
