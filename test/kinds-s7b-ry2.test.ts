import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'
import { createLinter } from '../src/index.js'

/**
 * Issue 8, seventh session, round 2 (ry2): false alarms of absolute-promise and exaggeration on
 * sets L, M and N, fixed by the class behind them, and the spans and rewrites that cut a word or
 * put the hedge in the wrong place. Replies in our own words; traps beside each kind.
 */

describe('absolute-promise: 一定 as a determiner ("a certain amount of") after a verb of having or giving', () => {
  checkKinds(
    'absolute-promise',
    [
      // The adverb itself still promises: the trap beside the kind.
      ['这个药膏用了一定能消肿', undefined, '一定', 'warning'],
    ],
    [
      ['腰托只能起到一定的支撑作用，不能代替治疗'],
      ['这款面霜具有一定保湿效果，干皮建议叠加乳液'],
      ['节假日发货会带来一定延迟，请您谅解'],
      ['玻璃瓶运输中存在一定破损风险，我们会加厚包装'],
    ],
  )
})

describe('absolute-promise: a hedge of degree before the outcome (比较/比較/不太/相对来说)', () => {
  checkKinds(
    'absolute-promise',
    [['用冷水手洗就不会变形的', undefined, '不会变形', 'error']],
    [
      ['冷水手洗的话比较不会变形哦'],
      ['這款是精梳棉，比較不會起球'],
      ['相对来说不会掉色，深色还是建议单独洗'],
      ['这个面料不太会皱，挂起来就平了'],
    ],
  )
})

describe('absolute-promise: certainty about a third party in a fraud warning (一定是骗子)', () => {
  checkKinds(
    'absolute-promise',
    [['放心，这个一定不会过敏', undefined, '一定', 'error']],
    [
      ['凡是让您加微信付款的，肯定是骗子，请不要理会'],
      ['我们不会私下联系您退款，打电话这么说的一定是冒充的客服'],
    ],
  )
})

describe('absolute-promise: 承诺 named as a noun after 的 (这是我们的承诺)', () => {
  checkKinds(
    'absolute-promise',
    [['我承诺明天一早就送到', undefined, '承诺', 'error']],
    [['七天无理由退换，这是本店对每位顾客的承诺'], ['品牌方的担保我们会转达给您']],
  )
})

describe('absolute-promise: a yes to a question about the shop’s own service terms', () => {
  checkKinds(
    'absolute-promise',
    [['可以的亲', '这个吹风机能用五年吗？', '可以的', 'error']],
    [
      ['可以的，支持七天无理由', '收到不满意可以退吗？'],
      ['能的，不合适包换', '穿着不舒服能换吗'],
    ],
  )
})

describe('absolute-promise: a time word after 一 or 一下 dates nothing (备注一下周日, 等一下午)', () => {
  checkKinds(
    'absolute-promise',
    [['包裹星期六给您送到', undefined, '星期六给您送到', 'error']],
    [
      ['好的，我帮您备注一下周日派送', '周日能送吗？'],
      ['我查一下周六能不能送到'],
      ['快递员等了一下午才送到'],
    ],
  )
})

describe('absolute-promise: the shop’s own inquiry and its own choice of goods, committed (info)', () => {
  const linter = linterFor('absolute-promise')
  it.each([
    ['到账有延迟的话再找我，我们一定帮您查清楚', '一定'],
    ['我们是先进先出，肯定不会给您发临期的', '肯定'],
  ])('%s is reported at info', (text, actual) => {
    const m = linter.lint(text).messages
    expect(m.map((x) => [x.actual, x.severity])).toEqual([[actual, 'info']])
  })
  it('a promise about the goods after the same words is still an error', () => {
    expect(linter.lint('肯定不会发霉的，放心吃').messages.map((x) => x.severity)).toEqual(['error'])
  })
})

describe('spans and rewrites: a whole figure, a whole date, the hedge after the dose', () => {
  const linter = linterFor('absolute-promise')
  const one = (text: string, previous?: string) => {
    const m = linter.lint(text, previous ? { previous } : undefined).messages
    expect(m).toHaveLength(1)
    return m[0]!
  }
  it('takes the numeral of a dose into the span and hedges before the use', () => {
    const m = one('这瓶精华抹上两周斑点就淡了')
    expect([m.actual, m.start, m.end]).toEqual(['两周斑点就淡', 6, 12])
    expect(m.message).toContain('例如「这瓶精华一般抹上两周斑点就淡了」')
  })
  it('takes digits and 个 as the figure (3个月, 10天)', () => {
    expect(one('涂10天皮肤就白了').actual).toBe('10天皮肤就白')
    expect(one('吃3个月肚子就瘦了').actual).toBe('3个月肚子就瘦')
  })
  it('takes the weekday with the hour (周三下午, not 下午)', () => {
    const m = one('您的包裹周三下午给您送到')
    expect(m.actual).toBe('周三下午给您送到')
    expect(m.message).toContain('例如「您的包裹预计周三下午给您送到」')
  })
  it('every rewrite it offers lints clean', () => {
    const all = createLinter({})
    for (const text of ['这瓶精华抹上两周斑点就淡了', '您的包裹周三下午给您送到', '涂10天皮肤就白了']) {
      const m = linter.lint(text).messages[0]!
      const preview = /例如「(.+)」/.exec(m.message)![1]!
      expect(all.lint(preview).messages.filter((x) => x.severity !== 'info')).toEqual([])
    }
  })
})

