import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

const linter = linterFor('exaggeration')
const lint = (text: string) => linter.lint(text).messages

describe('exaggeration: must flag', () => {
  it.each([
    // Superlatives: 全网最… / 史上最… cover the adjective after them.
    ['这已经是全网最低价了', '全网最低价', 4, 'warning'],
    ['全网最便宜了亲', '全网最便宜', 0, 'warning'],
    ['史上最强性能', '史上最强', 0, 'warning'],
    ['全國最好用的', '全國最好用', 0, 'warning'],
    ['这已经是最低价了', '最低价', 4, 'warning'],
    ['历史最低价', '最低价', 2, 'warning'],
    ['我们家价格最低', '价格最低', 3, 'warning'],
    ['这款性价比最高', '性价比最高', 2, 'warning'],
    ['我们家做工最优秀', '最优秀', 5, 'warning'],
    ['这款面料是最佳的选择', '最佳', 5, 'warning'],
    ['效果最佳', '最佳', 2, 'warning'],
    // 最好 as a claim.
    ['我们家的质量是最好的', '最好', 7, 'warning'],
    ['这款是最好的选择', '最好', 3, 'warning'],
    ['这款效果最好了', '最好', 4, 'warning'],
    ['这个颜色最好看了', '最好看', 4, 'warning'],
    // Rankings.
    ['我们家销量第一', '销量第一', 3, 'warning'],
    ['这款是全网第一', '全网第一', 3, 'warning'],
    ['行业第一品牌', '行业第一', 0, 'warning'],
    ['排名第一的', '排名第一', 0, 'warning'],
    ['销量排第一', '销量排第一', 0, 'warning'],
    ['人气稳居第一名', '人气稳居第一名', 0, 'warning'],
    ['销量冠军', '销量冠军', 0, 'warning'],
    ['本店NO.1爆款', 'NO.1', 2, 'warning'],
    ['TOP1单品', 'TOP1', 0, 'warning'],
    ['我们是第一家做这个的', '第一', 3, 'warning'],
    // Uniqueness and premium wording.
    ['全网唯一正品店', '唯一', 2, 'warning'],
    ['这个设计独一无二', '独一无二', 4, 'warning'],
    ['这次优惠力度史无前例', '史无前例', 6, 'warning'],
    ['送礼首选', '首选', 2, 'warning'],
    ['独家配方', '独家', 0, 'warning'],
    ['顶级面料', '顶级', 0, 'warning'],
    ['极致体验', '极致', 0, 'warning'],
    ['王牌产品', '王牌', 0, 'warning'],
    ['这个清洁剂是万能的', '万能', 6, 'warning'],
    ['性价比无敌', '无敌', 3, 'warning'],
    ['超级无敌好用', '超级无敌', 0, 'warning'],
    ['这个价格秒杀全网', '秒杀全网', 4, 'warning'],
    ['永久保修', '永久', 0, 'warning'],
    // Authority.
    ['国家级工艺', '国家级', 0, 'warning'],
    ['世界级品质', '世界级', 0, 'warning'],
    ['国家免检产品', '国家免检产品', 0, 'warning'],
    ['中国驰名商标', '驰名商标', 2, 'warning'],
    ['专家推荐的', '专家推荐', 0, 'warning'],
    ['人民大会堂特供', '特供', 5, 'warning'],
    ['国家机关专供', '专供', 4, 'warning'],
    // Efficacy and medical claims are errors.
    ['这个药膏能根治脚气', '根治', 5, 'error'],
    ['用了就能治好', '治好', 4, 'error'],
    ['纯中药无副作用', '无副作用', 3, 'error'],
    ['三天彻底祛斑', '彻底祛斑', 2, 'error'],
    ['喝了立刻瘦', '立刻瘦', 2, 'error'],
    ['100%纯天然', '100%纯天然', 0, 'error'],
    ['效果立竿见影', '立竿见影', 2, 'error'],
    ['包治百病', '包治百病', 0, 'error'],
    ['降血压效果好', '降血压', 0, 'error'],
  ] as const)('%s → %s', (text, actual, start, severity) => {
    expect(brief(lint(text))).toEqual([{ ruleId: 'exaggeration', severity, actual, start, end: start + actual.length }])
  })

  it('catches Traditional, full-width and mixed case with spans in the original text', () => {
    expect(brief(lint('頂級面料'))).toEqual([{ ruleId: 'exaggeration', severity: 'warning', actual: '頂級', start: 0, end: 2 }])
    expect(brief(lint('這款是全網最低價'))).toEqual([{ ruleId: 'exaggeration', severity: 'warning', actual: '全網最低價', start: 3, end: 8 }])
    expect(brief(lint('治癒率很高'))).toEqual([{ ruleId: 'exaggeration', severity: 'error', actual: '治癒', start: 0, end: 2 }])
    expect(brief(lint('１００％純天然'))).toEqual([{ ruleId: 'exaggeration', severity: 'error', actual: '１００％純天然', start: 0, end: 7 }])
    expect(brief(lint('本店ＮＯ．１'))).toEqual([{ ruleId: 'exaggeration', severity: 'warning', actual: 'ＮＯ．１', start: 2, end: 6 }])
    expect(brief(lint('销量No.1'))).toEqual([{ ruleId: 'exaggeration', severity: 'warning', actual: '销量No.1', start: 0, end: 6 }])
    expect(brief(lint('Top1单品'))).toEqual([{ ruleId: 'exaggeration', severity: 'warning', actual: 'Top1', start: 0, end: 4 }])
    expect(brief(lint('顶\u200b级面料'))).toEqual([{ ruleId: 'exaggeration', severity: 'warning', actual: '顶\u200b级', start: 0, end: 3 }])
  })

  it('reports one claim once (全网最低价 contains 最低价; 第一名 contains 第一)', () => {
    expect(lint('全网最低价').map((m) => m.actual)).toEqual(['全网最低价'])
    expect(lint('销量第一名').map((m) => m.actual)).toEqual(['销量第一名'])
    expect(lint('全网最好用').map((m) => m.actual)).toEqual(['全网最好用'])
  })

  it('reports every separate claim in a reply', () => {
    expect(lint('顶级面料，国家级工艺，能根治脚气').map((m) => [m.actual, m.severity])).toEqual([
      ['顶级', 'warning'],
      ['国家级', 'warning'],
      ['根治', 'error'],
    ])
  })
})

