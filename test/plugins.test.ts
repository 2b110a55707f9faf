import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, createLinter, defineRule, type RuleDefinition } from '../src/index.js'
import { buildOnce, cli, ROOT } from './cli-support.js'

/** Plugins: plain lexicons, checked shapes and ids, fenced hooks, and the README's example run for real. */

const meta = (id: string) => ({
  id,
  category: 'custom' as const,
  description: { zh: '不催单', en: 'No pressure to buy' },
  defaultSeverity: 'warning' as const,
  fixable: false,
})

const noHardSell = defineRule({ meta: meta('shop/no-hard-sell'), lexicon: { entries: [{ phrases: ['赶紧下单'], expected: ['喜欢的话可以下单'] }] } })
const brief = (messages: readonly { ruleId: string; severity: string; start: number; end: number; message: string }[]) =>
  messages.map((m) => `${m.start}-${m.end} ${m.severity} ${m.ruleId} ${m.message}`)

describe('defineRule', () => {
  it('takes a plain lexicon: rule and message come from meta', () => {
    expect(noHardSell.lexicon.rule).toBe('shop/no-hard-sell')
    const { messages } = createLinter({}, { plugins: [noHardSell] }).lint('亲赶紧下单吧')
    expect(brief(messages)).toEqual(['1-5 warning shop/no-hard-sell 「赶紧下单」：不催单'])
    expect(messages[0]!.expected).toEqual(['喜欢的话可以下单'])
  })

  it('validates a plain lexicon when the rule is defined, naming the rule and the field', () => {
    expect(() => defineRule({ meta: meta('shop/empty'), lexicon: { entries: [] } })).toThrow(
      'Invalid lexicon of rule shop/empty:\nlexicon.entries: Too small: expected array to have >=1 items (got [])',
    )
  })
})

describe('plugins given to createLinter', () => {
  const plugin = (id: string, hooks: ReturnType<NonNullable<RuleDefinition['create']>>) =>
    defineRule({ meta: meta(id), lexicon: { entries: [{ phrases: ['亲'] }] }, create: () => hooks })

  it('a plugin that is not a rule is a ConfigError naming it', () => {
    expect(() => createLinter({}, { plugins: [{} as RuleDefinition] })).toThrow(ConfigError)
    expect(() => createLinter({}, { plugins: [{} as RuleDefinition] })).toThrow(
      'Invalid kefu-lint plugin:\nplugins.0: expected a rule made with defineRule({ meta: { id, category, description: { zh, en }, defaultSeverity, fixable }, lexicon: { entries: [{ phrases: [...] }] } }) (got {})',
    )
  })

  it('a plugin reusing a built-in id (or another plugin\'s) is a ConfigError, not a silent replacement', () => {
    const impostor = { ...noHardSell, meta: { ...noHardSell.meta, id: 'absolute-promise' } }
    expect(() => createLinter({}, { plugins: [impostor] })).toThrow(
      'Invalid kefu-lint plugin:\nplugins.0.meta.id: "absolute-promise" is already a built-in rule\'s id; a plugin cannot replace a rule, choose a new id such as "shop/absolute-promise"',
    )
    expect(() => createLinter({}, { plugins: [noHardSell, noHardSell] })).toThrow('plugins.1.meta.id: "shop/no-hard-sell" is already plugins.0\'s id')
  })

  it('a throwing judge, scan or finalize never escapes lint() or fix(): it is an error of that plugin on the reply', () => {
    const linter = createLinter(
      {},
      {
        plugins: [
          plugin('shop/judge', { judge: () => { throw new Error('judge broke') } }),
          plugin('shop/scan', { scan: () => { throw new TypeError('scan broke') } }),
          plugin('shop/finalize', { finalize: () => { throw 'finalize broke' } }),
        ],
      },
    )
    const failed = (id: string, reason: string) => `0-0 error ${id} 插件规则 ${id} 处理这条回复时出错：${reason}`
    // Each plugin's lexicon finds 亲; a rule that broke on a reply reports its failure instead of findings.
    expect(brief(linter.lint('亲，明天肯定到').messages)).toEqual([
      '4-6 error absolute-promise 「肯定」是绝对化承诺，而结果不在店铺掌控之内（物流、效果、尺码、个人体质等），建议改为「预计」、「一般」，例如「明天预计到」。',
      failed('shop/judge', 'judge broke'),
      failed('shop/scan', 'scan broke'),
      failed('shop/finalize', 'finalize broke'),
    ])
    const fixed = linter.fix('亲，灰常好')
    expect(fixed.output).toBe('亲，非常好')
    expect(brief(fixed.messages)).toEqual([failed('shop/judge', 'judge broke'), failed('shop/scan', 'scan broke'), failed('shop/finalize', 'finalize broke')])
    // The next reply starts clean: the hooks run (and fail) again only where they are reached.
    expect(brief(linter.lint('欢迎光临').messages)).toEqual([failed('shop/scan', 'scan broke')])
  })

  it('a plugin scan keeps its gates: scanWhen (pattern or function) and scanWhenCues decide where it runs', () => {
    const seen: string[] = []
    const scan = (tag: string) => (ctx: { text: string }) => {
      seen.push(`${tag}:${ctx.text}`)
      return []
    }
    const gated = (id: string, hooks: ReturnType<NonNullable<RuleDefinition['create']>>, cues?: Record<string, string[]>) =>
      defineRule({ meta: meta(id), lexicon: { entries: [{ phrases: ['赶紧下单'] }], ...(cues ? { cues } : {}) }, create: () => hooks })
    const linter = createLinter(
      {},
      {
        plugins: [
          gated('shop/latin', { scan: scan('latin'), scanWhen: /[a-z]/ }),
          gated('shop/digits', { scan: scan('digits'), scanWhen: (text) => /[0-9]/.test(text) }),
          gated('shop/cued', { scan: scan('cued'), scanWhenCues: ['parcel'] }, { parcel: ['快递'] }),
        ],
      },
    )
    for (const text of ['欢迎光临', 'abc', '123', '快递到了']) linter.lint(text)
    expect(seen).toEqual(['latin:abc', 'digits:123', 'cued:快递到了'])
  })

  it('a plugin scanWhen that throws is that plugin\'s error on the reply; its scan still runs, other rules are untouched', () => {
    let scanned = 0
    const linter = createLinter(
      {},
      {
        plugins: [
          defineRule({
            meta: meta('shop/gate'),
            lexicon: { entries: [{ phrases: ['赶紧下单'] }] },
            create: () => ({
              scanWhen: () => {
                throw new Error('gate broke')
              },
              scan: () => {
                scanned++
                return []
              },
            }),
          }),
        ],
      },
    )
    expect(brief(linter.lint('明天肯定到').messages)).toEqual([
      '2-4 error absolute-promise 「肯定」是绝对化承诺，而结果不在店铺掌控之内（物流、效果、尺码、个人体质等），建议改为「预计」、「一般」，例如「明天预计到」。',
      '0-0 error shop/gate 插件规则 shop/gate 处理这条回复时出错：gate broke',
    ])
    expect(scanned).toBe(1)
  })

  it('a throwing create is a ConfigError naming the rule', () => {
    const broken = defineRule({ meta: meta('shop/broken'), lexicon: { entries: [{ phrases: ['亲'] }] }, create: () => { throw new Error('no options') } })
    expect(() => createLinter({}, { plugins: [broken] })).toThrow(new ConfigError('plugin rule shop/broken: create() threw: no options'))
  })
})

