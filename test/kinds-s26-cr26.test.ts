import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 26, lane cr26: curt-reply kinds read off the second real corpus (JDDCRec) under the lead's conventions of this
 * round. Every case in our own words; each kind with the replies that must stay flagged.
 */

// 1. A turn the text does not hold (an image file, a link, emoji codes, a menu line, the transfer notice): the question
//    is unknown, so a short answer or an acknowledgement is no brush-off. A bare don't-know, marks only, a redirect or
//    a bare "off work" still are.
describe('curt-reply: after an image, a link, emoji codes or a menu pick', () => {
  checkKinds(
    'curt-reply',
    [
      ['不知道', '0a1b2c3d4e5f60718293a4b5c6d7e8f9.jpg', '不知道', 'warning'],
      ['？？', '9f8e7d6c5b4a39281706f5e4d3c2b1a0.png', '？？', 'warning'],
      ['您可以咨询一下京东客服', '<url>', '您可以咨询一下京东客服', 'warning'],
      ['下班了', '#E-s03#E-s03', '下班了', 'warning'],
    ],
    [
      ['不可以的哦', '0a1b2c3d4e5f60718293a4b5c6d7e8f9.jpg'],
      ['看到啦', '<url>'],
      ['不会的', '#E-s05#E-s05'],
      ['不支持哦', '锅具类---使用方法咨询'],
      ['收到', '用户发起转人工'],
      ['这个哦', '已购买→售后咨询组'],
      ['不能哈', '<url>'],
    ],
  )
})

// 2. A short yes or no (with or without particle) or a verdict that it is all right, to a yes/no question about the goods
//    (…吗, a V不 tail, 吧 asking for confirmation, 没问题吧), answers it. A bare no to a favour or a concession stays curt;
//    a 'normal' verdict to an open complaint, or to 太…了吧 (an exclamation), answers nothing.
describe('curt-reply: a short yes or no to a yes/no question about the goods', () => {
  checkKinds(
    'curt-reply',
    [
      ['不行。', '能不能多送两个滤网', '不行', 'warning'],
      ['不可以', '我想把两件分开寄到两个地址，可以吗', '不可以', 'warning'],
      ['不能。', '这张桌子可以拆开送吗', '不能', 'warning'],
      ['正常的', '用了两天就漏水了，怎么回事', '正常的', 'warning'],
      ['正常的', '这台风扇也太吵了吧', '正常的', 'warning'],
      // A grunt is no yes word: to a question after a trouble it answers nothing.
      ['嗯', '盒子压扁了还能退吗', '嗯', 'warning'],
      // Session 38 (the lead): the stark no with nothing around it is curt to any yes/no question — the pool's authors label it
      // so 55 of 55 times, and a reviewer of the second real corpus upheld the bare 不能 to 可以打粉吗 on a second reading; the
      // soft no (不能的, 不支持哦) stays the answer. This row was a must-not-flag row under session 26's convention.
      ['不能', '这个杯子能装开水吗', '不能', 'warning'],
    ],
    [
      ['不能的', '这个锅可以煎牛排不'],
      ['可以的哈', '冷冻的饺子直接蒸可以吗'],
      ['不支持哦', '这台风扇可以定时关机不'],
      ['没事的', '盖子上有点水汽，没问题吧'],
      ['不影响的哦', '边上有条细纹，会影响使用吗'],
      ['正常的呢', '刚开机有点嗡嗡声，这样正常吗'],
      ['是的', '这个尺码是偏小一码对吧'],
    ],
  )
})

