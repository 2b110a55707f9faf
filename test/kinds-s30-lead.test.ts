import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 30 (twenty-sixth working session), the lead. competitor-disparagement kinds that several outside authors'
 * sets hold (AT, AV, AW; the pool's own sets label every 不像 + rival they hold), each in our own words, with the
 * traps that must stay clean.
 */

// 1. A rival's name left out with a mark or a letter (××牌, **家, ○○品牌, A家, B牌), as xx and 某 already are. A letter
//    counts only before the seller's own head (家, 牌, 店, 品牌): a货 is a grade of fake, ab型 a type, iPad家族 a word.
describe('competitor-disparagement: a rival named by a placeholder mark or letter', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['××牌的电热毯用两次就坏', undefined, '××牌的电热毯用两次就坏', 'warning'],
      ['**家的奶粉都是临期货', undefined, '**家的奶粉都是临期货', 'warning'],
      ['B牌的吹风机有安全隐患，您别买', undefined, 'B牌的吹风机有安全隐患', 'warning'],
      ['C店卖的是翻新机', undefined, 'C店卖的是翻新机', 'warning'],
      ['D品牌的插线板有安全隐患', undefined, 'D品牌的插线板有安全隐患', 'warning'],
    ],
    [
      ['我们跟A家材质不一样，您按需要选'],
      ['iPad家族的保护壳都在这个链接里'],
      ['这款是ab型插头，质量很好'],
      ['××牌的电热毯我们也有卖，您要哪个尺寸'],
    ],
  )
})

// 2. The shop set against a rival by 不像 (不像某些店…, 不像别家…): what follows the rival is a charge in any wording.
//    不像 without a seller right after it (不像是新的, 不像图片那么深) and a plain 不一样 stay clean.
describe('competitor-disparagement: 不像 + a rival + what is said of it', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['我们的蜂蜜是自家蜂场的，不像有些店掺糖浆', undefined, '不像有些店掺糖浆', 'warning'],
      ['这款枕头是整块乳胶，不像别家拿碎料拼的', undefined, '不像别家拿碎料拼的', 'warning'],
      ['我们当天就发，不像那些小店，拖一个礼拜才寄', undefined, '不像那些小店，拖一个礼拜才寄', 'warning'],
    ],
    [
      ['这个划痕不像是运输造成的，我们帮您再看看'],
      ['实物颜色不像图片那么艳，介意慎拍'],
      ['跟别家不一样，我们是现磨的'],
      ['我们不像别家'],
      ['这双鞋不像上一代那么硬'],
    ],
  )
})

// 3. A rival short of even the basics: 连 + what any seller has or knows + 都/也 + a negation, with the rival as the
//    subject. The shop about itself, the buyer, a question and 连续/连衣裙 stay clean.
describe('competitor-disparagement: a rival short of even the basics (连…都不/没…)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['那家店的师傅连型号都不认识', undefined, '那家店的师傅连型号都不认识', 'warning'],
      ['别家客服连退货流程都搞不明白', undefined, '别家客服连退货流程都搞不明白', 'warning'],
      ['别的药房连个执业药师也没有', undefined, '别的药房连个执业药师也没有', 'warning'],
    ],
    [
      ['我们连节假日都不休息，随时在线'],
      ['您连收货地址都还没填呢，麻烦补一下'],
      ['别家连赠品都没有吗？'],
      ['别家连续几年都在做这款'],
      ['这条连衣裙别家都没有现货'],
    ],
  )
})

// 4. 卫星 (wèixīng) for WeChat after a word that makes it an account (加下我卫星, 售后的卫星 + a handle), as 加卫星 already
//    was; 卫星 as a satellite (卫星定位, 北斗卫星) stays clean.
describe('off-platform: 卫星 as WeChat with words between 加 and it', () => {
  checkKinds(
    'off-platform',
    [
      ['尺寸不好在这里说，您加下我卫星', undefined, '加下我卫星', 'error'],
      ['图片发不清楚，加一下我们店长的卫星 dz2025 吧', undefined, '加一下我们店长的卫星', 'error'],
    ],
    [
      ['这款手表加装了卫星定位，老人走丢能找到'],
      ['北斗卫星导航的型号在第二个链接'],
    ],
  )
})

// 5. An offer to add the shop's account put as A-not-A (要不要加我微信？, 需不需要加我们的群, 用不用加个賴): the 不要/不需要/不用
//    inside it refuses nothing. A plain refusal (不要加微信, 不需要加我微信) and an on-platform group stay clean.
describe('off-platform: an offer put as 要不要/需不需要 + add my account', () => {
  checkKinds(
    'off-platform',
    [
      ['要不要加我微信？图片那边发得清楚', undefined, '加我微信', 'error'],
      ['需不需要加我们的福利群', undefined, '加我们的福利群', 'error'],
      ['用不用加我LINE？实拍图那边发得清楚', undefined, '加我LINE', 'error'],
    ],
    [
      ['不要加微信哦，有问题就在这里说'],
      ['您不需要加我微信，这里就能处理'],
      ['您要不要加入我们的淘宝群？在店铺首页就能进'],
    ],
  )
})

// 6. The line of one of the shop's own people handed over with its number (我们经理的私人手机是…, 掌柜微信就是他手机号…): the
//    buyer sent to ring the shop off the record. A courier's or installer's line (privacy-leak's), the buyer's own people
//    (您同事), the buyer's number, a negation and a question stay clean of off-platform.
describe("off-platform: a line of the shop's own people handed over with its number", () => {
  checkKinds(
    'off-platform',
    [
      ['这事我做不了主，我们经理的私人手机是13811112222，您找他', undefined, '经理的私人手机是13811112222', 'error'],
      ['掌柜微信就是他手机号15900001111，加了备注订单号', undefined, '掌柜微信就是他手机号15900001111', 'error'],
    ],
    [
      ['送货师傅的私人手机是13811112222，到了会联系您'],
      ['收件的是您同事，他手机号是13811112222'],
      ['我们经理不方便留私人手机13811112222'],
      ['客服这边显示您的手机号是13811112222，对吗？'],
    ],
  )
})

// 7. With profile zh-TW, 親/寶 after hello as Taiwan spells it (哈囉 → 哈啰) or an everyday greeting (安安, 早安) is still the
//    address; the greetings alone stay clean.
describe('internet-slang (zh-TW): 親/寶 after 哈囉, 安安, 早安', () => {
  checkKinds(
    'internet-slang',
    [
      ['哈囉親，這件還有M號喔', undefined, '親', 'warning'],
      ['安安寶，包裹今天寄出', undefined, '寶', 'warning'],
    ],
    [['哈囉，這件還有M號喔'], ['早安，包裹今天寄出']],
    { profile: 'zh-TW' },
  )
})
