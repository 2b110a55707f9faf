import { join } from 'node:path'
import { LRUCache } from 'lru-cache'
import { ConfigResolver, type LoadedConfig } from '../cli/config.js'
import { ConfigError, createLinter, type ConfigInput, type Linter } from '../node.js'

/** A request's config that cannot be used; `field` is the dotted path of the first problem. */
export class RequestConfigError extends Error {
  constructor(
    readonly status: 400 | 403,
    readonly field: string,
    message: string,
  ) {
    super(message)
  }
}

type Compiled = { linter: Linter } | { error: RequestConfigError }

/**
 * The server's linters: the start-up config (looked up as the command line does) and, where
 * allowed, per-request configs laid over it. Compiling costs 0.1–0.4 s of CPU, so each distinct
 * effective config is compiled once and kept in a bounded LRU — failures too, so a client
 * repeating a broken config does not make the server compile it again.
 */
export class LinterCache {
  private readonly cache: LRUCache<string, Compiled>

  private constructor(
    readonly base: LoadedConfig,
    private readonly baseLinter: Linter,
    private readonly allowedKeys: readonly string[] | undefined,
    size: number,
  ) {
    this.cache = new LRUCache({ max: size })
  }

  /** Loads and compiles the start-up config; throws the CLI's UsageError when it is unusable. */
  static async open(options: { cwd: string; config?: string; allowRequestConfig?: readonly string[]; cacheSize: number }): Promise<LinterCache> {
    // The usual discovery, with the CLI's trust rules: from the working folder, a parent's
    // config only with root: true.
    const resolver = new ConfigResolver(options.config, {}, {
      cwd: options.cwd,
      enabled: true,
      warn: (message) => process.stderr.write(`kefu-lint: ${message}\n`),
    })
    const base = await resolver.forFile(join(options.cwd, '<serve>'))
    return new LinterCache(base, resolver.linterFor(base), options.allowRequestConfig, options.cacheSize)
  }

  /** Linters compiled for request configs (the server's own is kept apart, never evicted). */
  get size(): number {
    return this.cache.size
  }

  /** The linter for a request: the server's own, or its config with the request's laid over. */
  linterFor(requestConfig?: Record<string, unknown>): Linter {
    if (requestConfig === undefined) return this.baseLinter
    if (!this.allowedKeys) throw new RequestConfigError(403, 'config', 'this server does not accept a per-request config (start it with --allow-request-config)')
    if (!this.allowedKeys.includes('*')) {
      const denied = Object.keys(requestConfig).find((key) => !this.allowedKeys!.includes(key))
      if (denied !== undefined) {
        throw new RequestConfigError(403, `config.${denied}`, `this server lets a request set only ${this.allowedKeys.join(', ') || 'no keys'} of the config`)
      }
    }
    return this.compiled(stableStringify(requestConfig), () => overlay(this.base.input, requestConfig))
  }

  private compiled(key: string, input: () => ConfigInput): Linter {
    let entry = this.cache.get(key)
    if (!entry) {
      entry = compile(input(), this.base)
      this.cache.set(key, entry)
    }
    if ('error' in entry) throw entry.error
    return entry.linter
  }
}

function compile(input: ConfigInput, base: LoadedConfig): Compiled {
  try {
    return { linter: createLinter(input, { plugins: base.plugins }) }
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e
    // ConfigError lists one problem a line, each as `config.path.to.field: what is wrong`.
    const problems = e.message.split('\n').filter((line) => /^config[\w.\-/]*: /.test(line))
    const field = problems[0]?.slice(0, problems[0].indexOf(': ')) ?? 'config'
    return { error: new RequestConfigError(400, field, problems.length ? problems.join('\n') : e.message) }
  }
}

/** Top-level keys of the request replace the server's; `rules` is merged rule by rule. */
function overlay(base: ConfigInput, request: Record<string, unknown>): ConfigInput {
  const out = { ...base, ...request } as ConfigInput
  if (request.rules && typeof request.rules === 'object' && base.rules) out.rules = { ...base.rules, ...(request.rules as ConfigInput['rules']) }
  return out
}

/** The same config sent with its keys in another order is the same cache entry. */
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value)
}
