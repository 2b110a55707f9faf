import { describe, expect, it } from 'vitest'
import { brief, linterFor } from './support/harness.js'

/**
 * Issue 8, fifth session: the kinds behind the dev pool's remaining misses and false alarms of
 * competitor-disparagement, off-platform, privacy-leak, review-manipulation and internet-slang,
 * each in wording of our own (other products, platforms, registers, Traditional, Cantonese),
 * with the traps beside them: negation, advice, questions, the shop's own goods or policy, a
 * third party reported neutrally. Each flag states every finding: its exact span and severity.
 */
type Finding = readonly [actual: string, severity: 'error' | 'warning']
type Case = readonly [text: string, ...findings: Finding[]]
type Profile = 'marketplace' | 'zh-TW'

function check(ruleId: string, flags: readonly Case[], passes: readonly string[], profile?: Profile) {
  const linter = linterFor(ruleId, profile ? { profile } : {})
  it.each(flags.map((c) => [c[0], c] as const))('flags %s', (_, [text, ...findings]) => {
    let from = 0
    const want = findings.map(([actual, severity]) => {
      const start = text.indexOf(actual, from)
      expect(start).toBeGreaterThanOrEqual(0)
      from = start + 1
      return { ruleId, severity, actual, start, end: start + actual.length }
    })
    expect(brief(linter.lint(text).messages)).toEqual(want)
  })
  it.each(passes)('passes %s', (text) => {
    expect(brief(linter.lint(text).messages)).toEqual([])
  })
}

describe('competitor-disparagement: a rival by a veiled reference × a negative evaluation in other words', () => {
  check(
    'competitor-disparagement',
    [
      // A market of traps; pieced together, repaired or recycled before the sale.
      ['那家店的水太深了，好多都是组装的杂牌货', ['那家店的水太深了，好多都是组装的杂牌', 'warning']],
      ['某东那家卖的洗碗机，好多都是回收翻新的', ['某东那家卖的洗碗机，好多都是回收翻新的', 'warning']],
      // A platform hidden behind its colour.
      ['那个黄色APP上的耳机基本都换过电池', ['那个黄色APP上的耳机基本都换过电池', 'warning']],
      // Nothing inside worth the price; only paying for the name.
      ['某宝上那些十几块的精华就是一瓶水，有效成分少得可怜', ['十几块的精华就是一瓶水，有效成分少得可怜', 'warning']],
      ['那些所谓的进口大牌，成本也就几毛钱', ['所谓的进口大牌，成本也就', 'warning']],
      ['那些大牌奶粉也就贵个品牌溢价，配方没什么两样', ['那些大牌奶粉也就贵个品牌溢价', 'warning']],
      // Shoddy hands (Traditional), gone once paid.
      ['別家的師傅都是臨時找的，活兒糙得很', ['別家的師傅都是臨時找的，活兒糙', 'warning']],
      ['隔壁那家的师傅装完就跑，漏水都不管', ['隔壁那家的师傅装完就跑，漏水都不管', 'warning']],
      // Harm after use.
      ['某网红品牌的面膜用了烂脸，您别碰', ['某网红品牌的面膜用了烂脸', 'warning']],
      ['那个牌子的奶粉好多宝宝吃了拉肚子', ['那个牌子的奶粉好多宝宝吃了拉肚子', 'warning']],
      // Any span of time, then 就 and a defect; a defect said to be severe.
      ['外面那些杂牌推车推半年就散架', ['外面那些杂牌推车推半年就散架', 'warning']],
      ['某品牌的沙发坐三个月就塌了', ['某品牌的沙发坐三个月就塌', 'warning']],
      ['那些不带认证的充电宝，用几次就鼓包', ['用几次就鼓包', 'warning']],
      ['某东自营那款吸尘器吸力衰减得厉害，用半年就跟没吸一样', ['某东自营那款吸尘器吸力衰减得厉害，用半年就跟没吸一样', 'warning']],
      // A toy, not a tool; a telltale smell.
      ['小米那款说白了就是个玩具，我们这台才是真家伙', ['小米那款说白了就是个玩具', 'warning']],
      ['那个网红牌子的奶瓶，好多妈妈反映有塑料味', ['那个网红牌子的奶瓶，好多妈妈反映有塑料味', 'warning']],
      // The shop reporting its own check on them; a whole category by origin; a dare.
      ['某家卖的奶粉我们拿去检测过，蛋白质含量低得可怜', ['某家卖的奶粉我们拿去检测过，蛋白质含量低得可怜', 'warning']],
      ['国产奶粉的配方跟进口的根本不是一个档次', ['国产奶粉的配方跟进口的根本不是一个档次', 'warning']],
      ['拼多多上九块九的口红您也敢往嘴上涂？', ['拼多多上九块九的口红您也敢往', 'warning']],
      // Cantonese.
      ['嗰間舖頭啲嘢全部係翻新貨', ['嗰間舖頭啲嘢全部係翻新貨', 'warning']],
    ],
    [
      // Advice, negation, questions about the buyer's own use.
      '我们的面霜您放心用，用了不会起疹子',
      '您用了起疹子的话先停用，拍照发我们看看',
      '宝宝吃了拉肚子吗？先停两天观察一下',
      '掉色严重的话可以申请退货',
      // The shop's own team, goods and policy.
      '我们的师傅都是自己的团队，不是临时找的',
      '这台是官方翻新机，页面写明了，享受一年保修',
      '我们家的推车推两年都不会歪',
      '我们也敢保证，质量没问题',
      '我们的成本也就比别家高一点',
      '这款吸力用半年会略有衰减，属于正常现象',
      // Rivals named neutrally, or judgement withheld.
      '别家两周就能到，我们这边要三天',
      '国产奶粉现在也做得很好，您可以放心选',
      '那个牌子我们也卖，质量挺好的',
      '您说的那家我们不了解，不好评价哦',
      '某宝同款我们不清楚是不是正品，我们家支持验货',
      '别家也有翻新机，买的时候注意看清描述就好',
      '您在别家买的话，记得保留好凭证',
      // Literal words.
      '水很深的地方别让宝宝一个人玩',
      '这款主板换过的话保修记录里能查到',
    ],
  )
})

