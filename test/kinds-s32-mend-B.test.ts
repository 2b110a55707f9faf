import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'
import { brief, checkKinds } from './support/harness.js'

/**
 * Session 32, mend B: the reviewer's findings 3, 4, 6, 7, 11 on the merged diff. The sentences are ours. Each row names the
 * rule, the span and the severity; a pass row is clean for that rule (or, last block, for every rule).
 */

// 3. Words of dictated text (卡片, 写, 内容) introduce a quotation only after a colon (卡片上写：“…”); without it the quoted
//    words are the agent's own, and every rule reads them.
describe('mention: dictated text only after a colon', () => {
  checkKinds('off-platform', [['小卡片“加微信领优惠”，扫码就行', undefined, '加微信', 'error']], [])
  checkKinds('exaggeration', [['宣传页写“全网最低价”，您放心下单', undefined, '全网最低价', 'warning']], [])
  checkKinds('absolute-promise', [['标签上写“永不褪色”，您放心穿', undefined, '永不', 'error']], [])
  const all = createLinter({})
  it.each([
    ['卡片上写：“永远爱你，一辈子不分开”，已经放进盒子里了'],
    ['已按您的要求备注了：“祝外婆长命百岁”'],
    ['戒指内圈刻字：“永不分离”，做好后拍照给您看'],
    // A buyer's order note quoted (备注里写), with no colon: still talked about.
    ['您在备注里写“加V信”也没用的，我们只在平台里沟通'],
  ])('no rule reads the dictated text in %s', (text) => {
    expect(brief(all.lint(text).messages)).toEqual([])
  })
})

// 6. 升一个码 is the next clothing size; a body change with an amount after a duration stays a promise.
describe('absolute-promise: 升…个码 is a size, not an effect', () => {
  checkKinds(
    'absolute-promise',
    [['用了一个月白一个度', undefined, '一个月白一个度', 'error']],
    [['宝宝长得快，一年升一个码是常见的，可以买大一码'], ['这件外套穿三年升两个码也合适']],
  )
})

// 7. A self-test for the abnormal case (如果…就不正常) explains a denial in its sentence or the next one, not further on.
describe('absolute-promise: the abnormal-case test is read near the denial', () => {
  checkKinds(
    'absolute-promise',
    [['猫咪舔了也没事的，放心。这个是食品级的。如果起红疹就不正常', undefined, '猫咪舔了也没事', 'error']],
    [['猫咪舔了也没事的，放心。如果起红疹就不正常']],
  )
  // The check once searched to the end of the reply for each finding (20k characters of this: 171 ms, 80k: 2.3 s).
  it('reads every denial of a long reply, each within its window', () => {
    const unit = '小猫舔了也没事，'
    const found = createLinter({}).lint(unit.repeat(3000)).messages.filter((m) => m.ruleId === 'absolute-promise')
    expect(found.map((m) => m.start)).toEqual(Array.from({ length: 3000 }, (_, i) => i * unit.length))
    expect(new Set(found.map((m) => m.actual))).toEqual(new Set(['小猫舔了也没事']))
  })
})

// 4. 不敢说 / 不好说 disown a claim only in its clause or pointed back at it (这个 / 这种话 before them).
describe('exaggeration: a bare 不敢说 / 不好说 about something else', () => {
  checkKinds(
    'exaggeration',
    [
      ['我们这款是销量第一，哪天能补货不好说', undefined, '销量第一', 'warning'],
      ['这款是全网最低价，适不适合您不敢说', undefined, '全网最低价', 'warning'],
      ['这个面膜效果最好，我们不敢讲每个人都能用', undefined, '最好', 'warning'],
    ],
    [['全网第一这种话咱可不敢说'], ['销量第一我们不敢说'], ['是不是全网最低，这个我们不敢说']],
  )
})

// 11. 款 after 至尊 / 王牌 / 终极 names a model; stated as a claim (是…里的至尊款, 终极款，…) it is one.
describe('exaggeration: 至尊款 as a model and as a claim', () => {
  checkKinds(
    'exaggeration',
    [
      ['这是净水器里的至尊款，滤芯很耐用', undefined, '至尊', 'warning'],
      ['终极款，一台顶三台', undefined, '终极', 'warning'],
    ],
    [['至尊款和经典款差在容量上'], ['王牌款暂时没货了，下周补']],
  )
})
