import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'
import { loadEnglishSpell } from '../src/node.js'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Session 25, lane ap25 (issue 8): absolute-promise coverage from the domain's own inventory (LANE-ap25.md), by product
 * category. The sentences are ours; the words reach them through the classes under `# --- ap25 ---` in
 * src/vocab/classes.yaml and the constructions marked ap25 in rules/absolute-promise/lexicon.yaml.
 */

// Virtual goods: the platform's risk control decides whether an account is banned or frozen (outcome.account).
describe('absolute-promise: an account outcome of virtual goods', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这个账号放心用，不会被封号的', undefined, '不会被封号', 'error'],
      ['不会哒', '买这个会员会不会被冻结', '不会哒', 'error'],
    ],
    [['这个账号会不会被封？'], ['一般不会被封号，但请勿违规操作']],
  )
})

// A span of use survived by a short outcome (响, 晃) read only right after the span; not a past record (睡了).
describe('absolute-promise: a span of use and a short outcome', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这张沙发坐十年也不会响', undefined, '十年也不会响', 'error'],
      ['實木椅子坐三年都不晃', undefined, '三年都不晃', 'error'],
    ],
    [['这张床我自己睡了十年都不响'], ['正常坐三年都不晃'], ['电话一直响也不会停']],
  )
})

// Used, refurbished or display goods vouched for as like new or flawless (goods.used); not a replacement (补发的), not a
// hedge, not the buyer's check as a condition.
describe('absolute-promise: used goods said to be like new', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这台九五新的相机用起来跟新的一样', undefined, '九五新的相机用起来跟新的一样', 'error'],
      ['官翻的手机一点问题都没有', undefined, '官翻的手机一点问题都没有', 'error'],
    ],
    [
      ['补发的那件跟新的一样，您放心'],
      ['您收到二手机先检查，没有任何问题再确认收货'],
      ['二手的外观跟新的差不多，有轻微使用痕迹'],
      ['您的订单没有任何问题，正常发出'],
    ],
  )
})

// Customs, the courier's arrival with 稳, frozen goods that will not melt, and the taste of a batch.
describe('absolute-promise: customs, 稳到, melting and taste', () => {
  checkKinds(
    'absolute-promise',
    [
      ['走保税仓，清关稳稳的', undefined, '稳稳的', 'error'],
      ['发的顺丰特快，后天稳到', undefined, '稳到', 'error'],
      ['雪糕用干冰发，路上也不会化', undefined, '也不会化', 'error'],
      // The refund after it is the fallback; the taste is still promised.
      ['这批西瓜保证个个沙瓤，不沙包退', undefined, '保证', 'error'],
    ],
    [
      ['清关需要提供身份证号'],
      ['清关一般三到五天'],
      ['把箱子放稳到位就行'],
      ['我们不会化妆，没法帮您试色'],
      ['冷链发货一般不会化'],
      ['这批西瓜不甜的话可以申请退款'],
    ],
  )
})

// What the goods are (千足金, 真皮, 原装) vouched for with 是: the shop's own goods, its policy (info).
describe('absolute-promise: the shop vouching for what its goods are made of', () => {
  checkKinds(
    'absolute-promise',
    [
      ['我们这款保证是千足金的', undefined, '保证', 'info'],
      ['这个包绝对是头层牛皮的，假一赔三', undefined, '绝对', 'info'],
      // An outcome in the same breath is still promised.
      ['保证纯棉，洗了不缩水', undefined, '保证', 'error'],
    ],
    [],
  )
})