describe('off-platform: contact or payment moved off the platform by description', () => {
  check(
    'off-platform',
    [
      // A number on the parcel, rung for someone of the shop.
      ['有事别在这问了，看一下外箱上写的那个电话，直接打过去找我', ['外箱上写的那个电话', 'error']],
      ['您翻一下发货单，上面的联系电话就是我，下次直接打给我', ['发货单，上面的联系电话', 'error'], ['打给我', 'error']],
      // The agent's own line, email, store or account by other names.
      ['您记一下我的工作号，微信同号', ['我的工作号', 'error'], ['微信同号', 'error']],
      ['您留个号码，我晚上用自己的手机给您打', ['自己的手机给您打', 'error']],
      ['要售后的话把照片发我们客服邮箱就行', ['客服邮箱', 'error']],
      ['尾款到我们官网下单更便宜', ['官网下单', 'error']],
      ['搜一下 ababa_shop 就是我，备注买过床垫', ['搜一下 ababa_shop 就是我', 'error']],
      // Money moved in person; a code scanned to join a group.
      // cp22: the agent's out-of-pocket payment (私人给您补: offplat.private × offplat.to.you) is a second finding of its own.
      ['差价走线下结算，我私人给您补', ['走线下结算', 'error'], ['私人给您补', 'error']],
      ['卡片背面有个码，扫一下入群每周有福利', ['扫一下入群', 'error']],
      ['亲，咱们这个平台聊天记录会被抽查，您打一下包装盒上那个座机，我是店主', ['包装盒上那个座机', 'error']],
      ['我们有自己的APP，在APP里下单积分翻倍', ['自己的APP', 'error']],
      ['我这边的企业微信二维码在店铺首页第二张图', ['二维码在店铺首页第二张', 'error']],
      // Other apps by other names (电报 = Telegram), and Cantonese.
      ['你私聊我电报，我发你资源', ['私聊我电报', 'error']],
      ['嘅話你WhatsApp我啦，平啲賣畀你', ['WhatsApp我', 'error']],
    ],
    [
      // The courier's or the brand's line, the buyer's own details.
      '快递员会按面单上的电话联系您',
      '面单上的电话写错了，我们帮您联系快递改一下',
      '说明书上有品牌售后热线，您可以打过去咨询',
      '发票会发到您下单时填的邮箱',
      // The shop's refusals and warnings.
      '我们不会私下加顾客的微信，有问题在这里说就行',
      '我们从来不私下收款，请在平台付款',
      '有人冒充我们客服让您加好友的话，请谨慎',
      '如果有人以店铺名义让您扫码进群领钱，请注意甄别',
      '我们没有官网，只在这个店卖',
      '收款码是平台生成的，您在订单页面扫码就可以',
      '您可以拨打包装盒上的400热线，品牌方会帮您处理',
      '您在APP里搜店名就能找到我们店铺',
      // The product's code, the marketplace's own group, the shop's own name and stores.
      '扫描包装上的二维码可以查看安装视频',
      '淘宝群扫码进群可以领券',
      '搜一下店名就是我们家的店铺',
      '我们家线下门店也有同款，价格和网上一样',
    ],
  )
  check(
    'off-platform',
    [
      ['這邊不好處理，您打出貨單上的門市電話找店長就可以', ['出貨單上的門市電話', 'error']],
      ['我們官方LINE有獨家優惠，歡迎加入', ['官方LINE', 'error']],
    ],
    [],
    'zh-TW',
  )
})

