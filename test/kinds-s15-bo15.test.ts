import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Twelfth session, lane bo15: ANALYSIS-U changes 1 and 3 for blame-customer, curt-reply, off-platform and
 * privacy-leak — position gates loosened by grammar (a subject carried across one comma, a bounded gap before
 * 自己, a path word that only names a topic), a payment channel of the shop's own, phones of Taiwan, Hong Kong
 * and Macau, and a phone spelt in Chinese numerals next to a third person. Replies in our own words.
 */

describe('blame-customer: the customer who opens a clause is the subject of the omission after one comma', () => {
  checkKinds(
    'blame-customer',
    [['您眼睛本身就敏感，用之前也没做测试', undefined, '您眼睛本身就敏感，用之前也没做测试', 'error']],
    [
      // The shop owning its fault, the buyer's parcel as the subject, advice, a question.
      ['是我们打包时自己弄错的，抱歉'],
      ['您的快递已到驿站，一直没更新物流'],
      ['下次签收前可以先验货哦'],
      ['您用之前做过测试吗？'],
    ],
  )
})

describe('blame-customer: 是您 + a short gap + 自己 points like 是您自己 (地址是您付款时自己选的)', () => {
  checkKinds(
    'blame-customer',
    [['收货地址是您付款时自己选的', undefined, '是您付款时自己选', 'error']],
    [
      ['这个颜色是您当时自己挑的，真好看'],
      // Somebody else, or a thing with 的, in the gap.
      ['地址是您下单时我们帮忙填的'],
      ['这款是您下单时选的颜色'],
    ],
  )
})

describe('curt-reply: a path word that only names a topic handed elsewhere is no way offered', () => {
  checkKinds(
    'curt-reply',
    [
      ['不归我管，发票是财务那边的事', undefined, '不归我管', 'warning'],
      ['你要换就换吧，反正邮费也是你自己出的', undefined, '换就换吧', 'warning'],
    ],
    [
      // Help in the reply still makes it service.
      ['这个不归我管，发票的事我帮您转给财务同事'],
      ['发票是财务那边的事，我马上帮您催一下'],
      ['退就退吧，我帮您申请退款'],
    ],
  )
})

describe('off-platform: a payment channel of the shop\'s own (payee, card handed over, private account, account announced)', () => {
  checkKinds(
    'off-platform',
    [
      ['货款您直接向我们汇款就行', undefined, '向我们汇款', 'error'],
      ['我给你发个支付宝账号，钱转过来', undefined, '我给你发个支付宝账号', 'error'],
      ['这单走我私人卡吧', undefined, '走我私人卡', 'error'],
      ['收款账户：建设银行，户名张*', undefined, '收款账户：建设银行', 'error'],
    ],
    [
      // Warnings, questions about how the buyer paid, the platform's refund, 保证金, the official hotline, quotation.
      ['请勿私下给我们转账，平台下单有保障'],
      ['您是向我们汇款了吗？'],
      ['退款会原路返回您的付款账户'],
      ['麻烦提供下汇款账户名称和金额，这边帮您查'],
      ['拍下需要缴纳保证金500元'],
      ['可以拨打官方客服热线400-820-8820'],
      ['您说的“给我们打款”是什么意思呢'],
    ],
  )
})

describe('privacy-leak: Taiwan and Hong Kong/Macau mobiles outside zh-TW, and a spelt phone next to a third person', () => {
  checkKinds(
    'privacy-leak',
    [
      ['隔壁王阿姨的手机是一三八零零一二三四五六', undefined, '一三八零零一二三四五六', 'error'],
      ['她的联系电话 +852 9876 5432', undefined, '+852 9876 5432', 'error'],
      ['收件人电话 0933-222-111', undefined, '0933-222-111', 'error'],
    ],
    [
      // A mainland landline has eight digits too; the agent's own spelt number is off-platform's; masked tails.
      ['门店电话 8765 4321'],
      ['您打一五九零零一二三四五六找我'],
      ['收件人手机尾号5678'],
      ['找我们老板，他的号是一五九零零一二三四五六'],
    ],
  )
})

