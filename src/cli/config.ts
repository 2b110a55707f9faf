import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { builtinRules, checkPlugins, ConfigError, ConfigSchema, createLinter, defaultCompileCacheDir, fileCompileCache, type CompileCache, type ConfigInput, type Linter, type RuleDefinition, type Severity } from '../node.js'
import { effectiveSeverity } from '../config/schema.js'
import { DEFAULT_SCORED_RULES } from '../scorer/index.js'
import { UsageError } from './errors.js'

/**
 * Configuration files. In one folder the first of these that exists is used (package.json only
 * with a `kefulint` key). Which folders are searched, and which configs may run code, is decided
 * by ConfigResolver (see `find`).
 */
export const CONFIG_NAMES = ['.kefulintrc', '.kefulintrc.json', '.kefulintrc.yaml', '.kefulintrc.yml', 'kefulint.config.mjs', 'package.json']

/** Settings the command line lays over every config file. */
export interface Overrides {
  /** --rules: run only these rule ids. */
  only?: string[]
  profile?: string
  locale?: string
  /** --scorer / --no-scorer: the statistical scorer on or off, whatever the config says. */
  scorer?: boolean
  /** --rule 'id: severity', in the order given (a later one wins). */
  severities?: [id: string, level: 'off' | 'info' | 'warning' | 'error'][]
}

export interface LoadedConfig {
  /** Absolute path of the file it came from; undefined for the built-in defaults. */
  file: string | undefined
  /** What is handed to createLinter (file config with the overrides laid over it). */
  input: ConfigInput
  plugins: RuleDefinition[]
  /** Identity of the effective config, for the linter cache and the result cache. */
  key: string
  /** Severity of directives that switched nothing off (`reportUnusedDisableDirectives`); absent: off. */
  reportUnusedDisableDirectives?: Severity | 'off'
}

/** Where configs are looked for: from the working directory, or not at all (--no-config-lookup). */
export interface Lookup {
  cwd: string
  enabled: boolean
  /** Told once per config file that the lookup passed over, and why. */
  warn: (message: string) => void
}

let compileCache: CompileCache | undefined

/**
 * The compiled-linter cache every linter of this process (and of each --jobs worker) reads and
 * writes: defaultCompileCacheDir() (README, "Start-up and the compile cache"; off with
 * KEFU_LINT_COMPILE_CACHE=0). KEFU_LINT_DEBUG=compile-cache prints what came of each look-up.
 */
export function cliCompileCache(): CompileCache {
  if (!compileCache) {
    const debug = /(^|,)compile-cache(,|$)/.test(process.env.KEFU_LINT_DEBUG ?? '')
    compileCache = fileCompileCache({
      dir: defaultCompileCacheDir(),
      onEvent: debug ? (e) => process.stderr.write(`kefu-lint: compile cache ${e.type}${e.reason ? ` (${e.reason})` : ''}: ${e.file}\n`) : undefined,
    })
  }
  return compileCache
}

const isCode = (file: string) => file.endsWith('.mjs') || file.endsWith('.js')

/** The config runs code of its own (a JS config, plugins): it may hang or run out of memory. */
export const runsCode = (config: LoadedConfig): boolean => config.plugins.length > 0 || (config.file !== undefined && isCode(config.file))

export class ConfigResolver {
  private readonly byDir = new Map<string, Promise<string | undefined>>()
  private readonly loaded = new Map<string, Promise<LoadedConfig>>()
  private readonly linters = new Map<string, Linter>()
  private readonly warned = new Set<string>()

  constructor(
    private readonly explicit: string | undefined,
    private readonly overrides: Overrides,
    private readonly lookup?: Lookup,
  ) {}

