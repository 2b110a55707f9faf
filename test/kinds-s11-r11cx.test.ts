import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Tenth session, second round (r11cx): kinds behind set Q's misses for off-platform, privacy-leak,
 * review-manipulation, competitor-disparagement and internet-slang, written in our own words with
 * the traps beside each kind. Each flag is reported exactly once, with its span and severity.
 */
describe('competitor-disparagement: a rival trade run down for its dealings, not its goods', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['街对面那几家补习班的老师都是兼职的大学生，根本没教学经验', undefined, '对面那几家补习班的老师都是兼职的大学生，根本没教学经验', 'warning'], // unskilled staff
      ['网上那些金店的成色都是乱标的', undefined, '网上那些金店的成色都是乱标', 'warning'], // made-up figures
      ['外面那些花卉市场的苗大多带病，种不活', undefined, '外面那些花卉市场的苗大多带病', 'warning'], // sick live goods
      ['其他店铺都是走非正规渠道进的卡，随时会被封', undefined, '其他店铺都是走非正规渠道', 'warning'], // unofficial channel
      ['别的装修队收了钱就不管了，我们有三年质保', undefined, '别的装修队收了钱就不管了', 'warning'], // walks away once paid
    ],
    [
      ['别家的价格也不算暴利，只是渠道不同'], // negated
      ['我们的老师都有五年教学经验'], // the shop about itself
      ['别家是不是正规渠道我们不清楚'], // hedged
      ['支持专柜验货，验出假货我们假一赔十'], // a check the buyer may run, no rival called fake
    ],
  )
})

describe('review-manipulation: a reward that is no cash (price cut, fee waived, membership, goods, game credit)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['麻烦您给个五星，这次的安装费少收您三十', undefined, '五星，这次的安装费少收', 'error'],
      ['把星星点满，下次续费的会员我们给您开通半年', undefined, '星星点满，下次续费的会员我们给您开通半年', 'error'],
      ['那条说我们发货慢的评论能撤一下吗，撤了送您一个月的会员', undefined, '评论能撤一下吗，撤了送您', 'error'], // a bad review pointed at
      ['写个带图的好评，截图过来领一斤草莓', undefined, '好评，截图过来', 'error'], // the screenshot sent over
      ['评价写满二十个字，游戏里额外加三十钻', undefined, '评价写满二十个字，游戏里额外加三十钻', 'error'], // game credit as money
    ],
    [
      ['满意的话给个五星，我们会继续努力'], // asked, nothing offered
      ['会员可以在个人中心开通，评价随意'], // membership not tied to the review
      ['满意的话给个好评，我们的会员日每月都有活动'], // the shop's membership days, no reward for the review
      ['方便的话给个评价，钻石款下周到货'], // 钻石 as a product, not game credit
    ],
  )
})

describe('off-platform: money, ordering and contact moved off in other words', () => {
  checkKinds(
    'off-platform',
    [
      ['开卡的定金直接转给他就行，他会给您开收据', undefined, '定金直接转给他', 'error'], // money to a person of the shop
      ['批量的话去我们工厂那边下单便宜', undefined, '那边下单便宜', 'error'], // there called cheaper
      ['批量的话您别在这拍了，找我们工厂', undefined, '别在这拍', 'error'], // ordering told away from here
      ['汇到我们邮局帐户就可以，帐号我发您', undefined, '汇到我们邮局帐户', 'error'], // a post-office account
      ['这单淘宝就不走了，您直接给我', undefined, '淘宝就不走了', 'error'], // the platform named, then dropped
      ['扫一下贺卡上那个码加我', undefined, '扫一下贺卡上那个码加我', 'error'], // a code scanned to reach the agent
      ['您扫描这个二维码，设计师会单独跟您对接', undefined, '二维码，设计师会单独跟您对接', 'error'], // handed over after the scan
      ['长期要货的话直接拨打老板电话', undefined, '拨打老板电话', 'error'], // the owner's line
      ['我们的ⅴ❤是 shop_lily，加一下', undefined, 'ⅴ❤是 shop_lily', 'error'], // Roman numeral v
      ['大批量的扣扣上找我', undefined, '扣扣上找我', 'error'], // QQ by nickname + 上 + contact verb
    ],
    [
      ['游戏账号是QQ的话，下单时填写QQ号就行'], // the buyer's game login filled at checkout
      ['快递那边可以拨打负责人电话催一下'], // the courier's line
      ['扫码查一下真伪，有问题在这里找我'], // a product code, contact stays here
      ['京东物流就不走了，改发顺丰'], // logistics, not the deal
      ['您在那边下单的运费险是平台送的吗？'], // a question
    ],
  )
})