describe('exaggeration: 第一 counting runs of transport in order (第一车, 第一班, 第一趟)', () => {
  checkKinds(
    'exaggeration',
    [['这款是同类里销量第一的', undefined, '销量第一', 'warning']],
    [['今天没赶上，明早第一车给您发出'], ['赶第一班车给您寄'], ['快递第一趟就来收了']],
  )
})

describe('absolute-promise: 妥妥的 vouches for an outcome, not for what the goods are or look like', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这台净水器用个五年妥妥的', undefined, '妥妥的', 'error'],
      ['走顺丰，大后天到妥妥的', undefined, '妥妥的', 'error'],
    ],
    [['这部手机是九成新，成色妥妥的'], ['这条裙子穿上就是妥妥的度假风'], ['都帮您安排得妥妥当当的']],
  )
})

describe('rewrites: a pledge of hyperbole (放一百个心) becomes plain 放心', () => {
  const linter = linterFor('absolute-promise')
  it('您就放一百个心吧 → 您就放心吧', () => {
    const m = linter.lint('顺丰发的后天到，您就放一百个心吧').messages.find((x) => x.actual === '放一百个心')!
    expect(m.message).toContain('例如「您就放心吧」')
  })
})

describe('absolute-promise: years of use promised (能用一辈子, 戴一辈子都没问题, 用十年也没事)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这把菜刀能用一辈子', undefined, '能用一辈子', 'error'],
      ['钛合金表带戴一辈子都没问题', undefined, '戴一辈子都没问题', 'error'],
      ['这个炒锅用十年也没事', undefined, '用十年也没事', 'error'],
    ],
    [['正常保养的话一般能用十年'], ['能用一辈子吗？'], ['建议冷水洗，颜色能保持得久一些'], ['想穿一辈子的话要选真皮']],
  )
})

describe('exaggeration: a lifetime of use is a promise, a hundred years a claim', () => {
  checkKinds(
    'exaggeration',
    [['这张实木桌用一百年都不会坏', undefined, '用一百年', 'warning']],
    [['这把菜刀能用一辈子'], ['五金件一辈子不用换']],
  )
})

describe('rewrites: the hedge goes before 都/也 that bind the outcome', () => {
  const linter = linterFor('absolute-promise')
  it.each([
    ['这件羽绒服水洗也不会跑绒', '这件羽绒服水洗一般也不会跑绒'],
    ['柜门用五年都不会变形', '柜门用五年一般都不会变形'],
  ])('%s → %s', (text, preview) => {
    const m = linter.lint(text).messages
    expect(m).toHaveLength(1)
    expect(m[0]!.message).toContain(`例如「${preview}」`)
  })
})

describe('negation: a material or good named with 不 (不锈钢, 不粘锅) denies nothing', () => {
  checkKinds(
    'absolute-promise',
    [
      ['不锈钢表带戴一辈子都没问题', undefined, '戴一辈子都没问题', 'error'],
      ['不粘锅涂层绝对不会掉', undefined, '绝对', 'error'],
    ],
    [['不锈钢的不能保证一辈子不生锈'], ['这个不粘锅一般用两三年']],
  )
})

describe('absolute-promise: not a single unit of time off (一秒都不会差, 一天都不会晚)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这台电波钟一秒都不会差', undefined, '一秒都不会差', 'error'],
      ['师傅准点上门，一个小时都不会晚', undefined, '一个小时都不会晚', 'error'],
    ],
    [['一般一秒都不会差'], ['一分钟都不会晚吗？'], ['如果一天都不会晚的话我就下单']],
  )
})

describe('absolute-promise: more outcomes named by class (胀袋, 扎人, 眼睛干, 改善, potential complements)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['真空包装，寄过去不会胀袋', undefined, '不会胀袋', 'error'],
      ['一点都不扎的亲', '这个麻将席睡着扎不扎人', '一点都不扎', 'error'],
      ['会的亲', '这个护腰带能缓解腰肌劳损吗', '会的', 'error'],
      ['冲锋衣面料防水，大雨里雨水也渗不进来', undefined, '渗不进来', 'error'],
      ['静音滑轨，关门根本吵不醒孩子', undefined, '吵不醒', 'error'],
    ],
    [
      ['一般不会胀袋，夏天建议选冷链'],
      ['如果觉得扎的话可以先铺一层床单', '这个麻将席睡着扎不扎人'],
      ['正常情况下雨水渗不进来'],
    ],
  )
})

describe('rewrites: the hedge takes the place of an intensifier and goes before the smallest amount', () => {
  const linter = linterFor('absolute-promise')
  it.each([
    ['这个奶嘴根本咬不坏', '这个奶嘴一般咬不坏'],
    ['屋顶加厚了，一滴都漏不进来', '一般一滴都漏不进来'],
  ])('%s → %s', (text, preview) => {
    const m = linter.lint(text).messages
    expect(m).toHaveLength(1)
    expect(m[0]!.message).toContain(`例如「${preview}」`)
  })
})