  /** The config for a file (or, for stdin, for a folder's `<stdin>` entry). */
  async forFile(path: string): Promise<LoadedConfig> {
    if (this.explicit) return this.fromFile(resolve(this.explicit))
    if (!this.lookup?.enabled) return this.fromFile(undefined)
    // A file outside the working directory brings no config of its own: it gets the working
    // directory's, so linting someone else's folder never reads (or runs) what lies beside it.
    const dir = dirname(resolve(path))
    return this.fromFile(await this.find(within(this.lookup.cwd, dir) ? dir : this.lookup.cwd))
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
        linter = createLinter(config.input, { plugins: config.plugins, compileCache: cliCompileCache() })
      } catch (e) {
        if (e instanceof ConfigError) throw new UsageError(`${config.file ?? 'command line'}: ${e.message}`)
        throw e
      }
      this.linters.set(config.key, linter)
    }
    return linter
  }

  /**
   * The nearest usable config from `dir` upward. Inside the working directory the nearest
   * config file wins, except that code (`kefulint.config.mjs`) runs only from the working
   * directory itself: one in a folder being linted is passed over with a warning (`--config`
   * runs it). Above the working directory only a data config marked `root: true` is used, so a
   * stray config in a parent folder cannot silently change results; code never runs from there.
   */
  private find(dir: string): Promise<string | undefined> {
    let found = this.byDir.get(dir)
    if (!found) {
      found = this.findUncached(dir)
      this.byDir.set(dir, found)
    }
    return found
  }

  private async findUncached(dir: string): Promise<string | undefined> {
    const { cwd } = this.lookup!
    const candidate = configIn(dir)
    if (candidate) {
      const inside = within(cwd, dir)
      if (isCode(candidate)) {
        if (dir === resolve(cwd)) return candidate
        this.warnOnce(candidate, `${candidate}: not loaded: a config that runs code is only read from the working directory or given with --config`)
      } else if (inside) {
        return candidate
      } else if ((await readConfigFile(candidate)).root === true) {
        return candidate
      } else {
        this.warnOnce(candidate, `${candidate}: not used: a config above the working directory needs \`root: true\``)
      }
    }
    const parent = dirname(dir)
    return parent === dir ? undefined : this.find(parent)
  }

  private warnOnce(file: string, message: string): void {
    if (this.warned.has(file)) return
    this.warned.add(file)
    this.lookup!.warn(message)
  }

  private async load(file: string | undefined): Promise<LoadedConfig> {
    const raw = file ? await readConfigFile(file) : {}
    const { plugins: declared = [], root, reportUnusedDisableDirectives: unused, ...rest } = raw as ConfigInput & { plugins?: unknown; root?: unknown; reportUnusedDisableDirectives?: unknown }
    if (root !== undefined && typeof root !== 'boolean') throw new UsageError(`${file}: root: expected true or false, got ${JSON.stringify(root)}`)
    const reportUnused = unusedSeverity(unused, file)
    let plugins: RuleDefinition[]
    try {
      plugins = checkPlugins(declared, builtinRules)
    } catch (e) {
      if (e instanceof ConfigError) throw new UsageError(`${file}: ${e.message}`)
      throw e
    }
    const input = applyOverrides(rest as ConfigInput, this.overrides, plugins, file)
    const hash = createHash('sha256').update(JSON.stringify(input))
    // Code in an .mjs config, and every module it imports (plugins), decides results too.
    // Loaded only for a code config: es-module-lexer instantiates its WebAssembly (16 MB of
    // external memory, which V8's GC heuristics count) as soon as it is imported.
    if (file && isCode(file)) hash.update(await (await import('./module-graph.js')).moduleGraphHash(file))
    if (reportUnused) hash.update(`unused:${reportUnused}`)
    return { file, input, plugins, key: hash.digest('hex').slice(0, 16), ...(reportUnused ? { reportUnusedDisableDirectives: reportUnused } : {}) }
  }
}

/** `reportUnusedDisableDirectives`: a severity, `off`, or true (error) / false (off), as ESLint takes it. */
function unusedSeverity(value: unknown, file: string | undefined): Severity | 'off' | undefined {
  if (value === undefined) return undefined
  if (value === true) return 'error'
  if (value === false) return 'off'
  if (value === 'off' || value === 'info' || value === 'warning' || value === 'error') return value
  throw new UsageError(`${file}: reportUnusedDisableDirectives: expected "off", "info", "warning", "error", true or false, got ${JSON.stringify(value)}`)
}

/** Whether `dir` is `root` or inside it. */
function within(root: string, dir: string): boolean {
  const rel = relative(resolve(root), dir)
  return !isAbsolute(rel) && rel.split(sep)[0] !== '..'
}

/** The config file of one folder, if any. */
function configIn(dir: string): string | undefined {
  for (const name of CONFIG_NAMES) {
    const candidate = join(dir, name)
    if (!existsSync(candidate)) continue
    if (name === 'package.json' && !hasKefulintKey(candidate)) continue
    return candidate
  }
  return undefined
}

function hasKefulintKey(file: string): boolean {
  try {
    return Object.hasOwn(JSON.parse(readFileSync(file, 'utf8')) as object, 'kefulint')
  } catch {
    return false
  }
}

