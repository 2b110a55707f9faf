import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Fourteenth session, lane bc14: blame-customer by construction (the buyer's act named without 您/你) and
 * curt-reply formulas by class. Replies in our own words; the traps are the shop's own fault, advice,
 * conditions, questions that help, policy stated neutrally and a short yes.
 */

describe('blame-customer: a check left out, then committed anyway, nobody named (没看清楚就拍了)', () => {
  checkKinds(
    'blame-customer',
    [
      ['没看清楚型号就下单了', undefined, '没看清楚型号就下单', 'warning'],
      ['腰围不量就拍', undefined, '腰围不量就拍', 'warning'],
      ['不试戴就把标签撕了', undefined, '不试戴就把标签撕了', 'warning'],
      ['说明书没看直接装', undefined, '说明书没看直接装', 'warning'],
      ['您自己没量就下单了', undefined, '您自己没量就下单', 'error'],
    ],
    [
      // The shop or a third party left it out; a condition or a permission; a question that helps; advice.
      ['我们打包前没检查到，非常抱歉'],
      ['仓库没核对就发出去了，马上给您补发'],
      ['快递员没验货就让签了，我们帮您找快递'],
      ['师傅没检查就装了，这个我们承担'],
      ['很多买家没看清楚就拍了，所以我们加了弹窗提示'],
      ['没问题就可以拍了'],
      ['不合适就换'],
      ['不用量，直接拍L码就行'],
      ['没收到就联系我们'],
      ['如果没量好就下单，可能会不合适'],
      ['不看说明书就装的话很容易装错，我发您视频'],
      ['没看也没关系，我再发一遍'],
      ['是不是没看清楚就拍了呀？没关系，可以换'],
      ['没看懂就直接问我哦'],
      ['还没付款就不用拍了'],
      ['下次可以先量一下腰围哦，尺码表在详情页'],
      ['建议下单前先量一下脚长'],
    ],
  )
})

describe('blame-customer: a check left out in the buyer\'s own moment, with a result or a late complaint (签收时未当面验货，因此…)', () => {
  checkKinds(
    'blame-customer',
    [
      ['收货时没有开箱检查，所以破损没法认定', undefined, '收货时没有开箱检查', 'warning'],
      ['取车时没检查车况，所以划痕没法认定', undefined, '取车时没检查车况', 'warning'],
      ['拿到快递没拆开看，过了一周才说少配件', undefined, '拿到快递没拆开看', 'warning'],
    ],
    [
      ['签收时记得当面验货哦'],
      ['不检查就签收的话，破损很难处理，记得当面拆开哦'],
      ['签收前不验货的话，后面很难判定责任'],
      ['发货前没检查到，所以少发了一个，马上给您补'],
    ],
  )
})

describe('blame-customer: a check left out, asked back (都不看…的吗, 怎么连…都不看, 难道没…, 谁让…不…)', () => {
  checkKinds(
    'blame-customer',
    [
      ['用之前都不看说明书的吗', undefined, '用之前都不看说明书', 'error'],
      ['洗之前也不看一下洗标的吗？', undefined, '洗之前也不看一下洗标', 'error'],
      ['怎么连尺码表都不看一眼', undefined, '怎么连尺码表都不看一眼', 'error'],
      ['难道下单前没看规格吗', undefined, '下单前没看规格', 'error'],
      ['谁让付款前不核对地址', undefined, '谁让付款前不核对地址', 'error'],
    ],
    [
      ['我们仓库怎么都不检查一下，真抱歉'],
      ['都没看到吗？我再发一遍'],
      ['您都不用量，直接拍M码'],
      ['难道没发货吗？我去查一下'],
      ['怎么都不回消息了呢'],
    ],
  )
})

describe('blame-customer: told to mind themselves (长点心) and the buyer\'s handling named as the problem (储存方式的问题)', () => {
  checkKinds(
    'blame-customer',
    [
      ['这次长点心吧', undefined, '长点心', 'warning'],
      ['储存方式的问题', '肉解冻后有好多冰碴', '储存方式的问题', 'warning'],
      ['这种情况是清洗方法不对', undefined, '这种情况是清洗方法不对', 'warning'],
    ],
    [
      ['我们以后长点心，这次真不好意思'],
      ['储存方式的问题会影响口感，建议冷冻保存'],
      ['如果储存方式有问题可能会变质'],
      ['不是您储存方式的问题，是我们发货晚了'],
      ['我们仓库的储存方式有问题，抱歉'],
      ['储存方式的问题'],
    ],
  )
})

describe('blame-customer: rhetorical reproaches in other shapes (又不是第一次买了, 那你早说啊, 现在说有什么用)', () => {
  checkKinds(
    'blame-customer',
    [
      ['你又不是第一次网购', undefined, '你又不是第一次网购', 'error'],
      ['那您早说啊，现在都打包了', undefined, '那您早说啊', 'error'],
      ['现在说也没用', undefined, '现在说也没用', 'error'],
    ],
    [['我们又不是第一次做这个了，放心'], ['有需要提前说哦，我们好安排']],
  )
})

describe('curt-reply: an own-clause formula closing a reply typed or dictated without punctuation (乡下送不了没办法)', () => {
  checkKinds(
    'curt-reply',
    [
      ['山区送不了没办法', undefined, '没办法', 'warning'],
      ['这个型号我们真不清楚', undefined, '不清楚', 'warning'],
      ['太久了查不到', undefined, '查不到', 'warning'],
    ],
    [
      ['还有哪里不清楚'],
      ['您不清楚的话我教您'],
      ['偏远的地方就送不了'],
      ['已经发货了改不了'],
      ['要看银行处理速度'],
    ],
  )
})

describe('curt-reply: marks only, a grunt to a greeting, and 服务禁语 formulas by class', () => {
  checkKinds(
    'curt-reply',
    [
      ['？', '能再便宜点吗', '？', 'warning'],
      ['。。。', '怎么还没发货', '。。。', 'warning'],
      ['嗯', '你好', '嗯', 'warning'],
      ['这不是我的责任', undefined, '这不是我的责任', 'warning'],
      ['跟你说了也没用', undefined, '跟你说了也没用', 'warning'],
      ['这个帮不上忙', undefined, '帮不上忙', 'warning'],
      ['这个没法弄', undefined, '没法弄', 'warning'],
      ['网上查一下', undefined, '网上查一下', 'warning'],
      ['你问别人去', undefined, '你问别人去', 'warning'],
      ['这种事找经销商', undefined, '找经销商', 'warning'],
    ],
    [
      // A yes to a yes/no question (在吗 asks whether someone is there), marks with words, a warning idiom, the agent asking.
      ['嗯', '在吗'],
      ['嗯', '是今天发吗'],
      ['？我帮您查一下'],
      ['好的', '？'],
      ['吃坏了别怪我没提醒哦'],
      ['我帮您问下门店'],
      ['我问一下别人再回复您'],
    ],
  )
})

describe('blame-customer: the omission and the late complaint of one reply are both read', () => {
  it('您當初下單前不先問，現在才說不適用', () => {
    const got = linterFor('blame-customer')
      .lint('您當初下單前不先問，現在才說不適用', { previous: '不能用' })
      .messages.filter((m) => m.ruleId === 'blame-customer')
      .map((m) => m.actual)
    expect(got).toEqual(['您當初下單前不先問', '現在才說'])
  })
})
