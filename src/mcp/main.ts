import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import { Command } from 'commander'
import { integer } from '../serve/options.js'
import { openLinters, parseOptions } from '../serve/start.js'
import { createMcpServer } from './tools.js'

/** `kefu-lint mcp …`: a Model Context Protocol server on stdin/stdout until stdin closes. */
export async function runMcp(argv: readonly string[], version: string): Promise<number> {
  const command = new Command('kefu-lint mcp')
    .description('Model Context Protocol server over stdio: tools lint_reply and fix_reply.')
    .option('-c, --config <file>', 'config file (default: looked up from the working folder upward)')
    .option('--max-chars <n>', 'most characters in one reply', integer(1), 10_000)
  const stop = parseOptions(command, argv)
  if (stop !== undefined) return stop
  const o = command.opts<{ config?: string; maxChars: number }>()
  // One linter per profile at most: the start-up one plus three.
  const linters = await openLinters('mcp', { cwd: process.cwd(), config: o.config, allowRequestConfig: ['profile'], cacheSize: 3 })
  if (typeof linters === 'number') return linters
  const server = createMcpServer(linters, { version, maxChars: o.maxChars })
  const transport = new StdioServerTransport()
  await server.connect(transport)
  process.stdin.on('end', () => void server.close())
  return new Promise<number>((resolve) => (server.server.onclose = () => resolve(0)))
}