describe('exaggeration: must not flag', () => {
  it.each([
    // 最 that is not a claim.
    '最近很多人买',
    '最后一件了',
    '最快明天到',
    '最晚周五发货',
    '最少买两件',
    '最终以实物为准',
    '最高可优惠50元',
    '最低只要99元',
    '全场最低5折',
    '最新款已经上架',
    '最大码是XL',
    '最佳赏味期是三个月',
    '为了达到最佳效果建议连续使用',
    '现在下单最优惠',
    // 最好 as advice or a wish.
    '您最好先量一下尺寸',
    '最好是冷水手洗',
    '最好选大一码',
    '最好用冷水洗',
    '最好看一下尺码表',
    '最好的办法是先申请退款',
    '您能今天确认那就最好了',
    '这样最好了',
    '今天能发最好',
    '这是我们最好的一款了',
    '最佳搭配是白色裤子',
    '我们默认首选顺丰快递',
    // Exempt: service attitude, rankings within the shop.
    '我们家服务是最好的',
    '这款是店里卖得最好的',
    // Ordinals, enumerations, standard grades, names.
    '第一时间给您处理',
    '第一次购买可以领券',
    '第一件半价',
    '第一步先申请退款',
    '第一个颜色是米白',
    '第一，请您先拍照',
    '第一眼就喜欢',
    '第1次买的话有券',
    '符合国家标准',
    '一级能效',
    '这是一级品',
    '国家级非遗技艺',
    '这是我们家的冠军版',
    '荣获设计大赛冠军',
    '订单号NO.12345',
    'top10里面有',
    '我们一直把质量放在首位',
    '万能胶可以粘',
    '送一个万能转换插头',
    '至尊版已经售罄',
    '永久牌自行车',
    '会造成永久性损伤',
    '这款是电商专供款',
    '天猫特供礼盒',
    '秒杀活动十点开始',
    '防碾压设计',
    // Honest 唯一.
    '唯一的办法?',
    '唯一的缺点是有点重',
    '这不是唯一的款式',
    '每件都有唯一的防伪码',
    // Negated or harmless efficacy words.
    '这个不能根治，只能缓解',
    '我们不是药品，没有疗效',
    '脚气很难根治',
    '无法保证没有副作用',
    '治愈系玩偶',
    '这个小夜灯很治愈',
    '100%纯棉',
    '美白精华在这个链接',
    '',
  ])('%s', (text) => {
    expect(lint(text)).toEqual([])
  })
})

