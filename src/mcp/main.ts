import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import { Command, CommanderError, InvalidArgumentError } from 'commander'
import { UsageError } from '../cli/errors.js'
import { LinterCache } from '../serve/linters.js'
import { createMcpServer } from './tools.js'

function positive(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected an integer ≥ 1')
  return n
}

/** `kefu-lint mcp …`: a Model Context Protocol server on stdin/stdout until stdin closes. */
export async function runMcp(argv: readonly string[], version: string): Promise<number> {
  const command = new Command('kefu-lint mcp')
    .description('Model Context Protocol server over stdio: tools lint_reply and fix_reply.')
    .option('-c, --config <file>', 'config file (default: looked up from the working folder upward)')
    .option('--max-chars <n>', 'most characters in one reply', positive, 10_000)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  try {
    command.parse(argv, { from: 'user' })
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2
    throw e
  }
  const o = command.opts<{ config?: string; maxChars: number }>()
  let linters: LinterCache
  try {
    // One linter per profile at most: the start-up one plus three.
    linters = await LinterCache.open({ cwd: process.cwd(), config: o.config, allowRequestConfig: ['profile'], cacheSize: 3 })
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`kefu-lint mcp: ${e.message}\n`)
      return 2
    }
    throw e
  }
  const server = createMcpServer(linters, { version, maxChars: o.maxChars })
  const transport = new StdioServerTransport()
  await server.connect(transport)
  process.stdin.on('end', () => void server.close())
  return new Promise<number>((resolve) => (server.server.onclose = () => resolve(0)))
}
