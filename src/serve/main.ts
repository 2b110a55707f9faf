import { buildApp } from './app.js'
import { buildServeCommand, serveOptionsOf } from './options.js'
import { openLinters, parseOptions } from './start.js'

/**
 * `kefu-lint serve …`: argv after the subcommand. Resolves with the exit code once the server
 * has been shut down (SIGTERM/SIGINT: stop accepting, let in-flight requests finish, exit 0).
 */
export async function runServe(argv: readonly string[], version: string): Promise<number> {
  const command = buildServeCommand(version)
  const stop = parseOptions(command, argv)
  if (stop !== undefined) return stop
  const options = serveOptionsOf(command)
  const linters = await openLinters('serve', { cwd: process.cwd(), config: options.config, allowRequestConfig: options.allowRequestConfig, cacheSize: options.cacheSize })
  if (typeof linters === 'number') return linters
  const app = await buildApp({ ...options, version }, linters)
  try {
    await app.listen({ host: options.host, port: options.port })
  } catch (e) {
    process.stderr.write(`kefu-lint serve: cannot listen on ${options.host}:${options.port}: ${(e as Error).message}\n`)
    return 2
  }
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  const configNote = linters.base.file ? ` (config ${linters.base.file})` : ' (default config)'
  process.stdout.write(`kefu-lint serve: listening on http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}${configNote}\n`)

  return new Promise<number>((resolve) => {
    let closing = false
    const shutdown = (signal: string) => {
      if (closing) return
      closing = true
      process.stderr.write(`kefu-lint serve: ${signal}: finishing in-flight requests\n`)
      // In-flight requests are bounded by the request timeout; past twice that, stop anyway.
      const force = setTimeout(() => resolve(1), 2 * options.timeout + 1000)
      force.unref()
      app.close().then(
        () => resolve(0),
        () => resolve(1),
      )
    }
    process.once('SIGTERM', () => shutdown('SIGTERM'))
    process.once('SIGINT', () => shutdown('SIGINT'))
  })
}
