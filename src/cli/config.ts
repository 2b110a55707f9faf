import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { builtinRules, ConfigError, ConfigSchema, createLinter, type ConfigInput, type Linter, type RuleDefinition } from '../node.js'
import { UsageError } from './errors.js'

/**
 * Configuration files, looked for from each linted file's folder upward; the nearest wins.
 * In one folder the first of these that exists is used (package.json only with a `kefulint` key).
 */
export const CONFIG_NAMES = ['.kefulintrc', '.kefulintrc.json', '.kefulintrc.yaml', '.kefulintrc.yml', 'kefulint.config.mjs', 'package.json']

/** Settings the command line lays over every config file. */
export interface Overrides {
  /** --rules: run only these rule ids. */
  only?: string[]
  profile?: string
  locale?: string
}

export interface LoadedConfig {
  /** Absolute path of the file it came from; undefined for the built-in defaults. */
  file: string | undefined
  /** What is handed to createLinter (file config with the overrides laid over it). */
  input: ConfigInput
  plugins: RuleDefinition[]
  /** Identity of the effective config, for the linter cache and the result cache. */
  key: string
}

export class ConfigResolver {
  private readonly byDir = new Map<string, string | undefined>()
  private readonly loaded = new Map<string, Promise<LoadedConfig>>()
  private readonly linters = new Map<string, Linter>()

  constructor(
    private readonly explicit: string | undefined,
    private readonly overrides: Overrides,
  ) {}

  /** The config for a file (or, for stdin, for a folder's `<stdin>` entry). */
  async forFile(path: string): Promise<LoadedConfig> {
    return this.fromFile(this.explicit ? resolve(this.explicit) : this.find(dirname(resolve(path))))
  }

  /** The config in `file` with the overrides laid over it (the defaults when undefined). */
  fromFile(file: string | undefined): Promise<LoadedConfig> {
    const id = file ?? '<default>'
    let config = this.loaded.get(id)
    if (!config) {
      config = this.load(file)
      this.loaded.set(id, config)
    }
    return config
  }

  /** One linter per distinct effective config. */
  linterFor(config: LoadedConfig): Linter {
    let linter = this.linters.get(config.key)
    if (!linter) {
      try {
        linter = createLinter(config.input, { plugins: config.plugins })
      } catch (e) {
        if (e instanceof ConfigError) throw new UsageError(`${config.file ?? 'command line'}: ${e.message}`)
        throw e
      }
      this.linters.set(config.key, linter)
    }
    return linter
  }

  private find(dir: string): string | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir)
    let found: string | undefined
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name)
      if (!existsSync(candidate)) continue
      if (name === 'package.json' && !hasKefulintKey(candidate)) continue
      found = candidate
      break
    }
    const parent = dirname(dir)
    if (!found && parent !== dir) found = this.find(parent)
    this.byDir.set(dir, found)
    return found
  }

  private async load(file: string | undefined): Promise<LoadedConfig> {
    const raw = file ? await readConfigFile(file) : {}
    const { plugins = [], ...rest } = raw as ConfigInput & { plugins?: RuleDefinition[] }
    const input = applyOverrides(rest as ConfigInput, this.overrides, plugins, file)
    const hash = createHash('sha256').update(JSON.stringify(input))
    // Code in an .mjs config (plugins) is part of what the results depend on.
    if (file?.endsWith('.mjs')) hash.update(readFileSync(file))
    return { file, input, plugins, key: hash.digest('hex').slice(0, 16) }
  }
}

function hasKefulintKey(file: string): boolean {
  try {
    return Object.hasOwn(JSON.parse(readFileSync(file, 'utf8')) as object, 'kefulint')
  } catch {
    return false
  }
}

export async function readConfigFile(file: string): Promise<Record<string, unknown>> {
  const name = basename(file)
  let value: unknown
  try {
    if (name.endsWith('.mjs') || name.endsWith('.js')) {
      const mod = (await import(pathToFileURL(file).href)) as { default?: unknown }
      value = mod.default
    } else {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
      if (name === 'package.json') value = (JSON.parse(text) as { kefulint?: unknown }).kefulint
      else if (name.endsWith('.json')) value = JSON.parse(text)
      // .kefulintrc may be JSON or YAML; YAML reads both.
      else value = parseYaml(text) ?? {}
    }
  } catch (e) {
    throw new UsageError(`${file}: cannot read config: ${(e as Error).message}`)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`${file}: a config must be an object`)
  return value as Record<string, unknown>
}

function applyOverrides(config: ConfigInput, o: Overrides, plugins: RuleDefinition[], file: string | undefined): ConfigInput {
  const out: ConfigInput = { ...config }
  if (o.profile) out.profile = o.profile as ConfigInput['profile']
  if (o.locale) out.locale = o.locale as ConfigInput['locale']
  if (o.only) {
    const ids = [...builtinRules, ...plugins].map((r) => r.meta.id).concat((config.custom ?? []).map((c) => c.id))
    const unknown = o.only.filter((id) => !ids.includes(id))
    if (unknown.length) throw new UsageError(`--rules: unknown rule ${unknown.join(', ')}${file ? ` (config ${file})` : ''}; expected some of ${ids.join(', ')}`)
    const rules: NonNullable<ConfigInput['rules']> = { ...config.rules }
    for (const id of ids) if (!o.only.includes(id)) rules[id] = 'off'
    out.rules = rules
  }
  return out
}

/** The effective config of a file as the linter sees it, defaults filled in (--print-config). */
export function effectiveConfig(config: LoadedConfig): unknown {
  const parsed = ConfigSchema.safeParse(config.input)
  return parsed.success ? parsed.data : config.input
}