describe('exaggeration: 最 + a quality word, instant effects, treatment', () => {
  it.each([
    // 最 + a quality word said of the product: as the predicate, after 得, or before a noun.
    ['这款被子是最保暖的，冬天不用开空调', '最保暖', 5, 'warning'],
    ['这款吸尘器是吸得最干净的', '最干净', 8, 'warning'],
    ['这是最天然的蜂蜜', '最天然', 2, 'warning'],
    ['这个颜色最显白了', '最显白', 4, 'warning'],
    // More scopes for 最.
    ['這款是全台最便宜的喔', '全台最便宜', 3, 'warning'],
    ['同价位最耐用的就是这款', '同价位最耐用', 0, 'warning'],
    // 没有之一, 克星: absolute wording.
    ['这款吹风机很好用，没有之一', '没有之一', 9, 'warning'],
    ['除螨克星', '克星', 2, 'warning'],
    // Instant results and treatment are medical or efficacy claims: errors.
    ['这款面霜涂上马上变白', '马上变白', 6, 'error'],
    ['喷一下甲醛立刻去除', '立刻去除', 5, 'error'],
    ['这个贴一贴就止痛', '一贴就止痛', 3, 'error'],
    ['这款清洁剂一喷就干净', '一喷就干净', 5, 'error'],
    ['我们的艾灸贴能治疗关节炎', '治疗', 7, 'error'],
    ['专治各种脚气', '专治', 0, 'error'],
    ['这个茶可以治失眠', '可以治', 3, 'error'],
  ] as const)('%s → %s', (text, actual, start, severity) => {
    expect(brief(lint(text))).toEqual([{ ruleId: 'exaggeration', severity, actual, start, end: start + actual.length }])
  })

  it('suggests the adjective without 最', () => {
    expect(lint('这款被子是最保暖的')[0]!.expected).toEqual(['很保暖', '非常保暖'])
  })

  it('reports each claim in a reply', () => {
    expect(lint('这款洗发水是最好用的，没有之一').map((m) => m.actual)).toEqual(['最好用', '没有之一'])
  })

  it.each([
    // Within the shop: comparing its own items, or picking one of them.
    '这几款里面这款最保暖',
    '最便宜的一款是99元',
    '我们家最实惠的套餐在这个链接',
    '价格最低的是基础款',
    '最干净的洗法是手洗',
    '这款最耐用的部分是底座',
    // Advice, questions, estimates and specs.
    '最适合您的尺码是M',
    '您说的最干净是指哪方面',
    '这款的承重最大150kg',
    '最近天气冷，这款更保暖',
    // 立刻 / 马上 for service, not an effect.
    '马上给您发货',
    '立刻帮您处理',
    '马上白色就补货了',
    '一秒钟就能连上蓝牙',
    '当天就能发货',
    '不会马上见效哦，需要坚持使用',
    // 治疗 as advice or negated.
    '症状严重的话建议去医院治疗',
    '需要配合医生治疗哦',
    '我们不是药品，不能治疗疾病',
    '这是颈椎治疗仪的配件',
    // 唯一 for what can be done.
    '现在唯一能做的就是等快递恢复派送',
    '唯一能帮您的就是先帮您登记缺货',
  ])('does not flag %s', (text) => {
    expect(lint(text)).toEqual([])
  })

  it('answers to “which one is the warmest?” compare within the shop', () => {
    expect(linter.lint('这款是最保暖的', { previous: '哪款最保暖？' }).messages).toEqual([])
    expect(brief(lint('这款是最保暖的'))).toEqual([{ ruleId: 'exaggeration', severity: 'warning', actual: '最保暖', start: 3, end: 6 }])
  })
})

describe('exaggeration: suggestions and messages', () => {
  it.each([
    ['这已经是全网最低价了', ['优惠价', '实惠价']],
    ['全网最便宜了亲', ['很实惠', '很优惠']],
    ['史上最强性能', ['很强', '非常强']],
    ['我们家的质量是最好的', ['很好', '不错']],
    ['这个颜色最好看了', ['很好看', '好看']],
    ['我们家销量第一', ['热销', '很受欢迎']],
    ['顶级面料', ['优质', '高品质']],
    ['超级无敌好用', ['很', '非常']],
    ['根治脚气', ['缓解', '改善']],
    ['纯中药无副作用', ['温和', '刺激性小']],
    ['三天彻底祛斑', ['淡化色斑', '改善色斑']],
    ['全国第一', []],
    ['国家级工艺', []],
  ] as const)('%s → %j', (text, expected) => {
    const [m] = lint(text)
    expect(m!.expected).toEqual(expected)
    expect(m!.fix).toBeUndefined()
  })

  it('cites the Advertising Law in Chinese', () => {
    expect(lint('这已经是全网最低价了')[0]!.message).toBe(
      '「全网最低价」是无法证实的最高级比较，《广告法》第九条禁止此类说法，建议改为「优惠价」、「实惠价」。',
    )
    expect(lint('顶级面料')[0]!.message).toBe(
      '「顶级」是绝对化用语，《广告法》第九条禁止“最佳”“第一”“国家级”等无法证实的说法，建议改为「优质」、「高品质」。',
    )
    expect(lint('本店NO.1爆款')[0]!.message).toBe(
      '「NO.1」是排名类绝对化用语，《广告法》第九条禁止无法证实的“第一”“冠军”等说法，建议删去，或改用可查证的具体数据。',
    )
    expect(lint('根治脚气')[0]!.message).toBe(
      '「根治」是医疗用语，《广告法》第十七条禁止非药品宣传治疗功能，且效果因人而异，建议改为「缓解」、「改善」。',
    )
  })

  it('explains in English with locale en', () => {
    const [m] = linterFor('exaggeration', { locale: 'en' }).lint('这已经是全网最低价了').messages
    expect(m!.message).toBe('“全网最低价” is an unprovable comparison with everyone else (PRC Advertising Law art. 9); say “优惠价”, “实惠价” instead.')
    expect(m!.url).toMatch(/rules\/exaggeration\/README\.md$/)
  })

  it('cites Taiwan law in the zh-TW profile', () => {
    const l = linterFor('exaggeration', { profile: 'zh-TW' })
    expect(l.lint('頂級面料').messages[0]!.message).toBe(
      '「頂級」是绝对化用语，《公平交易法》第二十一条禁止“最佳”“第一”“国家级”等无法证实的说法，建议改为「优质」、「高品质」。',
    )
  })
})

