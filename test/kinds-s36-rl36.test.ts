import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 32, lane rl36. privacy-leak kinds of the redlines taxonomy (full-id-or-financial-number,
 * mixup-reveals-other-party, full-phone-number typed digit by digit) and of sets BJ / BI, in our own words, with the
 * traps that must stay clean.
 */

// 1. A mobile typed one digit at a time, spaces or dashes between (BJ; taxonomy full-phone-number "spaced").
//    Counts, steps and colour codes never make a whole mobile.
describe('privacy-leak: mobile typed digit by digit', () => {
  checkKinds(
    'privacy-leak',
    [
      ['号码给您：1 3 9 2 0 4 5 7 7 1 8，有事打这个', undefined, '1 3 9 2 0 4 5 7 7 1 8', 'error'],
      ['收货人电话改成 1-5-8-0-3-3-2-1-9-6-4 了', undefined, '1-5-8-0-3-3-2-1-9-6-4', 'error'],
    ],
    [
      ['编号 1 2 3 4 5 6 7 8 9 0 1 2 对应各个颜色'],
      ['按 1 2 3 的顺序装好就行'],
      ['尺码 2 4 6 8 10 都有货'],
    ],
  )
  checkKinds(
    'privacy-leak',
    [['收件人手機 0 9 3 8 1 2 2 6 5 4 已更新', undefined, '0 9 3 8 1 2 2 6 5 4', 'error']],
    [['這款有 1 2 3 4 號四種顏色']],
    { profile: 'zh-TW' },
  )
})

// 2. Passport and travel-permit numbers after their label (taxonomy full-id-or-financial-number); without the label a
//    letter and eight digits is a model or an order number.
describe('privacy-leak: passport number after its label', () => {
  checkKinds(
    'privacy-leak',
    [
      ['签证材料已提交，护照号码 G87654321，请您确认', undefined, 'G87654321', 'error'],
      ['您填的港澳通行证 C23456781 已经录入系统', undefined, 'C23456781', 'error'],
    ],
    [
      ['型号 E12345678 的滤芯有现货'],
      ['护照办理一般要两周，订单号 E20231205 已备注'],
      ['护照夹是真皮的，货号 K12345678'],
    ],
  )
})

// 3. An ID whose check character fails, named as an ID by its label (a Taiwanese ID too) or by the buyer's message
//    (taxonomy full-id-or-financial-number). Labelled as something else it stays clean.
describe('privacy-leak: labelled ID with a failing check character', () => {
  checkKinds(
    'privacy-leak',
    [
      ['身分證字號 B212345678 已填入報關資料', undefined, 'B212345678', 'error'],
      ['收到，410105198906150020，这就帮您报关', '身份证号码发你了', '410105198906150020', 'error'],
      ['清关信息：410105198906150020 已提交', undefined, '410105198906150020', 'error'],
    ],
    [
      ['商品編號 B212345678 已下架'],
      ['收到，410105198906150020 这个是您的订单号对吧', '订单号发你了'],
      ['收到，订单号410105198906150020已备注', '身份证号码发你了'],
      ['身份证只需要填后四位 0020 就可以'],
    ],
  )
})

// 4. Another person placed by town or street before their surname and title, with 一位 / 那位 or 的 between, in a
//    mix-up or a mention (taxonomy mixup-reveals-other-party); the buyer named (您是…的…) stays clean.
describe('privacy-leak: another person placed by town or street', () => {
  checkKinds(
    'privacy-leak',
    [
      ['发错了，您那件给了苏州园区一位陈女士', undefined, '苏州园区一位陈女士', 'error'],
      ['仓库把您的和昆山花桥镇一位刘先生的弄混了', undefined, '昆山花桥镇一位刘先生', 'error'],
    ],
    [
      ['您是苏州园区的陈女士吧？'],
      ['您应该是昆山的刘先生对吧'],
      ['我们苏州仓的陈主管会跟进'],
      ['包裹寄给了另一位顾客，我们已经追回'],
    ],
  )
})

// 5. Former and in-law relations are other people too (BJ: 您前妻 with a street of an order's address).
describe('privacy-leak: former and in-law relations', () => {
  checkKinds(
    'privacy-leak',
    [['您前夫之前也用这个号买过，寄的是长宁区仙霞路的', undefined, '长宁区仙霞路', 'error']],
    [['您前夫之前也用这个号买过，为了保护隐私具体信息不方便透露'], ['给您女婿买的话建议拍大一码']],
  )
})

// 6. off-platform (data only): the contact hidden on the after-sales card, the small card or the waybill's back, and the
//    buyer sent there (taxonomy indirect-directions-elsewhere; AX, BB). The card's official hotline, the buyer's own
//    contact on the waybill and a manual's steps stay clean.
describe('off-platform: contact hidden on the card or the waybill', () => {
  checkKinds(
    'off-platform',
    [
      ['箱子里放了张售后卡，照上面的方式联系我就行', undefined, '售后卡，照上面的方式', 'error'],
      ['面单背面我写了联系方式，到货后按那个加我', undefined, '面单背面我写了联系方式', 'error'],
      ['小卡背面有我们的联络方式，以后直接找我们订', undefined, '小卡背面有我们的联络方式', 'error'],
    ],
    [
      ['包裹里有售后卡，上面有官方客服热线，有问题可以拨打'],
      ['面单上有您的联系方式，快递员会联系您'],
      ['售后卡上写了保修期限，找我们处理就行'],
      ['按说明书上面的方式安装就可以，有问题找我'],
    ],
  )
})
