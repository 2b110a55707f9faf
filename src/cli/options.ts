import { Command, InvalidArgumentError, Option } from 'commander'
import { canonicalEncoding } from './detect-encoding.js'
import { DEFAULT_EXTENSIONS, INPUT_FORMATS, type InputFormat } from './inputs/index.js'
import { formatterPath, isBuiltin } from './reporters/custom.js'
import { reporters } from './reporters/index.js'

export interface CliOptions {
  format: string
  output?: string
  inputFormat?: InputFormat
  encoding?: string
  column?: string
  agent: string[]
  config?: string
  configLookup: boolean
  printConfig?: string
  rules?: string[]
  rule: string[]
  profile?: string
  locale?: string
  /** --scorer / --no-scorer: the statistical scorer on or off over the config; undefined leaves it to the config. */
  scorer: boolean | undefined
  ignore: boolean
  ignorePath?: string
  ignorePattern: string[]
  ext: string[]
  errorOnUnmatchedPattern: boolean
  stdin: boolean
  stdinFilename?: string
  listRules: boolean
  init: boolean
  platform?: string
  explain?: string
  quiet: boolean
  maxWarnings?: number
  fix: boolean
  fixDryRun: boolean
  jobs: number | 'auto'
  shard?: { index: number; count: number }
  shardBy: 'file' | 'record'
  cache: boolean
  cacheLocation?: string
  progress: boolean
  color?: boolean
  withPrevious: boolean
  redact: boolean
  fileTimeout?: number
  /** --report-unused-disable-directives (error) or --report-unused-disable-directives-severity. */
  reportUnused?: 'off' | 'info' | 'warning' | 'error'
}

const collect = (value: string, previous: string[] = []) => [...previous, value]
const list = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)]

