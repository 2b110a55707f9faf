import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Twelfth round (r12c): curt-reply and internet-slang kinds that several dev-pool authors wrote
 * independently, in our own words and other domains, each with its traps.
 */
describe('curt-reply: a stark refusal word to a question whether the shop can or will (sets L, N, O)', () => {
  checkKinds(
    'curt-reply',
    [
      ['不行。', '外卖可以多放两双筷子吗', '不行', 'warning'],
      ['不支持', '这台冰箱能用白条分期吗', '不支持', 'warning'],
      ['不能。', '这张沙发能不能拆了再送', '不能', 'warning'],
      ['不可以', '可以先试穿再付款吗？', '不可以', 'warning'],
      ['唔得。', '可唔可以寄去澳門？', '唔得', 'warning'], // Cantonese
    ],
    [
      ['不可以的', '这个台灯能调色温吗'], // softened by 的: an answer
      ['不行哦，这款是固定色温的', '这个台灯能调色温吗'], // a reason given
      ['不能。', '能加一下你的微信吗'], // the right refusal of a private contact
      ['不会', '这个能放洗碗机吗？会变形吗'], // 不会 answers an outcome
      ['不是', '这个能用是正品吗'], // 不是 tells a fact
      ['不行，我帮您问问仓库能不能拆单', '可以分开发吗'], // a way forward
    ],
  )
})

describe('curt-reply: told only to wait, after at most a thin status (sets K, O, P, R)', () => {
  checkKinds(
    'curt-reply',
    [
      ['缺货中，等通知', '我的订单啥时候发', '等通知', 'warning'],
      ['系统维护，等着', '付款一直失败怎么回事', '等着', 'warning'],
      ['那就等呗', '叫号要叫到什么时候', '那就等呗', 'warning'],
      ['等。', '我的退款到底什么时候到？都一个礼拜了', '等', 'warning'],
      ['已经转给售后了，等通知吧', '你们到底管不管，我问了三次了', '等通知吧', 'warning'],
    ],
    [
      ['好的，等通知', '有货的话通知我'], // agreeing to the buyer's own plan
      ['后天上午到，等着就行', '我的快递到哪了'], // a time given
      ['抱歉，还要等通知', '什么时候发货'], // an apology
      ['已经帮您加急了，等通知', '怎么还没发货'], // the agent acted
      ['我们也在等厂家', '什么时候有货'], // the shop waiting too, no order to the buyer
      ['等', '好的，那我等会再来'], // the buyer put it on hold
      ['亲，预售款，等通知哦', '什么时候发'], // softened
    ],
  )
})

describe('curt-reply: "don\'t like it, don\'t buy it" and sent to another shop (sets M, O, R)', () => {
  checkKinds(
    'curt-reply',
    [
      ['嫌小就别买了', undefined, '嫌小就别买了', 'warning'], // joined with the older 就别买了
      ['这款就是偏甜，吃不惯就别吃', undefined, '不惯就别吃', 'warning'],
      ['这个价还要还价就别要了', '老板再少二十', '还价就别要', 'warning'],
      ['我们不开收据，要收据找别家', '能给个收据吗', '找别家', 'warning'],
      ['鱼不爱吃就换别家的饲料呗', undefined, '换别家', 'warning'],
    ],
    [
      ['胃不舒服就别吃了，我帮您申请退款'], // health advice with help
      ['介意有色差的话就别拍了哦，以实物为准'], // a caveat before buying
      ['您找别家也是这个价，我们还包邮'], // the shop comparing, not sending away
      ['不用换别家，我们有无谷的配方'], // negated
      ['我们换一家快递给您重发'], // the shop changes its courier
    ],
  )
})

describe('curt-reply: told to stop asking, mocked for asking, a retort asked back (sets M, N, O, R)', () => {
  checkKinds(
    'curt-reply',
    [
      ['不会装就别问那么多了', undefined, '别问那么多', 'warning'],
      ['一瓶也来问？我们只做批发', '能只买一瓶吗', '也来问', 'warning'],
      ['说了没有现货，是要问几次', undefined, '是要问几次', 'warning'],
      ['那你找快递公司赔啊，找我们干嘛', '快递把箱子压扁了', '找我们干嘛', 'warning'],
    ],
    [
      ['您家人刚才也来问过这款'], // a report of who asked
      ['不懂的地方您也来问我就好'], // invited
      ['找我有什么事吗？'], // the buyer asked what they want
      ['您自己拿去外面修的，修坏了找我们干嘛'], // the buyer blamed: blame-customer's
    ],
  )
})

