import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

/**
 * Session 26 (twenty-second working session), the lead. Kinds of false alarm and miss that remained on the
 * second real corpus (JDDCRec) for off-platform, privacy-leak, blame-customer and exaggeration. Each kind in
 * our own words, with the traps that must stay flagged.
 */

// 1. off-platform: the app named as the place where the buyer follows the brand's account (在微信上关注…公众号) gives
//    way to the account's own reading, so an account that holds the manual or the recipes passes as the product's
//    own; the account the buyer already follows, described (您所关注的公众号将迁移), invites nobody.
describe('off-platform: the brand account as the product’s manual', () => {
  checkKinds(
    'off-platform',
    [
      ['您可以在微信上关注下我们的公众号，每天都有福利', undefined, '关注下我们的公众号', 'error'],
      ['微信上加我，给您发优惠', undefined, '微信上', 'error'],
      ['您所关注的公众号会推送活动，也可以关注我们的新公众号领券', undefined, '关注我们的新公众号', 'error'],
      ['微信上有我们的公众号，进去下单便宜', undefined, '微信上', 'error'],
    ],
    [
      ['您可以在微信上关注一下我们的公众号，搜索品牌名，里面有这款锅的食谱和安装视频'],
      ['在微信上搜我们的服务号就能看到说明书和菜谱'],
      ['您所关注的公众号下个月要改名，功能都不变'],
      ['您之前关注的服务号已经停用了，说明书在详情页下载就行'],
    ],
  )
})

// 2. privacy-leak: a business named right before its address (维修部, 服务网点, 专卖店) gives its public address; the
//    buyer's own card read back may have the address found some words into it. Another person's address stays a leak.
describe('privacy-leak: a business’s address and the card read back', () => {
  checkKinds(
    'privacy-leak',
    [
      ['上一位顾客的地址是南京市鼓楼区中山北路30号2栋1801', undefined, '南京市鼓楼区中山北路30号2栋1801', 'error'],
      ['维修部的师傅说他家住合肥市蜀山区长江西路88号5栋302', undefined, '合肥市蜀山区长江西路88号5栋302', 'error'],
      ['买同款的顾客的收货信息：周先生 1367788** 上海浦东新区世纪大道到张江之间碧波路12号801', undefined, '张江之间碧波路12号801', 'error'],
    ],
    [
      ['离您最近的售后网点在南京市鼓楼区中山北路30号，电话025-8330****'],
      ['授权维修点：郑州市金水区花园路66号兴达电器维修部'],
      ['您可以去宏发家电维修部长沙市雨花区韶山中路19号，他们可以上门'],
      ['麻烦核对收货信息：钱女士 1502233** 上海浦东新区世纪大道到张江之间碧波路12号801'],
    ],
  )
})

// 3. blame-customer: a state of the shop's stock is no omission of the buyer's (您拍不了是因为没有现货); a negated act
//    closed by 的 and a noun names a thing (您没用完的奶粉); 没看出 is what the agent could not make out. The
//    customer's own omission stays blamed, with 的原因 / 的问题 too.
describe('blame-customer: states, relative clauses and what the agent could not see', () => {
  checkKinds(
    'blame-customer',
    [
      ['是您没有及时确认收货的原因，系统才关闭的', undefined, '是您没有及时', 'warning'],
      ['您自己没看详情页吗', undefined, '您自己没看', 'error'],
      ['您没有领优惠券，价格才不一样', undefined, '您没有领优惠券', 'warning'],
      // Pointed, the negated act stays thrown at the buyer though a noun follows its 的.
      ['您下单时又没有勾选加急的选项呀', undefined, '您下单时又没有勾选加急的选项', 'error'],
    ],
    [
      ['您下不了单就是没有现货了，到货我通知您'],
      ['保鲜盒是给您没有吃完的饭菜放冰箱前密封用的'],
      ['您没有拆封的商品都可以退哦'],
      ['看了您发的照片，暂时没有看出哪里有问题，我再请同事确认一下'],
    ],
  )
})

// 4. exaggeration: a safety word said of a deposit the buyer found (水垢, 水碱) reassures about that deposit; a verb
//    of total elimination before a pollutant (杜绝细菌, 彻底清除螨虫) is an absolute efficacy claim.
describe('exaggeration: deposits and total elimination', () => {
  checkKinds(
    'exaggeration',
    [
      ['高温消毒，杜绝细菌滋生', undefined, '杜绝细菌', 'error'],
      ['这款除螨仪能彻底清除螨虫', undefined, '彻底清除螨虫', 'error'],
      ['我们的水壶无毒无害，水垢也很少', undefined, '无毒无害', 'error'],
    ],
    [
      ['壶底那层白的是水碱，属于正常现象，无毒无害，用白醋煮一下就掉了'],
      ['没法彻底清除螨虫，只能尽量减少'],
      ['建议您经常清洗晾干来杜绝细菌滋生'],
      ['我们会杜绝此类问题再发生'],
    ],
  )
})

