import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'
import { checkKinds } from './support/harness.js'

/**
 * Session 43 (the lead, thirty-ninth session): constructions read from the first-sight set BX and the dev halves of the
 * focused sets para-cb3 and para-ae3, written here in my own words, then checked on the sealed set BY, the held-out halves
 * and the four real corpora before landing.
 */
describe('absolute-promise: a double negation leaves no exception (没有不甜的, 不可能不见效)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这箱芒果没有不香的，您放心买', undefined, '没有不香', 'error'],
      ['按疗程吃下来，不可能不见效的', undefined, '不可能不见效', 'error'],
      ['这款凉鞋没有一个不合脚的', undefined, '没有一个不合脚', 'error'],
      ['西瓜都是现摘的，没有哪个不甜', '甜吗', '没有哪个不甜', 'error'],
    ],
    [
      // the shop's own doing, a fact about the batch, a hedge, a condition, a question
      ['付了款我们不可能不发货的', undefined],
      ['出厂检验过，没有不合格的', undefined],
      ['一般来说没有不甜的，个别酸的可以找我们', undefined],
      ['如果没有不合适的地方，麻烦确认收货', undefined],
      ['有没有不喜欢吃的口味？我帮您换', undefined],
    ],
  )
})

describe('absolute-promise: as good as new after the use named before it (都跟新的一样)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这床单机洗几十次都跟新的一样', undefined, '都跟新的一样', 'error'],
      ['皮面擦一擦，用五年还跟新买的一样', undefined, '还跟新买的一样', 'error'],
    ],
    [
      ['二手的没法保证跟新的一样，介意慎拍', undefined],
      ['收到的时候包装跟新的一样，没有拆过', undefined],
      ['洗了三次以后还是跟新的一样吗？', undefined],
    ],
  )
})

describe('exaggeration: better than a named benchmark, with 还 / 更 and a quality (比进口的还全面)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款国产奶粉比进口的营养还全面', undefined, '比进口的营养还全面', 'warning'],
      ['吸力比戴森的还强', undefined, '比戴森的还强', 'warning'],
      ['粉质比专柜的更细腻', undefined, '比专柜的更细腻', 'warning'],
    ],
    [
      // price is the shop's own fact; a hedge, a negation and a question claim nothing
      ['比进口的便宜一半', undefined],
      ['比专柜的还贵一点，但是有正品保障', undefined],
      ['我们不敢说比进口的还好', undefined],
      ['比进口的还好用吗？', undefined],
    ],
  )
})

describe('exaggeration: who could beat it, asked rhetorically (还有哪家能做到…？)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这做工，您上哪找这么好的？', undefined, '上哪找这么好', 'warning'],
      ['同样的价钱，还有谁家能做到三年质保？', undefined, '还有谁家能做到', 'warning'],
      ['您买得到比这更划算的吗', undefined, '买得到比这更', 'warning'],
    ],
    [
      // the price-match offer, a condition, an ordinary question about a courier
      ['您要是找到比我们便宜的，我们补差价', undefined],
      ['如果您见过这么便宜的可以发链接给我看看', undefined],
      ['还有哪家快递能送到山里？我帮您换一家', undefined],
    ],
  )
})

describe('curt-reply: the price held against the buyer’s expectation (这个价还嫌…, 几十块的…还指望…)', () => {
  checkKinds(
    'curt-reply',
    [
      ['十几块的耳机您还指望有降噪？', '耳机一点都不隔音', '十几块的耳机您还指望', 'warning'],
      ['这价格还嫌不够厚？', undefined, '这价格还嫌', 'warning'],
      ['特价的还挑啥啊', undefined, '特价的还挑啥', 'warning'],
    ],
    [
      // asking what else the buyer wants, or the price stated, is no retort
      ['这个价格还要什么颜色？我看一下库存', undefined],
      ['这个价还包邮，您放心拍', undefined],
      ['几块钱的配件，我们直接给您补寄一个', undefined],
    ],
  )
})

describe('internet-slang: the 要啥自行车 meme, and 家 before a word that starts with 银 (s43, first-sight set BX)', () => {
  checkKinds(
    'internet-slang',
    [['都打五折了，还要啥自行车', undefined, '要啥自行车', 'warning']],
    [
      ['我们家银饰都是925银的', undefined],
      ['老家银川的地址也可以寄', undefined],
      ['退款原路退回您家银行卡', undefined],
      ['这辆儿童自行车要什么尺寸的车座？', undefined],
    ],
  )
})

describe('curt-reply: scorn and the price retort in one reply are two findings (s43; the row moved from kinds-s23-bl23)', () => {
  const linter = createLinter({ profile: 'zh-TW' })
  it('reports 開什麼玩笑 and 這價格還嫌 separately', () => {
    const found = linter
      .lint('開什麼玩笑，這價格還嫌貴')
      .messages.filter((m) => m.ruleId === 'curt-reply')
      .map((m) => [m.actual, m.start, m.end, m.severity])
    expect(found).toEqual([
      ['開什麼玩笑', 0, 5, 'warning'],
      ['這價格還嫌', 6, 11, 'warning'],
    ])
  })
})

describe('absolute-promise: never again (再也不会 / 再也不用), not the shop’s own vow (s43, BX)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['戴上这副护腰，搬货再也不会腰酸', undefined, '再也不会腰酸', 'error'],
      ['装了净水器，再也不用买桶装水', undefined, '再也不用', 'error'],
    ],
    [
      ['给您添麻烦了，我们再也不会漏发了', undefined],
      ['抱歉，再也不会出现这样的情况了', undefined],
      ['戴上以后是不是再也不会酸了？', undefined],
    ],
  )
})

describe('blame-customer: the reproach with the thing fronted (你自己物流不会看？) (s43, BX)', () => {
  checkKinds(
    'blame-customer',
    [['您自己快递单号不会查吗', '包裹到哪了', '您自己快递单号不会查', 'error']],
    [
      ['您自己单号不会查的话，我这边帮您查', undefined],
      ['您自己说明书不会看很正常，我发个视频', undefined],
    ],
  )
})
