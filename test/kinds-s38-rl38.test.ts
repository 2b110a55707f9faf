import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane rl38, session 34: privacy-leak, off-platform, review-manipulation (taxonomy from-misses-B) and internet-slang
 * (from-misses-A) kinds, in our own words — other members of each word class than the taxonomy's examples, other
 * positions, Traditional forms; must-not rows from each kind's Excludes and its look-alike kinds.
 */

// privacy-leak 2. other-customer-profile: a particular other customer's body, health, pregnancy, job or income told to the
// buyer. Traps: anonymous or aggregate buyers, the agent's own example, the buyer's own family in a condition, a question.
describe('privacy-leak: another particular customer profiled', () => {
  checkKinds(
    'privacy-leak',
    [
      ['刚刚那位美女体重九十斤，穿S码都有点大', undefined, '体重九十斤', 'error'],
      ['上一位顾客散光两百度，配的也是这副', undefined, '散光两百度', 'error'],
      ['另一位客户怀孕五个月，一直在用这款', undefined, '怀孕五个月', 'error'],
      ['原主人是个护士，用得很爱惜', undefined, '是个护士', 'error'],
      ['前面那位顾客月薪两万，也觉得贵', undefined, '月薪两万', 'error'],
      ['隔壁那位阿姨有糖尿病，一直吃我们家的无糖饼干', undefined, '糖尿病', 'error'],
      ['剛才那位小姐165公分55公斤，穿M剛好', undefined, '165公分55公斤', 'error'],
      ['前一個客人在醫院上班，買了兩盒', undefined, '在醫院上班', 'error'],
      ['王女士也是敏感肌，用了一个月没问题', undefined, '敏感肌', 'error'],
    ],
    [
      ['体重在150斤上下的顾客一般选XL'],
      ['有位顾客160斤穿XL刚好'],
      ['很多宝妈家孩子过敏也在用这款'],
      ['比如我自己165cm，穿S码刚好'],
      ['其他买家165cm穿M码刚好'],
      ['另一位顾客也买了10斤'],
      ['您先生身高一米八的话，建议选XL'],
      ['那位顾客如果过敏的话可以先试用'],
      ['这位顾客您好，请问身高体重多少？'],
      ['刚才那位同事在仓库上班，他去帮您查了'],
      ['这款孕妇也能用，过敏体质建议先试用'],
      ['买家秀里有身高对照，您可以看看公开评价'],
    ],
  )
})

// privacy-leak 1. other-buyer-order-locator: an elder by surname with their building, and an order told by its noun.
describe('privacy-leak: another buyer by an elder title, an order by its noun', () => {
  checkKinds(
    'privacy-leak',
    [
      ['对门张大爷也在我们家买过，住7栋2单元', undefined, '7栋2单元', 'error'],
      ['同小区还有一位订过窗帘，是陈阿姨，住5号楼', undefined, '5号楼', 'error'],
      ['楼下李奶奶也买了，住3单元', undefined, '3单元', 'error'],
      ['對門陳伯也在我們家買過，住8棟', undefined, '8棟', 'error'],
      ['您家人上个月下的单是一台空气炸锅', undefined, '下的单是一台空气炸锅', 'error'],
      ['你朋友下的單是兩盒面膜', undefined, '下的單是兩盒面膜', 'error'],
    ],
    [
      ['您下的单是两件M码，对吗？'],
      ['您朋友的订单需要她本人来咨询哦'],
      ['张大爷您好，您的包裹明天到'],
      ['这款买42码的顾客比较多'],
    ],
  )
})

// off-platform 2. number-or-handle-as-channel (C7): a line of the shop's own people by the plain words, another chat app by
// its short name. Traps: a brand hotline, a courier's call, a warning, the buyer's number asked about.
describe('off-platform: a staff line or another chat app as the place to go on', () => {
  checkKinds(
    'off-platform',
    [
      ['我们老板手机13800001111，批发直接找他', undefined, '老板手机13800001111', 'error'],
      ['售后小李电话 139 0000 2222，有事打她', undefined, '售后小李电话 139 0000 2222', 'error'],
      ['設計師電話0912345678，您直接打給她', undefined, '設計師電話0912345678', 'error'],
      ['WS搵我啦，名叫阿明', undefined, 'WS搵我', 'error'],
      ['有问题电报找我', undefined, '电报找我', 'error'],
      ['我賴ID是abc123，傳影片給你看', undefined, '賴ID是', 'error'],
    ],
    [
      ['客服电话400-820-8820，工作日都有人接'],
      ['顺丰客服电话95338可以查件'],
      ['我们售后会打您手机，请保持畅通'],
      ['快递员派送前会打您下单留的电话'],
      ['不要相信任何让您加电报的人'],
      ['信赖是我们的追求'],
    ],
  )
})