describe('blame-customer: a disclaimer or causal frame anchors blame on an act that is not listed', () => {
  checkKinds(
    'blame-customer',
    [
      ['一看就是拿纸巾蹭的，跟屏幕质量没关系', undefined, '一看就是拿纸巾蹭的，跟屏幕质量没关系', 'error'],
      ['滤芯没装紧吧，跟我们净水器没关系', undefined, '滤芯没装紧吧，跟我们净水器没关系', 'error'],
      ['您洗完没把胶圈塞回去，漏水就是这个原因', undefined, '您洗完没把胶圈塞回去，漏水就是这个原因', 'error'],
      ['明显是档位没调对', undefined, '明显是档位没调对', 'warning'],
    ],
    [
      // An explanation of the goods, the shop's own fault, a third party's, a question, a condition, a verdict of authenticity.
      ['色差跟质量没关系，是光线的原因'],
      ['新品有味道是正常的，跟质量没关系，通风几天就散了'],
      ['我们仓库没包好，就是这个原因，抱歉'],
      ['明显是我们仓库没包好，抱歉'],
      ['一看就是快递没放好，我们帮您找快递'],
      ['您收到后发现屏幕没亮，跟质量没关系吗？'],
      ['如果没扣回去，进水就是这个原因'],
      ['明显是正品'],
      ['您放心，跟质量没关系，是正常现象'],
    ],
  )
})

describe('review-manipulation: a review asked for in a question, the reward in the answer that picks it up (调完…)', () => {
  checkKinds(
    'review-manipulation',
    [
    ],
    [
      // Asking without paying, help after the question, a reward already given for something else.
      ['方便的话给个评价吗？我给您查一下物流'],
      ['评价方便改一下吗？改完截图给我看看就行'],
      ['能给个好评吗？谢谢您'],
      ['评价我们看到了，给您发个链接看看安装视频'],
    ],
  )
})

describe('competitor-disparagement: a "can\'t vouch for them" closing its own clause does not hold back the flat claim after it', () => {
  checkKinds(
    'competitor-disparagement',
    [['别的店就难说了，好多是高仿', undefined, '别的店就难说了，好多是高仿', 'warning']],
    [
      // The hedge in the claim's own clause, knowledge disclaimed, a question, the shop's own goods.
      ['别家是不是高仿我们不好说'],
      ['其他家的情况我不了解，没法比较，您可以看看我们的检测报告'],
      ['别的店难说，是不是高仿您可以拿去鉴定'],
      ['别的店就难说了，我们家都是专柜正品'],
    ],
  )
})

describe('off-platform: the buyer\'s number asked for, then the agent sends someone (or the shop rings) back, a gap between', () => {
  checkKinds(
    'off-platform',
    [
      ['您留个电话，我让店里的小妹打给您', undefined, '留个电话，我让', 'error'],
      ['您留一下方便接听的号码，我们直接打过去', undefined, '留一下方便接听的号码，我们直接打', 'error'],
    ],
    [
      // Service calls: the installer, the courier, the platform's specialist; refusal.
      ['您留个电话，我让师傅上门前打给您'],
      ['您留一下常用的号码，快递到了会打给您'],
      ['请您在订单备注留个电话，配送员会打给您'],
      ['不用留电话，我们在这里沟通就行'],
    ],
  )
})

describe('privacy-leak: a third person described without an identifier string (real name, familiar name, where they are, an order placed)', () => {
  checkKinds(
    'privacy-leak',
    [
      ['上一位客人真名叫陈思远，也是买的这款', undefined, '陈思远', 'error'],
      ['他叫老郑，在我们楼下的仓库', undefined, '老郑', 'error'],
      ['另一位客人她在杭州滨江那边', undefined, '她在杭州滨江那边', 'error'],
      ['您爱人也在我们家买了一单', undefined, '也在我们家买了一单', 'error'],
    ],
    [
      // The buyer's own, buyers in general, a familiar name with no reference, the shop's colleague asked to help.
      ['您在我们家买了一单，已经发货了'],
      ['很多买家都在我们家买了一单又回购'],
      ['请问您的真实姓名是？'],
      ['她在路上了，马上到'],
    ],
  )
})