// --- Kinds read off the third real corpus (USS/ASAP JDDC) after its first-sight figures were recorded ---

// 5. internet-slang: a data rate with its number masked ([数字x]Mbps) is a unit, not a pinyin abbreviation.
describe('internet-slang: data units', () => {
  checkKinds('internet-slang', [['这款真的yyds', undefined, 'yyds', 'warning']], [['带宽是[数字x]Mbps的双频路由器'], ['下载速度能到[数字x]MB/s，内存64gb']])
})

// 6. exaggeration: 唯一 heading an identifier (唯一接收号码) says there is one of it; 最佳 before a device setting
//    (最佳分辨率) is its optimum; a listing's title pasted as the whole reply names the goods.
describe('exaggeration: identifiers, settings and pasted titles', () => {
  checkKinds(
    'exaggeration',
    [
      ['我们是唯一官方授权店', undefined, '唯一', 'warning'],
      ['这是全网唯一正品渠道', undefined, '唯一', 'warning'],
      ['这款吃鸡神器手柄手感很好', undefined, '神器', 'warning'],
    ],
    [
      ['这个手机号是您领取积分的唯一验证号码，请填写正确'],
      ['建议把电脑设置成最佳分辨率再看看'],
      ['12345678901极光蓝牙耳机降噪神器运动跑步入耳式超长续航适用华为苹果[商品快照]'],
    ],
  )
})

// 7. off-platform: offline (company) transfer named among the checkout's options; rating the agent in the platform.
describe('off-platform: the checkout’s company transfer, the agent’s rating', () => {
  checkKinds(
    'off-platform',
    [
      ['我们可以线下汇款，便宜点', undefined, '线下汇款', 'error'],
      ['线下转账给我，比平台便宜', undefined, '线下转账给我', 'error'],
      ['钱直接给我个人就行', undefined, '给我个人', 'error'],
    ],
    [['企业采购可以选在线支付，也可以选线下汇款'], ['公司线下转账的话，请在支付方式里选择'], ['辛苦您稍后给我个人服务态度打个分哦']],
  )
})

// 8. review-manipulation: the platform's own process described (全额退款后系统会自动删除评价) asks nobody to change a review.
describe('review-manipulation: the platform’s rule explained', () => {
  checkKinds(
    'review-manipulation',
    [
      ['您把差评删了，我们给您全额退款', undefined, '差评删了，我们给您全额退款', 'error'],
      ['给您全额退款，差评会删除吗', undefined, '全额退款，差评会删除', 'error'],
    ],
    [['全额退款完成后，评价系统会自动删除这条评价'], ['按平台规则，全额退款的订单评价是会被删除的']],
  )
})

// 9. blame-customer: what the buyer can do themselves (是您自己可以下载的) and a reminder to watch for what comes
//    (注意查收) are no blame; the cleft on what they did and the lecture about next time stay.
describe('blame-customer: self-service and reminders', () => {
  checkKinds(
    'blame-customer',
    [
      ['是您自己弄坏的', undefined, '是您自己弄坏', 'error'],
      ['下次还请您注意看清尺码再拍', undefined, '下次还请您注意', 'warning'],
    ],
    [['电子发票是您自己可以在订单里下载的'], ['退款会原路退回，后期请您注意查询到账哦']],
  )
})

// 10. curt-reply with the agent's turn so far (LintOptions.agentBefore): a closing template after an answer in the
//     same turn ignores nothing; after a hold or an apology alone, or as the whole turn, it still leaves the buyer
//     unanswered.
describe('curt-reply: a closer after the agent’s own answer', () => {
  const curt = linterFor('curt-reply')
  const closer = '请问还有其他可以帮到您的吗?'
  const asked = '这款能放洗碗机洗吗？'
  it.each([
    ['可以的，耐高温材质，放上层就行', []],
    ['请您耐心等待哦', ['请问还有其他可以帮到您的吗']],
    ['抱歉', ['请问还有其他可以帮到您的吗']],
    [undefined, ['请问还有其他可以帮到您的吗']],
  ])('after %s', (agentBefore, spans) => {
    const found = curt.lint(closer, agentBefore === undefined ? { previous: asked } : { previous: asked, agentBefore }).messages
    expect(found.filter((m) => m.severity !== 'info').map((m) => closer.slice(m.start, m.end))).toEqual(spans)
  })
})