/**
 * JSON.parse, with a syntax error placed as `file:line:column` (V8 names the offset; the line
 * and column are counted here) so an editor can jump to it.
 */
function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (e) {
    const message = (e as Error).message
    const at = /at position (\d+)/.exec(message)
    if (!at) throw e
    const before = text.slice(0, Number(at[1]))
    const line = before.split('\n').length
    const column = before.length - before.lastIndexOf('\n')
    const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '')
    throw new UsageError(`${file}:${line}:${column}: invalid JSON: ${reason}`)
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
      if (name === 'package.json') value = (parseJson(text, file) as { kefulint?: unknown }).kefulint
      else if (name.endsWith('.json')) value = parseJson(text, file)
      // .kefulintrc may be JSON or YAML; YAML reads both.
      else value = parseYaml(text) ?? {}
    }
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError(`${file}: cannot read config: ${(e as Error).message}`)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`${file}: a config must be an object`)
  return value as Record<string, unknown>
}

function applyOverrides(config: ConfigInput, o: Overrides, plugins: RuleDefinition[], file: string | undefined): ConfigInput {
  const out: ConfigInput = { ...config }
  if (o.profile) out.profile = o.profile as ConfigInput['profile']
  if (o.locale) out.locale = o.locale as ConfigInput['locale']
  if (o.scorer !== undefined) out.scorer = o.scorer
  if (o.only) {
    const ids = [...builtinRules, ...plugins].map((r) => r.meta.id).concat((config.custom ?? []).map((c) => c.id))
    const unknown = o.only.filter((id) => !ids.includes(id))
    if (unknown.length) throw new UsageError(`--rules: unknown rule ${unknown.join(', ')}${file ? ` (config ${file})` : ''}; expected some of ${ids.join(', ')}`)
    const rules: NonNullable<ConfigInput['rules']> = { ...config.rules }
    for (const id of ids) if (!o.only.includes(id)) rules[id] = 'off'
    out.rules = rules
  }
  if (o.severities?.length) {
    const ids = [...builtinRules, ...plugins].map((r) => r.meta.id).concat((config.custom ?? []).map((c) => c.id))
    const rules: NonNullable<ConfigInput['rules']> = { ...out.rules }
    for (const [id, level] of o.severities) {
      if (!ids.includes(id)) throw new UsageError(`--rule: unknown rule ${id}${file ? ` (config ${file})` : ''}; expected one of ${ids.join(', ')}`)
      const current = rules[id]
      // A rule configured with options keeps them; only its severity changes.
      rules[id] = current && typeof current === 'object' ? { ...current, severity: level } : level
    }
    out.rules = rules
  }
  return out
}

/** Parses one --rule value, `id: severity` (`absolute-promise: error`). */
export function parseRuleOption(value: string): [string, 'off' | 'info' | 'warning' | 'error'] {
  const m = /^\s*([^\s:]+)\s*:\s*(off|info|warning|error)\s*$/.exec(value)
  if (!m) throw new UsageError(`--rule ${JSON.stringify(value)}: expected 'rule-id: severity' with severity off, info, warning or error (e.g. --rule 'absolute-promise: error')`)
  return [m[1]!, m[2] as 'off' | 'info' | 'warning' | 'error']
}

/**
 * The effective config of a file as the linter sees it, defaults filled in (--print-config):
 * `rules` names every rule (built-in, custom, plugin) with the severity it runs at (`off` when
 * it does not run), from the profile, the config and the command line. It is a valid config.
 */
export function effectiveConfig(config: LoadedConfig, linter: Linter): unknown {
  const parsed = ConfigSchema.safeParse(config.input)
  if (!parsed.success) return config.input
  const rules: Record<string, unknown> = {}
  for (const def of linter.config.definitions) {
    const id = def.meta.id
    const given = parsed.data.rules[id]
    const level = effectiveSeverity(linter.config.rules.get(id)?.level, def.meta.defaultSeverity) ?? 'off'
    rules[id] = given && typeof given === 'object' ? { ...given, severity: level } : level
  }
  // The scorer is shown only when it differs from its default (the printed config stays as before).
  const { scorer, ...rest } = parsed.data
  const isDefault = Array.isArray(scorer) && scorer.join('\n') === DEFAULT_SCORED_RULES.join('\n')
  return { ...rest, rules, ...(isDefault ? {} : { scorer }) }
}