// 3. Greetings and holding messages open or hold the turn, even after a complaint; a lone vocative is an opener. A
//    closing that asks what else, to a question, and a bare wait to a complaint about waiting stay curt.
describe('curt-reply: greetings, holding messages and a lone vocative', () => {
  checkKinds(
    'curt-reply',
    [
      ['请问还有其他可以帮您的吗', '这个锅能上电磁炉吗？', '请问还有其他可以帮您的吗', 'warning'],
      ['请您耐心等待', '下单四天了还没发货', '请您耐心等待', 'warning'],
      ['稍等，这个不支持的哦', '能帮我改成顺丰吗', '这个不支持的哦', 'warning'],
    ],
    [
      ['您好，请问有什么可以帮您的', '杯子盖拧不紧'],
      ['在的呢，很高兴为您服务', '收到的颜色和图片差太多了'],
      ['亲', '这款有白色的吗？'],
      ['亲爱的', '衣服袖子开线了'],
      ['请稍等，正在为您查询，感谢您的耐心', '这双鞋偏大吗？'],
      ['稍等下哦，这边马上帮您查询，请耐心等待', '说明书里的步骤太少了'],
      ['好的，请您耐心等待一下', '好的，麻烦快点'],
    ],
  )
})

// 4. An acknowledgement of what the buyer says they will do or now understand. A grunt to a complaint stays curt.
describe('curt-reply: a grunt to the buyer’s own plan or realisation', () => {
  checkKinds(
    'curt-reply',
    [
      ['嗯嗯', '用了一次把手就断了', '嗯嗯', 'warning'],
      ['好的', '盖子完全打不开了', '好的', 'warning'],
      ['嗯', '难怪一直漏水，太差了', '嗯', 'warning'],
    ],
    [
      ['嗯嗯', '那我回家换个插座试一下'],
      ['嗯', '难怪，原来是要先预热的'],
      ['嗯嗯', '我说呢，原来这个灯是提示音量的，那还有什么用啊'],
    ],
  )
})

// 5. Emoji codes only, in place of an answer: curt to a complaint, a chaser or an open question; after thanks or to a
//    yes/no question (a thumbs-up says yes) it is the reply a chat allows.
describe('curt-reply: emoji codes only', () => {
  checkKinds(
    'curt-reply',
    [
      ['#E-s08', '壶底一直在漏水', '#E-s08', 'warning'],
      ['#E-s30#E-s30', '什么时候能退款？', '#E-s30#E-s30', 'warning'],
      ['#E-s12', '到底什么时候发货', '#E-s12', 'warning'],
    ],
    [
      ['#E-s08', '好的，谢谢'],
      ['#E-s08', '可以用洗碗机洗吗'],
      ['#E-s08', '你好'],
    ],
  )
})

// 6. Sent to another party's service desk (the platform's customer service, another shop's, the insurer, the repairer)
//    with nothing done, whatever was asked (lead's convention); a 什么意思 to a complaint; a maker's figures or "it
//    depends" as the whole answer. The agent acting, thanks before it, or who does it named to a yes/no question pass.
describe('curt-reply: a bare redirect, a puzzled retort, a rigid standard, a vague depends', () => {
  checkKinds(
    'curt-reply',
    [
      ['请联系京东客服', '退款怎么还没到', '请联系京东客服', 'warning'],
      ['延保的事您可以咨询一下京东客服哦', '延保能退吗？', '延保的事您可以咨询一下京东客服哦', 'warning'],
      ['是由保险公司理赔的', '运费险的钱没到账', '是由保险公司理赔的', 'warning'],
      ['维修方面需要问一下维修师傅的', '开关按不下去', '维修方面需要问一下维修师傅的', 'warning'],
      ['什么意思', '收到的杯子碎了', '什么意思', 'warning'],
      ['以厂家给出的参数为准', '怎么和页面上写的不一样', '以厂家给出的参数为准', 'warning'],
      ['具体要根据实际情况', '这个要煮多久', '具体要根据实际情况', 'warning'],
    ],
    [
      ['我帮您联系京东客服处理', '退款怎么还没到'],
      ['需要联系卖家哦', '能开发票吗'],
      ['有问题可以随时联系我们哦', '好的谢谢'],
      ['什么意思', '这个能放冰箱吗'],
      ['根据实际情况的哦', '好的谢谢'],
      ['可以不拆', '装起来太麻烦了'],
      ['您在订单页面上能看到吗', '退款好了吗'],
    ],
  )
})
