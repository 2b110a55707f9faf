import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 39 (the lead, from sets BN, BO and BP, open dev material): the talk or the money taken off the platform by kinds the
 * lexicon did not hold. A line of the shop's named before its number after a verb of calling, with a person of the shop by
 * title as who answers (打我们仓库座机…找李姐), or with the chat called slow after it; another person's account handed to the
 * buyer; the shop's own group as where to buy; the buyer's wallet asked for so
 * the agent can advance or top up money; the Moments of a person of the shop.
 */
describe('off-platform: the talk or the money moved off the chat (lead35)', () => {
  checkKinds(
    'off-platform',
    [
      ['售后问题打我们门店座机 0571-86001234 找周经理', undefined, '打我们门店座机 0571-86001234 找周经理', 'error'],
      ['团购的话拨公司电话021-55667788，联系孙总', undefined, '拨公司电话021-55667788，联系孙总', 'error'],
      ['尺寸問題請打我們門市電話 02-27001234 找林姐', undefined, '打我們門市電話 02-27001234 找林姐', 'error'],
      ['退货的事您加我微信说吧，这边回得慢', undefined, '加我微信说吧，这边回得慢', 'error'],
      ['要不要我把店长的电话发你，你们直接聊', undefined, '把店长的电话发你', 'error'],
      ['我把那位的微信推给你', undefined, '把那位的微信推给你', 'error'],
      ['我將老闆的LINE給你，你們自己約', undefined, '將老闆的LINE給你', 'error'],
      ['进咱家群里下单，每周都有特价', undefined, '进咱家群里下单', 'error'],
      ['到我们群里订比店里便宜五块', undefined, '到我们群里订', 'error'],
      ['您发一下支付宝，差价我补给您', undefined, '发一下支付宝，差价我补给您', 'error'],
      ['您报一下支付宝，邮费我先垫上', undefined, '报一下支付宝，邮费我先垫', 'error'],
      ['新款都在店长朋友圈，您可以去看看', undefined, '店长朋友圈', 'error'],
    ],
    [
      // A third party's line (the pick-up point's) and the shop's line only stated.
      ['取件的话打驿站座机0571-86201234找王姐'],
      ['我们店铺的售后电话是 0571-88668866，周一到周五有人接'],
      // How the buyer paid, told back (a cleft about the past payment).
      ['您当时是用支付宝扫码付款的话，退款会原路回到支付宝'],
      // 打 as typing in the platform's own chat.
      ['想刻的字直接在聊聊里打给我就可以'],
      // The shop's mini-program for registering what was bought here.
      ['保修卡上的码扫一下，进我们的小程序输入序列号就能激活延保'],
      // Refusing to hand over someone's contact.
      ['不好意思，不能把她的微信给您，这是别人的隐私'],
      // An installer's line for the delivery is service.
      ['安装师傅的电话我发您，他明天上午上门'],
      // A refund through the platform.
      ['退款会原路退回您的支付宝，不需要报账号'],
      ['不用在京东重新拍，我们直接给您补寄'],
      // Another buyer's phone is a leak (privacy-leak's), not a channel of the shop's.
      ['那位买家同意了，我把她的电话给您，您问问她的使用感受'],
    ],
  )
})