describe('plugins in a kefulint.config.mjs', () => {
  beforeAll(buildOnce, 180_000)

  it('plugins: [{}] is one clear line naming the config file (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-plugin-'))
    writeFileSync(join(dir, 'kefulint.config.mjs'), 'export default { plugins: [{}] }\n')
    writeFileSync(join(dir, 'replies.txt'), '亲\n')
    const r = cli(['replies.txt', '--rules', 'absolute-promise'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      `kefu-lint: ${join(dir, 'kefulint.config.mjs')}: Invalid kefu-lint plugin:\nplugins.0: expected a rule made with defineRule({ meta: { id, category, description: { zh, en }, defaultSeverity, fixable }, lexicon: { entries: [{ phrases: [...] }] } }) (got {})\n`,
    )
  })

  it('the README example runs as printed there', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('### Plugins'))
    const config = /```js\n([\s\S]*?)```/.exec(section)![1]!
    const shell = /```sh\n\$ (.*)\n([\s\S]*?)```/.exec(section)!
    // Inside the repository, so the example's `import … from 'kefu-lint'` is the package itself.
    const dir = join(ROOT, 'tmp', `readme-plugin-${process.pid}`)
    mkdirSync(dir, { recursive: true })
    try {
      writeFileSync(join(dir, 'kefulint.config.mjs'), config)
      expect(shell[1]).toBe("printf '亲，赶紧下单吧\\n要不要快点拍？\\n' > replies.txt && npx kefu-lint replies.txt")
      writeFileSync(join(dir, 'replies.txt'), '亲，赶紧下单吧\n要不要快点拍？\n')
      const r = cli(['replies.txt'], { cwd: dir })
      expect(r.stderr).toBe('')
      expect(r.stdout).toBe(shell[2])
      expect(r.code).toBe(0)
      // The same rule through the API.
      const { default: exported } = (await import(pathToFileURL(join(dir, 'kefulint.config.mjs')).href)) as { default: { plugins: RuleDefinition[] } }
      const linter = createLinter({}, { plugins: exported.plugins })
      expect(brief(linter.lint('亲，赶紧下单吧').messages)).toEqual(['2-6 warning shop/no-hard-sell 「赶紧下单」有催单的意味，可改为「喜欢的话可以下单」。'])
      expect(linter.lint('要不要快点拍？').messages).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