describe('privacy-leak: another person\'s login, prescription, written words and purchase', () => {
  checkKinds(
    'privacy-leak',
    [
      ['前面那位顾客的账号是 lucky_cat88，您的也可以这样填', undefined, '账号是 lucky_cat88', 'error'], // a space after the label
      ['上一个来充值的买家密码是qwe123456，我这边都记着', undefined, '密码是qwe123456', 'error'],
      ['有位客人给她妈妈订的蛋糕，写的是“祝李桂芳七十大寿”', undefined, '写的是“祝李桂芳七十大寿”', 'error'],
      ['您先生的订单里买的是一盒验孕棒', undefined, '订单里买的是一盒验孕棒', 'error'],
      ['您爱人上次配镜左眼散光175', undefined, '左眼散光175', 'error'],
    ],
    [
      ['上一位顾客的密码我们是看不到的'], // kept back
      ['您先生买的是哪款我们这边查不到，需要他本人来问'], // asked about, not told
      ['您的账号是 lucky_cat88，密码请您自己修改'], // the buyer's own
      ['前面那位客人的卡片写的是什么我们不能告诉您'], // refused
    ],
  )
})

describe('internet-slang: gacha luck, meme apologies, 辣么 before any adjective', () => {
  checkKinds(
    'internet-slang',
    [
      ['您这边问的这个型号辣么难找，我们尽量帮您问', undefined, '辣么', 'warning'],
      ['祝您欧皇附体', undefined, '欧皇', 'warning'],
      ['给您滑跪了，马上补发', undefined, '滑跪', 'warning'],
    ],
    [['欧气派的吊灯很适合客厅'], ['这款微辣么？'], ['蹲一个坑位的时间就能装好']],
  )
})

describe('phone numbers in Chinese numerals (一三九…, 幺叁捌…, 壹叁玖…): dialled to reach the agent, or leaked', () => {
  checkKinds(
    'off-platform',
    [
      ['有事打壹叁玖零零壹壹贰贰叁叁找我', undefined, '打壹叁玖零零壹壹贰贰叁叁找我', 'error'], // banker's capitals
      ['晚上拨幺三八 零零幺幺 二二三三我都在', undefined, '拨幺三八 零零幺幺 二二三三我都在', 'error'], // 幺, in groups
    ],
    [
      ['打一下快递电话找我们也行'], // 一 of 一下, no number
      ['您打一三九零零一一二二三三是空号吗？'], // asked
    ],
  )
  checkKinds(
    'privacy-leak',
    [
      ['上一位买家的手机是壹叁玖零零壹壹贰贰叁叁', undefined, '壹叁玖零零壹壹贰贰叁叁', 'error'],
      ['收件人电话：幺叁捌零零幺幺贰贰叁叁', undefined, '幺叁捌零零幺幺贰贰叁叁', 'error'],
      ['上一位買家的手機是壹參玖零零壹壹貳貳參參', undefined, '壹參玖零零壹壹貳貳參參', 'error'], // Traditional capitals
    ],
    [['您要的那款叁拾伍元一件'], ['订单编号壹贰叁'], ['参考一下上一位买家的评价，三四五六七八九都有人买']],
  )
})
