import { describe, expect, it } from 'vitest'
import { brief, checkKinds, linterFor } from './support/harness.js'

/**
 * Session 33 (twenty-ninth brief), lane ex33: exaggeration, competitor-disparagement and internet-slang on the fresh sets BC
 * and BD, grouped into kinds of language; each kind fixed here has members from at least two sources
 * (fixtures/eval/lanes-s29/LANE-ex33.md). The sentences are ours. Traps: a hedge, a condition, a question, a denial, the
 * goods' own size, a parcel that cracks, the shop's own stated policy, a name quoted, slang quoted to say it is not used.
 */

describe('exaggeration: skin firmed or brightened, pores finer, lines halved over a course of use with a promise word', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款精华水坚持用三周，皮肤保证紧致', undefined, '保证紧致', 'error'],
      ['面霜连用一个月，肤色肯定变亮', undefined, '肯定变亮', 'error'],
      ['美容仪每晚用五分钟，半个月眼纹保准淡一半', undefined, '眼纹保准淡一半', 'error'],
      ['洁面仪用十天，毛孔一定缩小', undefined, '毛孔一定缩小', 'error'],
    ],
    [
      // No course of use and no body word (absolute-promise's), a hedge, a question, a denial, a condition.
      ['用了一段时间一般会感觉皮肤紧致一些，因人而异'],
      ['坚持用一个月皮肤能紧致吗？'],
      ['不敢保证用两周就紧致'],
      ['这款面霜质地比较紧致，推开很容易'],
      ['洗了一次以后衣服变小了的话可以联系我们'],
    ],
  )
})

describe('exaggeration: a body part made finer or halved (毛孔变细, 法令纹淡一半), and the eye measure that stops rising', () => {
  checkKinds(
    'exaggeration',
    [
      ['敷完这片面膜毛孔马上变细', undefined, '毛孔马上变细', 'error'],
      ['戴了这副镜片，孩子的度数就不涨了', undefined, '度数就不涨了', 'error'],
    ],
    [
      // The goods' own size, a condition, a question, a price.
      ['这个收纳盒折叠后体积会变小'],
      ['度数不涨的话就不用换镜片'],
      ['戴这个度数会不会不涨了？'],
      ['这款镜片的价格明年也不会涨'],
    ],
  )
})

describe('exaggeration: out of ordinary people\'s reach (普通人平时根本买不到), and a royal grade borrowed (皇家特级)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这种野生菌普通人根本吃不到', undefined, '普通人根本吃不到', 'warning'],
      ['这批虫草一般人平时买不到', undefined, '一般人平时买不到', 'warning'],
      ['这款茶是皇家贡品', undefined, '皇家贡品', 'warning'],
    ],
    [
      // Sold out, a denial, a brand.
      ['这款停产了，现在普通店里也买不到了'],
      ['不是说普通人买不到，哪里都能买'],
      ['皇家猫粮的这款我们店没有卖'],
    ],
  )
})

describe('exaggeration: a vague height gain (能多长好几公分)', () => {
  checkKinds(
    'exaggeration',
    [['孩子喝这款奶粉一年能多长好几公分', undefined, '多长好几公分', 'error']],
    [['这条裤子比上一条多长好几公分吗？'], ['裤长比那条长好几公分，您选小一码']],
  )
})

describe('exaggeration: 唯一 picking the buyer\'s one voucher or waybill, and a name asked back with 说的是', () => {
  checkKinds(
    'exaggeration',
    [
      // The claim stays: 唯一 of the shop against the market.
      ['我们是全省唯一一家自己种茶的店', undefined, '唯一', 'warning'],
    ],
    [
      ['您现在唯一可用的券是这张满减券'],
      ['这是您唯一有效的快递单号，旧的那个作废了'],
      ['您说的是「至尊」那个套餐吗？那是套餐的名字'],
      ['您问的是“顶级”那款吗？我们叫它顶配，配置最高'],
    ],
  )
})

describe('competitor-disparagement: none of theirs any good (别家没一个能打的)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别的店的麻辣烫料我们都试过，没一个能打的', undefined, '别的店的麻辣烫料我们都试过，没一个能打', 'warning'],
      ['其他几家卖扫地机的没一家靠谱', undefined, '其他几家卖扫地机的没一家靠谱', 'warning'],
    ],
    [
      // The shop's own range, a market with no rival named, a question.
      ['我们这几款没一个是库存货，都是新批次'],
      ['同价位里没有一个能打的'],
      ['别家是不是没一个靠谱的我们不清楚'],
    ],
  )
})

