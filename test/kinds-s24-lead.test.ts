import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Session 24 (twentieth working session), the lead. Two kinds read off set AK at first sight.
 *
 * 1. Word boundary: 保 ending a noun (价保 price protection, 质保 warranty, 医保, 社保, 延保…) followed by 您/你
 *    is not the promise verb 保您 (保您满意); the buyer is the next words' subject.
 */
describe('absolute-promise: 保 ending a noun before 您 is no 保您', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这个尺码保您穿着合身', undefined, '保您', 'error'],
      ['管保你用了不起球', undefined, '管保', 'error'],
      ['我担保您穿着不闷脚', undefined, '担保', 'error'],
      // 确保 is a purpose as often as a promise (为确保…): the outcome it names is what is reported.
      ['我们确保您明天就能收到', undefined, '明天就能收到', 'error'],
    ],
    [
      ['价保您在订单详情里自己点申请就行'],
      ['医保您这边可以直接刷，不用先垫钱'],
      ['質保你拿發票去專櫃就可以'],
      ['延保您下单时勾选一下就有了'],
      ['社保你问一下单位人事哈'],
    ],
  )

  // The softened verb before the buyer makes the buyer's outcome its aim: 争取让您…, not 一般都您… / 争取您….
  it.each([
    ['我保证您明天就能收到', '保证'],
    ['管保您用着顺手', '管保'],
  ])('%s → 争取让您…', (text, actual) => {
    const m = linterFor('absolute-promise').lint(text).messages.find((x) => x.actual === actual)
    expect(m?.expected).toEqual(['争取让', '尽量让'])
  })
})

/**
 * 2. Rewrites of a certainty word said as a clause of its own (明天能到，绝对 / …，肯定的): a hedge in its
 *    place (…，一般都) says nothing, so the example drops the clause and shows what the reply then says —
 *    the clause before, with that clause's own rewrite when it promises too. When the word is all the reply
 *    says, the message asks for a hedged answer instead of showing an empty example 「」.
 */
describe('absolute-promise: a certainty word as a clause of its own', () => {
  const lint = (text: string) => linterFor('absolute-promise').lint(text).messages
  it.each([
    ['尺码是按标准做的，偏差不大的，百分百', '百分百', '「百分百」是绝对化承诺，建议删去，例如「偏差不大的」。'],
    ['这批货下午就安排出库，肯定的', '肯定', '「肯定」是绝对化承诺，建议删去，例如「这批货下午就安排出库」。'],
    ['面料是纯棉的 绝对的', '绝对', '「绝对」是绝对化承诺，建议删去，例如「面料是纯棉的」。'],
    [
      '肯定',
      '肯定',
      '「肯定」是绝对化承诺，建议换成留有余地的说法，例如「一般」、「尽量」，并说明接下来怎么处理。',
    ],
  ])('%s', (text, actual, message) => {
    const m = lint(text).filter((x) => x.actual === actual)
    expect(m.map((x) => [x.message, x.expected])).toEqual([[message, []]])
  })

  it('carries the rewrite of the promise before it (后天能到，绝对)', () => {
    const ms = lint('这个包裹后天一定到，绝对')
    expect(ms.map((x) => [x.actual, x.severity, x.message])).toEqual([
      ['一定', 'error', '「一定」是绝对化承诺，而结果不在店铺掌控之内（物流、效果、尺码、个人体质等），建议改为「预计」、「一般」，例如「这个包裹后天预计到」。'],
      ['绝对', 'warning', '「绝对」是绝对化承诺，建议删去，例如「这个包裹后天预计到」。'],
    ])
  })

  it('shows the clause after when nothing comes before (肯定的，…)', () => {
    const m = lint('肯定的 这个批次周三之前都会出库').find((x) => x.actual === '肯定')
    expect(m?.message).toBe('「肯定」是绝对化承诺，建议删去，例如「这个批次周三之前都会出库」。')
  })

  it('keeps the hedge where the word modifies the rest of its clause', () => {
    const m = lint('这款绝对不掉色，放心买').find((x) => x.actual === '绝对')
    expect(m?.expected).toEqual(['一般', '正常情况下'])
  })
})

/**
 * 3. The problem declared solved under a reassurance (您放心，我们会帮您处理好): the example puts the shop's
 *    own doing in place of the solved outcome (…会帮您尽快处理), not a hedge in front of 您放心 (一般您放心).
 */
describe('absolute-promise: a solved outcome gives way to the shop doing the work', () => {
  const lint = (text: string) => linterFor('absolute-promise').lint(text).messages
  it.each([
    ['您放心，这件事我们会给您解决好', '这件事我们会给您尽快处理'],
    ['放心吧亲，售后这边会帮您弄好的', '售后这边会帮您尽快处理的'],
  ])('%s', (text, preview) => {
    const ms = lint(text)
    expect(ms.some((m) => m.message.includes(`例如「${preview}」`))).toBe(true)
  })
})

/**
 * 4. 肯定 after 的: the noun, the approval someone gives (感谢您对我们服务的肯定), only when nothing is predicated
 *    after it or a person owns it; after a clause made a noun (我们寄的肯定不会漏) it is the adverb and promises.
 */
describe('absolute-promise: 的 + 肯定, the approval or the adverb', () => {
  checkKinds(
    'absolute-promise',
    [
      ['仓库打包的肯定不会压坏', undefined, '肯定', 'error'],
      ['咱家卖的肯定合身，按尺码表拍就行', undefined, '肯定', 'error'],
      ['這批寄出的肯定不會漏液', undefined, '肯定', 'error'],
    ],
    [
      ['谢谢您对我们包装的肯定'],
      ['您的肯定是我们最大的动力'],
      ['感谢老顾客一直以来的肯定和支持，我们会继续努力'],
      ['这是对我们售后最大的肯定！'],
    ],
  )
})