// off-platform 1. descriptive-pointer-to-outside-account: the agent's profile searched or read for an account, an account
// said to be on it, a review card's code. Traps: the shop searched on the platform, a name given to be called by, a claim
// (号称), an authenticity code.
describe('off-platform: the agent found by profile, signature or card', () => {
  checkKinds(
    'off-platform',
    [
      ['搜一下我网名，加上再聊', undefined, '搜一下我网名', 'error'],
      ['看我签名那串数字，加上就行', undefined, '看我签名那串数字', 'error'],
      ['头像上有个号，加一下回得更快', undefined, '头像上有个号', 'error'],
      ['朋友圈里有我的微信，私聊便宜', undefined, '我的微信', 'error'],
      ['主頁簡介有我私人帳號，私訊我比較便宜', undefined, '主頁簡介有我私人帳號', 'error'],
      ['晒图卡背面的码扫一扫，有惊喜', undefined, '晒图卡背面的码', 'error'],
    ],
    [
      ['您搜一下店名就能找到我们店'],
      ['我的昵称是小鱼，有事随时叫我'],
      ['头像上面有个号称最新款的包'],
      ['售后卡上的二维码可以查真伪'],
      ['店铺首页有会员入口，入会可以领券'],
      ['包裹里的卡片是洗涤说明，可以留着参考'],
    ],
  )
})

// off-platform 3. private-money-movement by 汇; 私下 as "quietly" before an errand for the buyer is no deal (look-alike).
describe('off-platform: money remitted by the agent, 私下 as quietly', () => {
  checkKinds(
    'off-platform',
    [
      ['退款我单独汇给您二十', undefined, '我单独汇给您', 'error'],
      ['差价我直接汇你吧', undefined, '我直接汇你', 'error'],
      ['運費我單獨匯給您', undefined, '我單獨匯給您', 'error'],
    ],
    [
      ['我私下再帮您催催仓库'],
      ['我私下帮您问问主管能不能加急'],
      ['私下跟仓库说过了，今天给您发'],
      ['退款会原路汇给您的支付账户'],
      ['差价已经原路退回到您支付账户'],
    ],
  )
})

// review-manipulation 2. compensation-for-changing-negative-review: the return waived or the shipping paid as the price.
// Traps: the return waived unconditionally, the review left to the buyer.
describe('review-manipulation: keep the goods or free shipping for a changed review', () => {
  checkKinds(
    'review-manipulation',
    [
      ['您把低分改一下，东西不用寄回了', undefined, '低分改一下，东西不用寄回', 'error'],
      ['差评删了的话，货就不用退回来了', undefined, '差评删了的话，货就不用退回来', 'error'],
      ['那条中评能改一下吗？运费我们出', undefined, '中评能改一下吗？运费我们出', 'error'],
      ['負評刪掉的話，商品不用寄回', undefined, '負評刪掉的話，商品不用寄回', 'error'],
    ],
    [
      ['这个不用寄回，我们直接给您补发，评价您随意'],
      ['您不想要的话不用退回了，直接给您退款'],
      ['看到您的评价了，很抱歉，马上给您补寄，不影响您的评价'],
      ['评价由您自主决定，我们只想先把问题解决'],
    ],
  )
})

// internet-slang 1. meme-evaluative: a meme word as the predicate of the attribute praised, and more meme nouns. Traps: the
// literal senses (炸裂 of glass, 王炸 in cards, 香 of food), regional praise.
describe('internet-slang: meme evaluatives', () => {
  checkKinds(
    'internet-slang',
    [
      ['这件颜值炸裂了', undefined, '颜值炸裂了', 'warning'],
      ['這個音質真的炸裂', undefined, '音質真的炸裂', 'warning'],
      ['这款效果简直无敌了', undefined, '效果简直无敌了', 'warning'],
      ['这双鞋踩屎感拉满', undefined, '踩屎感拉满', 'warning'],
      ['这款香水一喷就上头', undefined, '一喷就上头', 'warning'],
      ['这家是宝藏小店', undefined, '宝藏小店', 'warning'],
      ['这个组合简直王炸', undefined, '简直王炸', 'warning'],
      ['这价格是亲妈价了', undefined, '亲妈价', 'warning'],
      ['这个颜色美到好哭', undefined, '美到好哭', 'warning'],
    ],
    [
      ['玻璃杯出现炸裂请拍照给我们'],
      ['打牌的话王炸最大'],
      ['这款咖啡豆味道真香'],
      ['这款防晒的防护力直接拉满'],
      ['续航直接拉满了'],
      ['这双鞋穿起来巴适得很'],
      ['超神奇的效果，您试试'],
      ['这款绝版了，只剩展示品'],
    ],
  )
})

// internet-slang 2. digit-meme: 88 after a goodbye, 9494, 8错. Traps: prices, codes, quantities.
describe('internet-slang: chat numbers', () => {
  checkKinds(
    'internet-slang',
    [
      ['好的88～', undefined, '好的88', 'warning'],
      ['拜拜88，有事再找我', undefined, '拜拜88', 'warning'],
      ['9494，就是这个意思', undefined, '9494', 'warning'],
      ['這個顏色8错哦', undefined, '8错哦', 'warning'],
    ],
    [
      ['满88包邮'],
      ['价格是848元'],
      ['订单号9494123'],
      ['好的88元的那款'],
      ['满666元可以用这张券'],
    ],
  )
})