describe('competitor-disparagement: the shop\'s own no-returns policy (直播间讲过不退不换) runs no rival down', () => {
  checkKinds(
    'competitor-disparagement',
    [['别的直播间卖的都是假货', undefined, '别的直播间卖的都是假货', 'warning']],
    [
      ['直播间主播开播就说了，福袋款不退不换'],
      ['您在直播间拍的秒杀款本来就不退不换，详情页也写了'],
    ],
  )
})

describe('internet-slang: a person who cracks (我也裂开了), 姐妹们 as the address, 纯纯 + a word', () => {
  const lint = linterFor('internet-slang')
  const flagged = (text: string) => brief(lint.lint(text).messages).map((m) => text.slice(m.start, m.end))
  it.each([
    ['物流又卡在中转站了，我也是裂开了，马上帮您催', ['我也是裂开']],
    ['仓库又发错了，我们这边也是裂开，这就补发', ['我们这边也是裂开']],
    ['姐妹们，这款大衣今天有券', ['姐妹们']],
    ['这个价格纯纯捡漏', ['纯纯']],
  ])('flags %s', (text, spans) => {
    expect(flagged(text)).toEqual(spans)
  })
  it.each([
    // A parcel or a box that cracks (with 也 after it), 姐妹们 as a subject or an object, pure cotton.
    ['外箱也裂开了，您拍张照我们给您补发'],
    ['我们也是裂开的包装就直接拒收'],
    ['姐妹们都说这个颜色显白'],
    ['可以和姐妹们一起拼单'],
    ['这件是纯棉的，很透气'],
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('internet-slang: slang quoted and talked about (您说的“绝绝子”是主播的口头禅) is no slang of the agent\'s', () => {
  const lint = linterFor('internet-slang')
  const flagged = (text: string) => brief(lint.lint(text).messages).map((m) => text.slice(m.start, m.end))
  it.each([
    // The same words said, not quoted.
    ['这款真的绝绝子', ['绝绝子']],
    ['这个颜色yyds', ['yyds']],
  ])('flags %s', (text, spans) => {
    expect(flagged(text)).toEqual(spans)
  })
  it.each([
    ['您说的“绝绝子”是主播常挂嘴边的话，我们客服不这么讲'],
    ['评论里有人说「yyds」，您可以看看买家秀'],
  ])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('competitor-disparagement: the shop naming itself (这边是某某旗舰店客服), and a check the buyer may run (鉴定不是正品我们全额退)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      // The rival still counts in a clause of its own after the introduction.
      ['我是品牌旗舰店客服，别家旗舰店卖的都是高仿', undefined, '别家旗舰店卖的都是高仿', 'warning'],
    ],
    [
      // The introduced shop's own 旗舰店 with a stock word later (base read it as a rival: mendB29).
      ['这里是云杉家纺旗舰店客服小满，我们不卖拆封品'],
      // Without the introduction the same words read the 旗舰店 as a rival's (the shop's own trap).
      ['欢迎光临小鹿母婴旗舰店客服为您服务，这款奶瓶不含香精'],
      ['这边是小鹿母婴旗舰店，这款湿巾不含香精，用了不过敏'],
      ['您可以送去专柜验，鉴定不是正品我们退一赔三'],
      // 验出来 right before the verdict (base flagged it: mendB29).
      ['可以拿去专柜，验出来不是正品我们退一赔三'],
    ],
  )
})

describe('internet-slang: 裂开 cried out after a wail (啊啊啊裂开, 呜呜呜 裂开了)', () => {
  const lint = linterFor('internet-slang')
  const flagged = (text: string) => brief(lint.lint(text).messages).map((m) => text.slice(m.start, m.end))
  it.each([
    ['啊啊啊裂开，仓库少发了一件', ['啊啊啊裂开']],
    ['呜呜呜 裂开了 物流又卡住了', ['呜呜呜 裂开']],
  ])('flags %s', (text, spans) => {
    expect(flagged(text)).toEqual(spans)
  })
  it.each([['呜呜裂开的外箱我们给您补一个'], ['啊，杯子裂开了吗？您拍张照片']])('passes %s', (text) => {
    expect(flagged(text)).toEqual([])
  })
})

describe('competitor-disparagement: a rival flagship said to be a dealer\'s (对面那家旗舰店听说是经销商开的)', () => {
  checkKinds(
    'competitor-disparagement',
    [['对面那家旗舰店听说是经销商开的', undefined, '对面那家旗舰店听说是经销商开的', 'warning']],
    [['我们是品牌授权的经销商开的店，发票齐全'], ['这家旗舰店是代理商开的吗？']],
  )
})
