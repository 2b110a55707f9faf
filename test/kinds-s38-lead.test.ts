import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 38 (the lead, from set BN's first-sight misses): a stark no with nothing around it (没有 / 不能。 / 不单卖) to a yes/no
 * question about the goods or the service shuts the question rather than answering it — every author of the pool labels it
 * curt (55 of 55) — while a soft no (没有呢, 不可以的, 不行哦) answers, and a fact denied (是二手的吗 → 不是; 会缩水吗 → 不会) is
 * the answer too.
 */
describe('curt-reply: the stark no to a yes/no question', () => {
  checkKinds(
    'curt-reply',
    [
      ['没有', '这款保温杯有配杯套吗', '没有', 'warning'],
      ['不能。', '这个相框可以挂墙上吗？', '不能', 'warning'],
      ['沒有', '請問這款有附發票嗎？', '沒有', 'warning'],
      ['不单卖', '套装里的勺子可以单买吗', '不单卖', 'warning'],
      ['不拆卖。', '能只买其中一瓶吗', '不拆卖', 'warning'],
      ['不分開賣', '這組碗盤可以分開買嗎？', '不分開賣', 'warning'],
    ],
    [
      ['没有呢', '这款保温杯有配杯套吗'],
      ['不可以的', '这个相框可以挂墙上吗？'],
      ['不是', '这个是二手的吗'],
      ['不会', '这个床单洗了会起球吗'],
      ['沒有喔，只有單杯裝', '請問有兩入組嗎？'],
      ['套装不单卖，单买的话可以拍这个链接', '套装里的勺子可以单买吗'],
    ],
  )
})

/**
 * Session 38 (the lead, set BN): the talk or the deal taken off the platform by kinds the lexicon did not hold — the buyer's number
 * asked for after the chat is called unfit (在这说不清，您留个电话); the sale moved to the shop's premises after the platform is named
 * as what cannot take the price; a price said to be under the shop's own page; WeChat Work cut to 企业微.
 */
describe('off-platform: the talk or the deal moved off the chat', () => {
  checkKinds(
    'off-platform',
    [
      ['图纸在这里讲不清，您留个手机号，我们设计师联系您', undefined, '讲不清，您留个手机号，我们设计师联系', 'error'],
      ['這裡打字太麻煩，留個電話給我吧', undefined, '太麻煩，留個電話', 'error'],
      ['这个价平台上改不了，您到我们仓库来拿吧', undefined, '平台上改不了，您到我们仓库', 'error'],
      ['平台抽成太高了，来我们门市买划算', undefined, '平台抽成太高了，来我们门市', 'error'],
      ['想要的话我短信发您链接，比平台上还便宜', undefined, '比平台上还便宜', 'error'],
      ['有啥问题加我企业微，下班也能回', undefined, '加我企业微', 'error'],
    ],
    [
      ['师傅上门前需要联系，您留个电话方便吗？'],
      ['安装要约时间，您留个电话，师傅会提前打给您'],
      ['您平台下单后可以到我们门店自提，不收运费'],
      ['直播间下单比店铺里便宜一些，链接在小黄车'],
      ['领券后比页面便宜十块，券在商品页'],
      ['我们不会私下给您比平台便宜的价格，请在平台下单'],
      ['您的企业微信报销凭证我们可以开电子发票'],
    ],
  )
})

/**
 * Session 38 (the lead, set BN): three more whole-reply brush-offs — the dare to complain cut to its verb (我要投诉 → 投吧), the system
 * as where the answer is (退货地址发一下 → 系统里有), and the queue after a thin status (人多，排队). With more said (the agent's own
 * step, a time) each is an answer.
 */
describe('curt-reply: the dare cut short, the system as the answer, the queue', () => {
  checkKinds(
    'curt-reply',
    [
      ['投吧', '我要投诉你们', '投吧', 'warning'],
      ['随便投', '再不处理我就投诉', '随便投', 'warning'],
      ['要投就投', '我要去消协投诉', '要投就投', 'warning'],
      ['系统里有', '发票抬头发我一下', '系统里有', 'warning'],
      ['系統上有', '退貨地址給我一下', '系統上有', 'warning'],
      ['单多，排队', '我等了两天了还没发', '排队', 'warning'],
    ],
    [
      ['您要投诉的话，我先帮您登记，主管会在24小时内联系您', '我要投诉你们'],
      ['退货地址系统里有，我也给您发一份：武汉市江汉区仓库收', '退货地址发一下'],
      ['单多在排队，预计明天上午发出，给您备注优先', '我等了两天了还没发'],
      ['好的，排队', '帮我下单吧'],
    ],
  )
})

/**
 * Session 38 (the lead, after the merge): a night of use is counted (贴一晚, 睡一晚上, 戴两夜); a bare 晚 is "late" — 晚了就没了
 * says the stock runs out, no effect is promised.
 */
describe('absolute-promise: a counted night of use, not 晚 for late', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这个护膝戴一晚膝盖就不疼了', undefined, '一晚膝盖就不疼', 'error'],
      ['敷兩夜痘痘就消了', undefined, '兩夜痘痘就消', 'error'],
      ['这款香薰点上当晚就能睡着', undefined, '当晚就能睡着', 'error'],
    ],
    [['福袋数量有限，晚了就没了哦'], ['来晚了就没了，先下单占个位'], ['晚点就没货了，您抓紧']],
  )
})
