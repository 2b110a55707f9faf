import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Session 22, lane ap22 (issue 8): absolute-promise false alarms read as grammar on three new authors'
 * sets. Each kind is a construction or a gate over shared classes (src/vocab/classes.yaml, `# --- ap22 ---`);
 * the sentences are ours. Each block pairs what stays a promise with what the kind says instead.
 */
describe('absolute-promise: 都能 after a named disease ranges over ailments, not over people', () => {
  checkKinds(
    'absolute-promise',
    [
      // Everyone who takes it gets the effect: still a promise.
      ['这款钙片孩子吃了都能长高', undefined, '都能长高', 'error'],
      ['坚持喝，老人都能睡得香', undefined, '都能睡得香', 'error'],
    ],
    [
      // Even this disease is cured: a medical claim (exaggeration's), whatever the hedge.
      ['这款喷雾连鼻炎都能治好'],
      ['坚持喝，多年的痛风都能好转'],
      ['关节炎全都能治好'],
      // Traps: 保证金 and 第一时间 are no promise words.
      ['我们保证金会原路退回'],
      ['我们会第一时间帮您处理'],
    ],
  )
})

describe('absolute-promise: a guarantee disowned to the customer, with the addressee between', () => {
  checkKinds(
    'absolute-promise',
    [['修好以后保证不会再漏水', undefined, '保证', 'error']],
    [['我们没法跟您打包票说一定能修好'], ['不敢给您保证明天肯定到'], ['这个真的很难跟你确定一定不会坏']],
  )
})

describe('absolute-promise: the shop denying its own intent', () => {
  checkKinds(
    'absolute-promise',
    // A downside denied for the goods is still a promise.
    [['这款绝对没有色差', undefined, '绝对', 'error']],
    [['我们绝对不是故意拖着不发货的'], ['肯定没有敷衍您的意思'], ['绝对没有要骗您的想法，价格就是这样定的']],
  )
})

describe('absolute-promise: a cause or another shop’s goods inferred after 肯定是 / 一定是', () => {
  checkKinds(
    'absolute-promise',
    [['这次肯定不会再磕坏了', undefined, '肯定', 'error']],
    [['外壳裂了肯定是路上颠簸造成的'], ['镜片花了一定是长期摩擦导致的'], ['那家的价格低成那样，肯定是拆封品吧']],
  )
})

describe('absolute-promise: certainty before a failure, explaining a bad consequence', () => {
  checkKinds(
    'absolute-promise',
    [
      ['用了肯定有效果', undefined, '肯定', 'error'],
      // The failure denied again is the promise of the effect.
      ['这款肯定不会没效果', undefined, '肯定', 'error'],
      ['停电了也肯定能用', undefined, '肯定', 'warning'],
    ],
    [['没插电源肯定不工作的'], ['您上车晚了司机肯定不会等您'], ['天天熬夜的话，用什么面霜肯定都没效果']],
  )
})

describe('absolute-promise: a counterfactual past, and 哪有 before an effect', () => {
  checkKinds(
    'absolute-promise',
    [
      // The same outcome under a condition that still lies ahead: a promise.
      ['选大一码穿上就不会挤脚了', undefined, '穿上就不会挤脚', 'error'],
      ['这款祛斑霜一周见效', undefined, '一周见效', 'error'],
    ],
    [['早知道选顺丰就不会压坏了'], ['当初要是选大一码就不会挤脚了'], ['祛斑哪有一周就见效的，您别信那些广告'], ['减肥哪能吃一盒就瘦下来的']],
  )
})

describe('absolute-promise: 100% as a quantity, and word boundaries', () => {
  checkKinds(
    'absolute-promise',
    [
      ['百分百不会漏水', undefined, '百分百', 'error'],
      ['您拍L码准会合适', undefined, '准会', 'error'],
      ['每个橙子都甜', undefined, '每个橙子都甜', 'error'],
    ],
    [
      // A rate's value, or the share of a pollutant removed (exaggeration reads the claim).
      ['这台净化器能去除100%的甲醛'],
      ['这款的除菌率百分之百'],
      // 准 ending another word (瞄准, 看准), and the items said to differ.
      ['瞄准会更容易'],
      ['看准能省不少钱'],
      ['每个橙子甜度会有差异'],
      // What the customer is asked to write is quoted, not promised; 最近 and 最好 as advice are no claims.
      ['麻烦在评价里写上“用了不过敏”'],
      ['最近发货都很快'],
      ['您最好先量一下脚长再拍'],
      // The shop owning its fault (a cause guessed on its own side), and a product name that holds a promise word.
      ['是我们发错了，肯定是仓库拣货时看错了'],
      ['这款绝对伏特加礼盒今天有货'],
    ],
  )
})

describe('absolute-promise: the shop’s own reply, in its Taiwan form, is its own action (info)', () => {
  const lint = (text: string) => linterFor('absolute-promise').lint(text).messages
  it.each([['今晚之前一定回覆您'], ['六點前一定會在聊聊回覆您']])('%s', (text) => {
    expect(lint(text).map((m) => m.severity)).toEqual(['info'])
  })
})

/**
 * Two promises in one span (每个都保证甜): the engine keeps the construction and drops the contained word's
 * own finding, so the construction's example rewrite must soften both — a hedge in front of a 保证 that stays
 * would still promise. The rewrite re-lints clean.
 */
describe('absolute-promise: one rewrite for a construction that holds a promise word', () => {
  const linter = linterFor('absolute-promise')
  it.each([
    ['每颗都保证新鲜', '一般每颗都新鲜'],
    ['这批梨个个都一定甜', '这批梨一般个个都甜'],
    ['橙子每一个都绝对多汁', '橙子一般每一个都多汁'],
  ])('%s', (text, rewrite) => {
    const [m, ...rest] = linter.lint(text).messages
    expect(rest).toEqual([])
    expect(m?.message).toContain(`例如「${rewrite}」`)
    expect(linter.lint(rewrite).messages.filter((x) => x.severity !== 'info')).toEqual([])
  })
  it('a dose counted by an ordinal keeps 第 with its figure', () => {
    const m = linter.lint('这款面霜用完第二支细纹就淡了').messages[0]
    expect(m?.message).toContain('例如「这款面霜一般用完第二支细纹就淡了」')
  })
})