function integer(min: number) {
  return (value: string) => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer ≥ ${min}`)
    return n
  }
}

function parseShard(value: string) {
  const m = /^(\d+)\/(\d+)$/.exec(value)
  const index = Number(m?.[1])
  const count = Number(m?.[2])
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected i/n with 1 ≤ i ≤ n, e.g. 2/4')
  return { index: index - 1, count }
}

function parseFormat(value: string) {
  if (isBuiltin(value) || formatterPath(value, process.cwd())) return value
  throw new InvalidArgumentError(`Allowed choices are ${Object.keys(reporters).join(', ')}, or a formatter module path or package.`)
}

function parseEncoding(value: string) {
  const name = canonicalEncoding(value)
  if (!name) throw new InvalidArgumentError(`unknown encoding (try utf-8, utf-16le, utf-16be, gb18030, gbk, big5)`)
  return name
}

export function buildProgram(version: string): Command {
  return new Command('kefu-lint')
    .description('Lint customer-service replies (客服话术): canned-reply libraries and chat transcripts.')
    .version(version, '-v, --version')
    .argument('[paths...]', 'files, folders, globs; - reads stdin')
    .option('-f, --format <name>', `report format: ${Object.keys(reporters).join(', ')}, or a formatter module (path or package)`, parseFormat, 'stylish')
    .option('--with-previous', "reports include the customer's turn before each reply (may hold personal data)", false)
    .option('--redact', 'mask phone, ID, card, e-mail and address-like spans in reports', false)
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .addOption(new Option('--input-format <format>', 'read every input as this format instead of detecting it').choices([...INPUT_FORMATS]))
    .option('--encoding <name>', 'decode inputs with this encoding instead of detecting it', parseEncoding)
    .option('--column <name|number>', 'CSV/TSV/XLSX column holding the replies (header name or 1-based number)')
    .option('--agent <name|/regex/>', "transcripts: the agent's name, 主账号 (matches 主账号:子账号) or /regex/; repeatable", collect, [])
    .option('-c, --config <file>', 'use this config file (and run it, if it is code) instead of looking one up')
    .option('--no-config-lookup', 'use no config file but --config (defaults and command-line options only)')
    .option('--print-config <file>', 'print the effective config for a file and exit')
    .option('--rules <ids>', 'run only these rules (comma-separated, repeatable)', list)
    .option('--rule <"id: severity">', "set a rule's severity (off, info, warning, error) over the config; repeatable", collect, [])
    .option('--list-rules', 'list every rule (id, default severity, category, fix) and exit', false)
    .option('--init', 'write a starter .kefulintrc.yaml here (asks profile and platform on a terminal; --profile and --platform answer)', false)
    .addOption(new Option('--platform <name>', 'with --init: the platform the shop sells on').choices(['taobao', 'jd', 'pinduoduo', 'douyin', 'other']))
    .option('--explain <rule>', "print a rule's documentation and exit")
    .addOption(new Option('--profile <name>', 'override the config profile').choices(['marketplace', 'zh-TW', 'strict']))
    .addOption(new Option('--locale <locale>', 'language of messages').choices(['zh', 'en']))
    .option('--scorer', "the statistical scorer's findings for every rule it covers (default: competitor-disparagement and blame-customer; over the config)")
    .option('--no-scorer', 'no statistical additions, over the config')
    .option('--no-ignore', 'do not use .kefulintignore or --ignore-pattern')
    .option('--ignore-path <file>', 'ignore file to use instead of .kefulintignore')
    .option('--ignore-pattern <pattern>', 'ignore files matching this .gitignore-style pattern; repeatable', collect, [])
    .option('--ext <list>', 'extensions searched for in folders (comma-separated)', list)
    .option('--no-error-on-unmatched-pattern', 'a glob or folder with nothing to lint is skipped instead of failing the run')
    .option('--stdin', 'lint what is piped to stdin (same as the path -)', false)
    .option('--stdin-filename <name>', 'name for stdin in reports, format detection and config lookup')
    .option('--quiet', 'report errors only', false)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', integer(0))
    .option('--report-unused-disable-directives', 'report kefu-lint-disable directives that switched nothing off, as errors')
    .addOption(
      new Option('--report-unused-disable-directives-severity <level>', 'report unused directives at this severity (over the config\'s reportUnusedDisableDirectives)').choices(['off', 'info', 'warning', 'error']),
    )
    .option('--fix', 'apply safe fixes to canned-reply libraries in place', false)
    .option('--fix-dry-run', 'print the fixes as a unified diff instead of writing them', false)
    .option('-j, --jobs <n>', 'threads linting in parallel: the main thread and n - 1 workers ("auto": by cores, for large inputs)', (v) => (v === 'auto' ? 'auto' : integer(1)(v)), 'auto')
    .option('--file-timeout <seconds>', 'with --jobs: give up on a file (or part of one) after this long (default 60 s + 10 s per MB)', integer(1))
    .option('--shard <i/n>', 'lint only the i-th of n deterministic parts of the input', parseShard)
    .addOption(new Option('--shard-by <unit>', 'split by file (path hash) or by record (every n-th reply)').choices(['file', 'record']).default('file'))
    .option('--cache', 'reuse results for unchanged files', false)
    .option('--cache-location <path>', 'cache file or folder (default node_modules/.cache/kefu-lint/)')
    .option('--no-progress', 'never show a progress bar')
    .option('--color', 'force colour in the stylish report')
    .option('--no-color', 'never use colour')
    .addHelpText(
      'after',
      `
Input formats (detected from extension and content): ${INPUT_FORMATS.join(', ')}.
Folders are searched for: ${DEFAULT_EXTENSIONS.join(', ')}.
Exit codes: 0 no errors · 1 errors found (or too many warnings) · 2 usage, config or read failure.

Examples:
  kefu-lint 快捷短语.csv replies/
  kefu-lint --format github "library/**/*.{csv,yaml}"
  kefu-lint --agent 某某旗舰店 --format json -o audit.json chats/2024-06-01.txt
  cat replies.txt | kefu-lint -`,
    )
}

export function optionsOf(program: Command): CliOptions {
  const o = program.opts<Record<string, unknown>>()
  return {
    format: o.format as string,
    output: o.output as string | undefined,
    inputFormat: o.inputFormat as InputFormat | undefined,
    encoding: o.encoding as string | undefined,
    column: o.column as string | undefined,
    agent: o.agent as string[],
    config: o.config as string | undefined,
    configLookup: o.configLookup as boolean,
    printConfig: o.printConfig as string | undefined,
    rules: o.rules as string[] | undefined,
    rule: o.rule as string[],
    profile: o.profile as string | undefined,
    locale: o.locale as string | undefined,
    scorer: o.scorer as boolean | undefined,
    ignore: o.ignore as boolean,
    ignorePath: o.ignorePath as string | undefined,
    ignorePattern: o.ignorePattern as string[],
    errorOnUnmatchedPattern: o.errorOnUnmatchedPattern as boolean,
    ext: ((o.ext as string[] | undefined) ?? DEFAULT_EXTENSIONS).map((e) => e.replace(/^\./, '')),
    stdin: o.stdin as boolean,
    stdinFilename: o.stdinFilename as string | undefined,
    listRules: o.listRules as boolean,
    init: o.init as boolean,
    platform: o.platform as string | undefined,
    explain: o.explain as string | undefined,
    quiet: o.quiet as boolean,
    maxWarnings: o.maxWarnings as number | undefined,
    fix: o.fix as boolean,
    fixDryRun: o.fixDryRun as boolean,
    jobs: o.jobs as number | 'auto',
    shard: o.shard as CliOptions['shard'],
    shardBy: o.shardBy as 'file' | 'record',
    cache: o.cache as boolean,
    cacheLocation: o.cacheLocation as string | undefined,
    progress: o.progress as boolean,
    color: o.color as boolean | undefined,
    withPrevious: o.withPrevious as boolean,
    redact: o.redact as boolean,
    fileTimeout: o.fileTimeout as number | undefined,
    ...((o.reportUnusedDisableDirectivesSeverity ?? (o.reportUnusedDisableDirectives ? 'error' : undefined)) !== undefined
      ? { reportUnused: (o.reportUnusedDisableDirectivesSeverity ?? 'error') as NonNullable<CliOptions['reportUnused']> }
      : {}),
  }
}
