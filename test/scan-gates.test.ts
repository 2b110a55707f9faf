import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { builtinRules } from '../src/index.js'
import { createLinter } from '../src/linter.js'
import type { RuleDefinition } from '../src/types.js'
import { makeCorpus } from '../bench/corpus.mjs'

/**
 * A rule's `scanWhen` / `scanWhenCues` only say when its scan may skip a reply: they must never
 * hide a finding. The same replies linted with every gate removed give the same messages.
 */
const ungated: RuleDefinition[] = builtinRules.map((rule) => ({
  ...rule,
  create: rule.create
    ? (options, env) => {
        const { scanWhen: _when, scanWhenCues: _cues, ...hooks } = rule.create!(options, env)
        return hooks
      }
    : undefined,
}))

const gatedLinter = createLinter(undefined, builtinRules)
const ungatedLinter = createLinter(undefined, ungated)
const same = (text: string, previous?: string) => {
  const options = previous === undefined ? undefined : { previous }
  expect(gatedLinter.lint(text, options).messages, text).toEqual(ungatedLinter.lint(text, options).messages)
}

describe('scan gates', () => {
  it('are set on the scans that used to run on every reply', () => {
    for (const id of ['off-platform', 'privacy-leak', 'curt-reply', 'internet-slang']) {
      const hooks = builtinRules.find((r) => r.meta.id === id)!.create!(gatedLinter.config.rules.get(id)!.options, { profile: 'marketplace', spell: undefined })
      expect(hooks.scanWhen ?? hooks.scanWhenCues, id).toBeDefined()
    }
  })

  it('hide nothing on what each scan looks for, written as it is typed in chats', () => {
    const cases = [
      // off-platform: a spelling split or disguised, an account after its channel, a verb and its
      // target apart, contact details described, the agent's own page
      '有问题可以加我微 信细聊', '加我魏信吧', '扣扣 8 8 6 2 3 4 1 0 9', 'qq12345678找我', 'vx：kefu_mei',
      '售后这边麻烦您加一下我们店长哈', '尾款直接转到我的支付宝账户就行', '群号在店铺首页图片里', '戳我主页签名，那里有我的联系方式',
      // privacy-leak: a phone, an e-mail, an address, another buyer's data
      '您的手机号13812345678已登记', '发到kefu_mei@163.com', '寄到北京市朝阳区建国路88号', '上一位顾客她住朝阳区那边',
      // curt-reply: a refusal by repetition, take it or leave it, told how many times
      '没有就是没有', '爱买不买', '我都说了三遍了',
      // internet-slang: Latin tokens
      'yyds这款', 'xswl哈哈',
      // none of the above
      '好的亲，稍等', '这款是纯棉的哦',
    ]
    for (const text of cases) same(text)
  })

  it('hide nothing on the dev pool and on the bench corpus', () => {
    const dir = new URL('../fixtures/eval/', import.meta.url)
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
      for (const line of readFileSync(new URL(name, dir), 'utf8').split('\n')) {
        if (!line.trim()) continue
        const c = JSON.parse(line) as { text: string; previous?: string }
        same(c.text, c.previous)
      }
    }
    for (const text of makeCorpus(10_000, 7)) same(text)
  })
})
