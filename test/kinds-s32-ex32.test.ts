import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'
import { brief, checkKinds, linterFor } from './support/harness.js'

/**
 * Session 32 (twenty-eighth brief), lane ex32: exaggeration, competitor-disparagement and internet-slang on the open sets BB
 * and BA (and AZ, AY, the older pool), grouped into kinds of language; each kind fixed here has members from at least two
 * sources (fixtures/eval/lanes-s28/LANE-ex32.md). The sentences are ours. Traps: a claim disowned before or after, a
 * question, a model name, a tip on use, the shop's own goods, a rival asked about, family as a plain noun, advice.
 */

describe('exaggeration: a claim said plainly not to be made (是不是最低我们不敢说, 这个不好说)', () => {
  checkKinds(
    'exaggeration',
    [
      // The trap's other side: the claim made, the disowning about something else in another sentence.
      ['这款是全网最低价。别的我们不敢说', undefined, '全网最低价', 'warning'],
      ['这个价格全网最低', undefined, '这个价格全网最低', 'warning'],
    ],
    [
      ['是不是全网最低这个我们不敢说，现在是店铺活动价'],
      ['全网第一我们不敢讲，只能说回购的人挺多'],
      ['销量第一不好说，但这个月卖得确实不错'],
    ],
  )
})

describe('exaggeration: 最好的 + a way of use named by its verb (最好的保存方式是冷冻) is a tip', () => {
  checkKinds(
    'exaggeration',
    [['这款牛排的品质是最好的', undefined, '最好', 'warning']],
    [['最好的保存方式是放冰箱冷冻'], ['最好的食用方法是蒸十分钟'], ['最好的清洗方式是手洗，别用洗衣机'], ['最好的吃法是蘸酱油']],
  )
})

describe('exaggeration: an export grade borrowed (出口级特供), and 终极款 / 至尊款 as a claim', () => {
  checkKinds(
    'exaggeration',
    [
      ['这批牛肉干是出口级的，品质没话说', undefined, '出口级', 'warning'],
      ['我们的腊肠都是出口级别', undefined, '出口级别', 'warning'],
      ['这是吸尘器里的终极款', undefined, '终极', 'warning'],
      ['这款榨汁机是至尊款，用十年没问题', undefined, '至尊', 'warning'],
    ],
    [
      // A channel, a model name said to be one, a version, denied.
      ['这款是外贸出口的尾单'],
      ['终极款就是这个牌子配置最高那个型号名，厂家起的'],
      ['至尊版已经卖完了，标准版还有'],
      ['这个不是什么出口级的，就是普通国内款'],
    ],
  )
})

describe('exaggeration: sales hype to a crowd of darlings (宝贝们都抢疯了) is meme talk, internet-slang reports it', () => {
  checkKinds(
    'exaggeration',
    [['这件外套在我们店卖疯了', undefined, '卖疯了', 'warning']],
    [['宝贝们，这件外套都卖疯了'], ['宝宝们都抢疯了，手慢就没了']],
  )
  checkKinds('exaggeration', [], [['寶貝們這雙鞋都搶瘋了']], { profile: 'zh-TW' })
})

describe('competitor-disparagement: a platform pointed at with 那个 (京东那个是水货, 淘宝那个价格是假的)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['拼多多那个是高仿的，我们是专柜货', undefined, '拼多多那个是高仿的', 'warning'],
      ['淘宝那个价格是假的，下单还要加钱', undefined, '淘宝那个价格是假的', 'warning'],
    ],
    [
      // The buyer's own order, a question, the platform named for a plain fact.
      ['您淘宝那个订单我们查到了，明天发货'],
      ['京东那个是不是假的我们也不清楚'],
      ['京东那个链接也是我们家的，价格一样'],
    ],
  )
})

describe('competitor-disparagement: the shop says it knows them (我们了解) before running them down', () => {
  checkKinds(
    'competitor-disparagement',
    [['那个牌子我们了解，做工很一般', undefined, '那个牌子我们了解，做工很一般', 'warning']],
    [['那个牌子我们了解，做工也挺好的'], ['我们了解您的顾虑，质量有问题随时找我们']],
  )
})

describe('competitor-disparagement: quality control slipping (品控下滑) and goods that are a bare piece of cheap stuff (就是一块泡沫)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别家的品控下滑得厉害', undefined, '别家的品控下滑', 'warning'],
      ['那些杂牌的鞋垫就是一块海绵', undefined, '那些杂牌的鞋垫就是一块海绵', 'warning'],
      ['外面那些几十块的护膝就是一块布', undefined, '外面那些几十块的护膝就是一块布', 'warning'],
    ],
    [
      // The shop's own goods, an honest part named, a denial.
      ['我们的品控没有下滑，每批都抽检'],
      ['这个垫子里面就是一块海绵，可以拆洗'],
      ['包装里的就是一块布，用来擦镜片的'],
    ],
  )
})

describe('competitor-disparagement: seafood padded with ice (别家冰衣占一半)', () => {
  checkKinds(
    'competitor-disparagement',
    [['别家的虾都是冰衣占一半', undefined, '别家的虾都是冰衣占一半', 'warning']],
    [['我们的虾冰衣不计重量，按净重发'], ['冰衣占一半的话您可以拍照找我们']],
  )
})

describe('competitor-disparagement: Cantonese 嗰啲 after a bare name, 我哋先係 (莎莎嗰啲都係水貨，我哋先係正貨)', () => {
  checkKinds(
    'competitor-disparagement',
    [['萬寧嗰啲好多都係水貨，我哋先係正貨', undefined, '萬寧嗰啲好多都係水貨', 'warning']],
    [['萬寧嗰啲分店都有得賣'], ['我哋先係代理，有保養']],
  )
})

describe('internet-slang: 家人们 opening its clause before 都说 / 都在 / 都知道, and 姐妹们听我的', () => {
  const lint = linterFor('internet-slang')
  const all = createLinter({})
  const flagged = (text: string) => brief(lint.lint(text).messages).map((m) => text.slice(m.start, m.end))
  it.each([
    ['家人们都知道我们家发货快', ['家人们']],
    ['好的家人们都在回购这款', ['家人们']],
    ['抱歉给您添麻烦了。家人们都清楚我们售后靠谱，马上给您换', ['家人们']],
    ['姐妹们听我的，这条裙子很显瘦', ['姐妹们', '听我的']],
    ['家人们听我一句劝，早点下单', ['家人们', '听我一句劝']],
  ])('flags %s', (text, spans) => {
    expect(flagged(text)).toEqual(spans)
    // mendB: with every rule on, these are the only findings — internet-slang's, at these spans (no other rule reads 家人们 as a claim).
    expect(brief(all.lint(text).messages).map((m) => [m.ruleId, text.slice(m.start, m.end)])).toEqual(spans.map((s) => ['internet-slang', s]))
  })
  it.each([
    // Family as a plain noun (with 和 / 给 before it), a single light address, advice to listen.
    ['您和家人们都可以用'],
    ['送给家人们都很合适'],
    ['家人们都很喜欢这个口味的话可以多拍几包'],
    ['姐妹们都说这个颜色好看'],
    ['您听我说，这个要先充满电再用'],
    ['听我的建议，先量一下尺寸'],
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})