describe('curt-reply: a pointer to the picture or the manual, then "follow it yourself" (sets K, O, R)', () => {
  checkKinds(
    'curt-reply',
    [
      ['图上有。', '这一套有几个杯子', '图上有', 'warning'],
      ['说明书上有，你照着装', '这个架子怎么装', '说明书上有', 'warning'],
      ['页面上都有。', '运费怎么算', '页面上都有', 'warning'],
    ],
    [
      ['图上有标尺寸，长45宽30', '这个包多大'], // what the picture shows, told
      ['说明书上有接线图，您照着接就行，接不上随时找我', '这个开关怎么接'], // help offered
      ['页面上都有优惠券，领了再拍更划算'], // information
    ],
  )
})

describe('curt-reply: shrugs in other words (退呗, 扯不上, 恕不处理, 都这样 to spoilt fruit; sets N, O, R)', () => {
  checkKinds(
    'curt-reply',
    [
      ['那您退呗', '裙子比模特图短好多', '那您退呗', 'warning'],
      ['丢件了跟我们店扯不上', undefined, '跟我们店扯不上', 'warning'],
      ['已過鑑賞期，恕不處理。', '可以換貨嗎？', '恕不處理', 'warning'],
      ['水果都这样。', '箱子里有三个坏果', '都这样', 'warning'],
    ],
    [
      ['不想要的话我帮您申请退货，退呗，运费我们出', '裙子比模特图短好多'], // the agent acts
      ['跟质量扯不上关系的，这是洗标的折痕'], // not the shop disowning
      ['抱歉，恕不處理的部分我幫您轉給主管', '可以換貨嗎？'], // help
      ['有坏果的话拍照给我，按个数补偿', '收到好几个坏果'], // a remedy
    ],
  )
})

describe('curt-reply: a bare party imperative closed by 。 (找厂家。)', () => {
  checkKinds(
    'curt-reply',
    [
      ['找厂家。', '吹风机用了三天不出热风', '找厂家', 'warning'],
      ['不能，找开锁师傅。', '能上门帮忙开锁吗', '找开锁师傅', 'warning'],
    ],
    [
      ['找厂家确认一下。', '这个配件有吗'], // the clause goes on
      ['我去找厂家。', '坏了怎么办'], // the agent goes
    ],
  )
})

describe('internet-slang: memes of recent posts (sets M, N, O, R)', () => {
  checkKinds(
    'internet-slang',
    [
      ['我嘞个豆，这单二十件？', undefined, '我嘞个豆', 'warning'],
      ['啊对对对，都听您的', undefined, '啊对对对', 'warning'],
      ['这口红颜色香疯了', undefined, '香疯了', 'warning'],
      ['放心，售后给您安排得明明白白', undefined, '安排得明明白白', 'warning'],
      ['这双拖鞋谁穿谁上头', undefined, '谁穿谁上头', 'warning'],
      ['这只抱枕一整个超软', undefined, '一整个超', 'warning'],
    ],
    [
      ['对对，是这个型号'], // plain agreement
      ['一整个超大号收纳箱都能放下'], // 一整个 as a whole thing
      ['手冻麻了的话试试这款加绒手套'], // literal 麻
      ['我们这周有宠粉活动，满100减20'], // 宠粉 alone is shop talk
      ['夏天穿这件不会汗流浃背了'], // literal sweat
    ],
  )
})

/** The spans internet-slang reports in `text` (two light words make a register: both are reported). */
const slangSpans = (text: string) =>
  linterFor('internet-slang')
    .lint(text)
    .messages.map((m) => text.slice(m.start, m.end))

describe('internet-slang: 姐妹 calling the buyer, light with more slang; 姐妹款 is a noun', () => {
  it('姐妹 and 属于是 together make a register', () => {
    expect(slangSpans('姐妹，这件上身属于是显瘦天花板')).toEqual(['姐妹', '属于是'])
  })
  checkKinds('internet-slang', [], [['姐妹，这件有现货'], ['姐妹款情侣睡衣今天到货'], ['送给好姐妹当生日礼物很合适']])
})

describe('internet-slang (zh-TW): 親 / 寶 closing a clause after a sentence particle (sets N, O)', () => {
  checkKinds(
    'internet-slang',
    [
      ['這款超好穿的啦親，今天下單明天寄', undefined, '親', 'warning'],
      ['有的親，明天出貨', undefined, '親', 'warning'],
      ['現在買最划算喔寶～', undefined, '寶', 'warning'],
    ],
    [['這是我母親最愛的口味'], ['可以用支付寶付款喔'], ['已經寄出了喔，請注意查收']],
    { profile: 'zh-TW' },
  )
})

describe('internet-slang: 偶 and 表 as homophones before 也很 / 问了 (set O)', () => {
  it('表问了 and 偶也很 are both the homophones', () => {
    expect(slangSpans('表问了，偶也很无奈，真的没货啦')).toEqual(['表', '偶'])
  })
  checkKinds('internet-slang', [], [['偶尔也很难买到，建议早点下单'], ['这块表问题不大，换个电池就好']])
})