describe('exaggeration: strict profile (regulated categories)', () => {
  const strict = linterFor('exaggeration', { profile: 'strict' })
  const lintStrict = (text: string) => brief(strict.lint(text).messages)

  it('makes every claim an error', () => {
    expect(lintStrict('顶级面料')).toEqual([{ ruleId: 'exaggeration', severity: 'error', actual: '顶级', start: 0, end: 2 }])
    expect(lintStrict('我们家销量第一')).toEqual([{ ruleId: 'exaggeration', severity: 'error', actual: '销量第一', start: 3, end: 7 }])
    expect(lintStrict('我们家的质量是最好的')).toEqual([{ ruleId: 'exaggeration', severity: 'error', actual: '最好', start: 7, end: 9 }])
  })

  it('flags effect words offered as what the product does', () => {
    expect(lintStrict('这款面霜美白效果很好')).toEqual([{ ruleId: 'exaggeration', severity: 'error', actual: '美白', start: 4, end: 6 }])
    expect(lintStrict('可以帮助祛痘哦')).toEqual([{ ruleId: 'exaggeration', severity: 'error', actual: '祛痘', start: 4, end: 6 }])
    expect(lintStrict('喝了能助眠')).toEqual([{ ruleId: 'exaggeration', severity: 'error', actual: '助眠', start: 3, end: 5 }])
  })

  it.each(['美白精华在这个链接', '这款没有美白功效哦', '祛痘系列有三款', '最快明天到', '您最好先做个皮试', '第一次使用请先局部试用'])(
    'still passes %s',
    (text) => {
      expect(lintStrict(text)).toEqual([])
    },
  )

  it('leaves effect words alone outside the strict profile', () => {
    expect(lint('这款面霜美白效果很好')).toEqual([])
  })
})

describe('exaggeration: options', () => {
  it('allows configured phrases and flags extra ones', () => {
    // 天花板 is a built-in entry now (行业天花板); a word the lexicon does not know shows the drop message.
    const l = linterFor('exaggeration', { rules: { exaggeration: { allow: ['王牌'], flag: ['封神'] } } })
    expect(l.lint('王牌产品').messages).toEqual([])
    const messages = l.lint('同价位封神').messages
    expect(brief(messages)).toEqual([{ ruleId: 'exaggeration', severity: 'warning', actual: '封神', start: 3, end: 5 }])
    expect(messages[0]!.message).toBe('「封神」是绝对化用语，《广告法》第九条禁止“最佳”“第一”“国家级”等无法证实的说法，建议删去，或改用可查证的描述。')
  })
  it('forces a severity', () => {
    const l = linterFor('exaggeration', { rules: { exaggeration: 'info' } })
    expect(l.lint('根治脚气').messages.map((m) => m.severity)).toEqual(['info'])
  })
})

describe('exaggeration: 别 in a place word is not a negation', () => {
  it('flags a claim after 别处/别的地方 as it does elsewhere', () => {
    for (const text of ['这个价你在别处找不到第二家', '别的地方找不到第二家']) {
      expect(lint(text).map((m) => m.actual)).toEqual(['找不到第二家'])
    }
  })
  it('still reads 别 as a negator before a verb', () => {
    expect(lint('别说找不到第二家，这种话我们不讲')).toEqual([])
  })
})