describe('privacy-leak: another person’s number or address in other words', () => {
  check(
    'privacy-leak',
    [
      // A number spelt in words, labelled by its owner.
      ['送货的司机师傅姓王，他的号码是一八六零零一二三四五六，您直接问他', ['一八六零零一二三四五六', 'error']],
      // A district with a town, an office block or a park, next to someone else.
      // Session 21 (pv21): the other buyer named after the bare label 收货人 is reported too.
      ['这是另一位顾客的单子，收货人王女士，杭州西湖区西溪银泰广场，您别管它', ['王女士', 'error'], ['杭州西湖区西溪银泰广场', 'error']],
      ['我记得您之前给妈妈买过一台，寄到绍兴柯桥区安昌镇那个地址', ['绍兴柯桥区安昌镇', 'error']],
      ['上一位买家也是深圳的，南山区科兴科学园，跟您挺近', ['南山区科兴科学园', 'error']],
    ],
    [
      // The buyer's own address as filled in; advice about a relation; the shop's own store.
      '您地址填的是学校宿舍，被别人代领了吧，建议问问宿管',
      '您给妈妈买的话，建议选大字版',
      '我们的门店在杭州西湖区西溪银泰广场，欢迎来看',
      '您填的地址是杭州西湖区文三路，对吗',
      // The agent's own number is off-platform's (the dev pool labels it so in 6 of 10 cases).
      '我的号码是一三九零零七七五五二一，有事找我',
    ],
  )
})

describe('review-manipulation: part of a review changed, or a service upgraded, for a reward', () => {
  check(
    'review-manipulation',
    [
      ['评论里说“有异味”的那句话能不能拿掉，我给您补个二十块', ['评论里说“有异味”的那句话能不能拿掉，我给您补个二十块', 'error']],
      ['买家秀那张能换一张吗？我们送您一瓶小样', ['买家秀那张能换一张吗？我们送您', 'error']],
      ['您把追评里的视频删一下，我们这边给您返15', ['追评里的视频删一下，我们这边给您返15', 'error']],
      ['亲，给个五星，我们给您的洗衣机免费多保一年', ['五星，我们给您的洗衣机免费多保一年', 'error']],
      ['好评带图的话，安装费全免', ['好评带图的话，安装费全免', 'error']],
      ['您要是愿意把星级改高一点，我们这边马上给您免费换新', ['星级改高一点，我们这边马上给您免费换', 'error']],
      ['給個五星評價，下次來店裡幫您升級成VIP', ['五星評價，下次來店裡幫您升級成VIP', 'error']],
      ['麻烦您把评价里提到色差的那段删一下，这边给您发个8.8的红包', ['评价里提到色差的那段删一下，这边给您发个8.8的红包', 'error']],
    ],
    [
      '评价里那张图拍得很好看，谢谢亲',
      '图片看不清的话可以换一张发我们',
      '我们的洗衣机整机延保一年，好评率也很高',
      '这款免费安装，欢迎收货后评价',
      '评价里说的异味问题我们已经改进了',
      '您不想改评价也没关系，补偿照常给您',
      '评价是您的权利，我们不会干预',
      '评价里提到的色差我们会和仓库确认',
      'VIP会员是根据消费金额自动升级的',
    ],
  )
})

describe('internet-slang: memes and homophones by label count', () => {
  check(
    'internet-slang',
    [
      ['这款防晒不假白，干皮狂喜', ['狂喜', 'warning']],
      ['偶稍后给您回电话哈，表着急', ['偶', 'warning'], ['表', 'warning']],
      ['好滴，偶这就去帮您催', ['好滴', 'warning'], ['偶', 'warning']],
    ],
    [
      '这款防晒不假白，干皮也能用',
      // "The ceiling" alone is exaggeration's superlative (slang in 3 of 10 dev-pool replies, all beside more slang).
      '行业天花板级别的做工',
      '偶尔会有一点色差',
      '偶然出现的小划痕不影响使用',
    ],
  )
  check(
    'internet-slang',
    [
      // A Taiwan buyer: 親 after a greeting closed by a particle.
      ['不客氣呀親～有問題隨時找我們！', ['親', 'warning']],
      ['謝謝啦親', ['親', 'warning']],
    ],
    ['親自到店取貨也可以'],
    'zh-TW',
  )
})
