import { Command, InvalidArgumentError, Option } from 'commander'

export interface ServeOptions {
  host: string
  port: number
  config?: string
  /** Top-level config keys a request may override; undefined: none; ['*']: any. */
  allowRequestConfig?: string[]
  /** Largest request body in bytes. */
  bodyLimit: number
  /** Most replies in one /v1/lint/batch request. */
  maxBatch: number
  /** Most characters in one reply (and in its `previous`). */
  maxChars: number
  /** Milliseconds a request may take to arrive and to be answered. */
  timeout: number
  /** Most compiled linters kept (one per distinct effective config). */
  cacheSize: number
  logLevel: string
}

export const SERVE_DEFAULTS = {
  host: '127.0.0.1',
  port: 8787,
  bodyLimit: 2 * 1024 * 1024,
  maxBatch: 100,
  maxChars: 10_000,
  timeout: 10_000,
  cacheSize: 16,
  logLevel: 'warn',
} as const

export function integer(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string) => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(max === Number.MAX_SAFE_INTEGER ? `expected an integer ≥ ${min}` : `expected an integer from ${min} to ${max}`)
    }
    return n
  }
}

const keyList = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean)

export function buildServeCommand(version: string): Command {
  return new Command('kefu-lint serve')
    .description('Serve the linter over HTTP (JSON): POST /v1/lint, /v1/fix, /v1/lint/batch; GET /healthz, /metrics, /openapi.json.')
    .version(version, '-v, --version')
    .option('--host <address>', 'address to listen on', SERVE_DEFAULTS.host)
    .option('-p, --port <n>', 'port (0: any free port; the chosen one is printed)', integer(0, 65535), SERVE_DEFAULTS.port)
    .option('-c, --config <file>', 'config file (default: looked up from the working folder upward)')
    .addOption(
      new Option('--allow-request-config [keys]', 'let requests send a `config` laid over the server\'s; optionally only these top-level keys (comma-separated)').argParser(keyList),
    )
    .option('--body-limit <bytes>', 'largest request body', integer(1), SERVE_DEFAULTS.bodyLimit)
    .option('--max-batch <n>', 'most replies in one batch request', integer(1), SERVE_DEFAULTS.maxBatch)
    .option('--max-chars <n>', 'most characters in one reply', integer(1), SERVE_DEFAULTS.maxChars)
    .option('--timeout <ms>', 'time a request may take to arrive and to be answered', integer(1), SERVE_DEFAULTS.timeout)
    .option('--cache-size <n>', 'compiled linters kept, one per distinct config', integer(1), SERVE_DEFAULTS.cacheSize)
    .addOption(new Option('--log-level <level>', 'request log on stderr (JSON lines)').choices(['silent', 'error', 'warn', 'info', 'debug']).default(SERVE_DEFAULTS.logLevel))
}

export function serveOptionsOf(command: Command): ServeOptions {
  const o = command.opts<Record<string, unknown>>()
  const allow = o.allowRequestConfig
  return {
    host: o.host as string,
    port: o.port as number,
    config: o.config as string | undefined,
    // A bare --allow-request-config allows every key.
    allowRequestConfig: allow === true ? ['*'] : (allow as string[] | undefined),
    bodyLimit: o.bodyLimit as number,
    maxBatch: o.maxBatch as number,
    maxChars: o.maxChars as number,
    timeout: o.timeout as number,
    cacheSize: o.cacheSize as number,
    logLevel: o.logLevel as string,
  }
}