// Second pass over the inventory: a knock on the way (不会磕碰, 磕碰是不可能的), 没有任何悬念, a batch sure to be ripe or alive
// (包熟, 包活), a performance figure vouched for (续航十小时妥妥的), and an emphatic no before a short outcome (一点都不卡,
// 完全不透). Not 包活动 (a package deal), not hedged, not the customer's words repeated.
describe('absolute-promise: knocks, batches, performance and emphatic short outcomes', () => {
  checkKinds(
    'absolute-promise',
    [
      ['泡沫箱加护角，路上不会磕碰的', undefined, '不会磕碰', 'error'],
      ['包了三层气泡膜，磕碰是不可能的', undefined, '磕碰是不可能的', 'error'],
      ['元旦前收到没有任何悬念', undefined, '没有任何悬念', 'error'],
      ['这箱芒果包熟', undefined, '包熟', 'error'],
      ['鲜虾冷链发，包活', undefined, '包活', 'error'],
      ['这台笔记本续航十小时妥妥的', undefined, '妥妥的', 'error'],
      ['这块显卡玩大型游戏一点都不卡', undefined, '一点都不卡', 'error'],
      ['加厚的白T，完全不透', undefined, '完全不透', 'error'],
    ],
    [
      ['这个包活动价很划算'],
      ['路上一般不会磕碰'],
      ['运输中难免有磕碰，收到请检查'],
      ['一般一点都不卡'],
      ['您说一点都不响是吗'],
      ['续航十小时左右，看使用情况'],
      ['芒果要放两天才熟'],
    ],
  )
})

// The hedge for an emphatic denial replaces the emphasis (一点都不卡 → 一般不卡).
describe('absolute-promise (ap25): where the hedge goes', () => {
  const lint = (text: string) => linterFor('absolute-promise').lint(text).messages
  it.each([
    ['这块显卡玩大型游戏一点都不卡', '这块显卡玩大型游戏一般不卡'],
    ['戴一天一点儿也不勒', '戴一天一般不勒'],
  ])('%s', (text, preview) => {
    expect(lint(text).some((m) => m.message.includes(`例如「${preview}」`))).toBe(true)
  })
})

// Effort before 保证 (尽量保证, 尽力保证) is the shop trying, not guaranteeing; the flawlessness of used goods ruled out after it
// (没有任何问题是不可能的) is no promise; quotations of a promise stay clean.
describe('absolute-promise (ap25): effort, a ruled-out flawlessness, and quotations', () => {
  checkKinds(
    'absolute-promise',
    [['我们保证明天送到', undefined, '保证', 'error']],
    [
      ['我们会尽量保证明天送到'],
      ['仓库会尽力保证不延误'],
      ['二手市场上的车没有任何问题是不可能的'],
      ['您看到的“不掉色，放心穿”是详情页的宣传语吗？'],
      ['详情页写着“二手跟新的一样”，这个说法我们会改'],
      ['请您放心，保证金会原路退回'],
      ['别担心，不起球的话说明面料好'],
    ],
  )
})

// Every rewrite these findings offer re-lints clean under all rules (error and warning).
describe('absolute-promise (ap25): the suggested rewrites re-lint clean', () => {
  const all = createLinter({ spell: loadEnglishSpell() })
  const cases: Array<[string, string | undefined]> = [
    ['这个账号放心用，不会被封号的', undefined],
    ['不会哒', '买这个会员会不会被冻结'],
    ['这张沙发坐十年也不会响', undefined],
    ['实木椅子坐三年都不晃', undefined],
    ['这台九五新的相机用起来跟新的一样', undefined],
    ['官翻的手机一点问题都没有', undefined],
    ['走保税仓，清关稳稳的', undefined],
    ['发的顺丰特快，后天稳到', undefined],
    ['雪糕用干冰发，路上也不会化', undefined],
    ['这批西瓜保证个个沙瓤，不沙包退', undefined],
    ['泡沫箱加护角，路上不会磕碰的', undefined],
    ['元旦前收到没有任何悬念', undefined],
    ['这箱芒果包熟', undefined],
    ['这台笔记本续航十小时妥妥的', undefined],
    ['这块显卡玩大型游戏一点都不卡', undefined],
    ['加厚的白T，完全不透', undefined],
    ['戴一天一点儿也不勒', undefined],
  ]
  it.each(cases)('%s', (text, previous) => {
    const opts = previous === undefined ? undefined : { previous }
    const found = all.lint(text, opts).messages.filter((m) => m.ruleId === 'absolute-promise' && m.severity !== 'info')
    expect(found.length).toBeGreaterThan(0)
    for (const m of found) {
      const preview = /例如「(.*)」/.exec(m.message)?.[1]
      expect(preview).toBeTruthy()
      const again = all.lint(preview!, opts).messages.filter((x) => x.severity !== 'info')
      expect(again.map((x) => `${x.ruleId}:${x.actual}`)).toEqual([])
    }
  })
})
