import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Issue 8, seventh session (rules-q): the domain enumerated before the misses. Each describe is a
 * kind of the taxonomy (speech act, construction or word class), with replies in our own words and
 * the traps beside them (negation, warning, mention, policy, plain service). Only kinds the rules
 * now read are listed; the kinds still missed are in the session report.
 */

describe('review-manipulation: R1 cash back for a good review (返现/返钱/返N元)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['收到货给五星好评，返您3块钱', undefined, '五星好评，返您3块钱', 'error'],
      ['好评带图的话我们返现5元哦', undefined, '好评带图的话我们返现5元', 'error'],
    ],
    [
      ['收到货满意的话给个五星好评哦'],
      ['好评返现这种我们是不做的'],
    ],
  )
})

describe('review-manipulation: R2 red packet / transfer for a review (红包/转账/微信红包)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['好评之后我给您发个两块钱的红包', undefined, '好评之后我给您发个两块钱的红包', 'error'],
      ['给个好评，我微信转您5块', undefined, '好评，我微信转您5块', 'error'],
      ['评价完私信我，给你包个小红包', undefined, '评价完私信我，给你包个小红包', 'error'],
    ],
    [
      ['红包是平台活动发的，跟评价没关系'],
      ['评价完有什么问题随时私信我'],
    ],
  )
})

describe('review-manipulation: R3 gift in kind (赠品/小样/多寄一个)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['晒图好评送您一个同款发圈', undefined, '晒图好评送您', 'error'],
      ['评价写满二十字，下次发货多给您放两包', undefined, '评价写满二十字，下次发货多给您放两包', 'error'], // the span runs to the reward's end (op14's gift-count reading)
      // Reported whole (rq2 round 2): a span ending in 再寄一 cut 一套.
      ['帮忙五星好评一下，给宝宝再寄一套口水巾', undefined, '五星好评一下，给宝宝再寄一套口水巾', 'error'],
    ],
    [
      ['现在下单就送一个发圈，跟评价无关'],
      ['宝宝用着满意的话，麻烦给个好评'],
    ],
  )
})

describe('review-manipulation: R4 coupon / discount / member price for a review', () => {
  checkKinds(
    'review-manipulation',
    [
      ['带图评价后找客服领10元无门槛券', undefined, '带图评价后找客服领10元无门槛', 'error'],
      ['追评一下，下单给您打九五折', undefined, '追评一下，下单给您打九五折', 'error'],
    ],
    [
      ['店铺首页可以领10元无门槛券'],
      ['追评可以帮助其他买家了解产品'],
    ],
  )
})

describe('review-manipulation: R5 free order / full refund for a review (免单/全额返)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['晒单好评就给您免单', undefined, '晒单好评就给您免单', 'error'],
      ['五星好评加收藏，这单钱全退给您', undefined, '五星好评加收藏，这单钱全退给您', 'error'],
      ['写个走心的好评，这一单算我们请您的', undefined, '好评，这一单算我们请您的', 'error'],
    ],
    [
      ['这单是免单活动抽中的，不需要好评'],
      ['质量问题的话这单给您全额退款'],
    ],
  )
})

describe('review-manipulation: R6 delete / change a bad review for compensation', () => {
  checkKinds(
    'review-manipulation',
    [
      ['差评删掉的话给您补20块', undefined, '差评删掉的话给您补20块', 'error'],
      ['麻烦把评价改成五星，我们给您退一半货款', undefined, '评价改成五星，我们给您退一半', 'error'],
      ['那个差评您撤一下，我这边给您多补一件', undefined, '差评您撤一下，我这边给您多补一件', 'error'],
    ],
    [
      ['差评我们看到了，给您补发一件新的，评价您随意'],
      ['您把差评的问题说清楚，我们一定改进'],
    ],
  )
})

describe('review-manipulation: R7 bad review prevented by paying (先别差评，给您补偿)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['先别给差评哈，我私下补您10块', undefined, '先别给差评哈，我私下补您10块', 'error'],
      ['不要打中评好吗，给您退5块运费', undefined, '不要打中评好吗，给您退5块', 'error'],
      ['别给一星呀，我给您补个小礼物', undefined, '别给一星呀，我给您补个小礼物', 'error'],
    ],
    [
      ['先别着急给差评，我们先帮您处理问题'],
      ['您有不满意的地方可以先联系我们'],
    ],
  )
})

describe('review-manipulation: R8 screenshot / contact after review to claim', () => {
  checkKinds(
    'review-manipulation',
    [
      ['评价完截个图发我', undefined, '评价完截个图发', 'error'],
      ['晒图好评后把截图发给客服哦', undefined, '好评后把截图发', 'error'],
      ['好评后私信客服有惊喜', undefined, '好评后私信客服有惊喜', 'error'],
    ],
    [
      ['评价提交不了的话截图发我看看'],
      ['给您看几张其他买家的晒图'],
      ['评价完有问题的话截图发我'],
    ],
  )
})

describe('review-manipulation: R9 wording dictated (评价里写/夸) with reward', () => {
  checkKinds(
    'review-manipulation',
    [
      ['评价里帮忙夸一下物流，返您2元', undefined, '评价里帮忙夸一下物流，返您2元', 'error'],
      ['评论写上“正品”两个字，下次给你包邮', undefined, '评论写上“正品”两个字，下次给你包邮', 'error'],
      ['追评说一下没有异味，我给你补5块', undefined, '追评说一下没有异味，我给你补5块', 'error'],
    ],
    [
      ['评价里说一下尺码合不合适，方便其他买家参考'],
      ['您在评价里提到的异味问题我们已经反馈'],
      ['追评里说的问题我们已经改进了，给您补一个新的'],
      ['麻烦把追评里的照片发我看一下，给您补发一个'],
    ],
  )
})

describe('review-manipulation: R10 reward conditional, reward first (想要红包的话给个好评)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['想要返现的话给个五星好评哦', undefined, '返现的话给个五星好评', 'error'],
      ['领红包的条件是带图好评', undefined, '红包的条件是带图好评', 'error'],
      ['这张券需要好评后才能领', undefined, '好评后才能领', 'error'],
    ],
    [
      ['想要优惠的话可以领店铺券'],
      ['红包需要在活动页领取'],
    ],
  )
})

describe('review-manipulation: R11 review on other platforms / social posts (小红书笔记/朋友圈晒)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['小红书发篇笔记带上我们店，截图给我返10元', undefined, '笔记带上我们店，截图给我返10元', 'error'],
      ['抖音发个开箱视频，返您20块', undefined, '开箱视频，返您20块', 'error'],
      ['朋友圈晒一下带上店名，给你发个红包', undefined, '朋友圈晒一下带上店名，给你发个红包', 'error'],
    ],
    [
      ['小红书上也有很多买家笔记可以参考'],
      ['抖音直播间也有这款，价格一样'],
      ['您可以晒一下问题照片，我们给您补一个'],
      ['这款笔记本送电脑包'],
    ],
  )
})

describe('review-manipulation: R12 paid-after fulfilment (说好的钱已转/已返)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['说好的好评返现5元已经给您转过去了', '好评写好了', '好评返现5元', 'error'],
      ['好评红包已经发您了哦', '我评价了', '好评红包', 'error'],
      ['您删了差评，补偿的20元已经打给您了', undefined, '删了差评，补偿', 'error'],
    ],
    [
      ['退款已经原路退回了，请注意查收', '我退货了'],
      ['补发的快递已经发出了', '差评已经删了'],
    ],
  )
})

describe('review-manipulation: R14 a change asked by euphemism (通融/高抬贵手/再考虑一下) with compensation', () => {
  checkKinds(
    'review-manipulation',
    [
      ['我给您补偿一个红包，您看评价那边能不能通融一下', undefined, '红包，您看评价那边能不能通融', 'error'],
      ['差评能不能高抬贵手，我们给您补偿50', undefined, '差评能不能高抬贵手，我们给您补偿50', 'error'],
      ['给您退30块钱，这个差评就麻烦您了', undefined, '退30块钱，这个差评就麻烦您了', 'error'],
    ],
    [
      ['评价您可以再考虑一下，问题我们先给您处理'],
      ['差评我们会认真反馈给工厂，给您补发一个新的'],
    ],
  )
})

describe('review-manipulation: R15 buyer-show photos (返图) and services as the price (保固/延保)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['收到衣服拍个返图给我，送您一双袜子', undefined, '返图给我，送您', 'error'],
      ['宝宝穿上返图有礼', undefined, '返图有礼', 'error'],
    ],
    [
      ['您发的返图看到了，色差的问题给您优惠10元'],
      ['返图我们收到了，质量问题给您补发一件'],
    ],
  )
})

describe('off-platform: O1 add me on WeChat/QQ (direct invite)', () => {
  checkKinds(
    'off-platform',
    [
      ['有问题加我微信详细说', undefined, '加我微信', 'error'],
      ['方便的话加下我企鹅', undefined, '加下我企鹅', 'error'],
    ],
    [
      ['平台不允许加微信，有问题在这里说就行'],
      ['支持微信支付的'],
    ],
  )
})

describe('off-platform: O2 account handed over (微信号是/vx:)', () => {
  checkKinds(
    'off-platform',
    [
      ['我微信是 mei_2024', undefined, '我微信是 mei_2024', 'error'],
      ['vx：kf8899，备注订单号', undefined, 'vx：kf8899', 'error'],
      ['QQ号 3528471960，有事找我', undefined, 'QQ号 3528471960', 'error'],
    ],
    [

    ],
  )
})

describe('off-platform: O3 homophone/emoji/typo channel (薇信/V❤/绿泡泡)', () => {
  checkKinds(
    'off-platform',
    [
      ['加我薇❤：abc123', undefined, '加我薇❤：abc123', 'error'],
      ['绿泡泡搜一下 kefu888', undefined, '绿泡泡', 'error'],
      ['扣扣私聊我，号在主页', undefined, '扣扣私聊', 'error'],
    ],
    [
      ['这个颜色是薄荷绿，很清新'],
      ['这款是扣子款，不是拉链的'],
    ],
  )
})

describe('off-platform: O4 pay / transfer outside (支付宝转账/银行卡)', () => {
  checkKinds(
    'off-platform',
    [
      // Session 21 (pv21): the way of paying is part of the money-to-me construction (offplat.pay.means × offplat.to.me).
      ['您直接支付宝转我就行，不用拍了', undefined, '支付宝转我就行', 'error'],
      ['钱打到我卡上，我马上发货', undefined, '打到我卡上', 'error'],
      ['付款走我私人账户能便宜20', undefined, '付款走我私人账户', 'error'],
    ],
    [
      ['退款会原路退回到您的支付宝'],
      ['请不要私下转账，平台付款才有保障'],
    ],
  )
})

describe('off-platform: O5 buy on another platform / own site / app (去拼多多/官网/小程序)', () => {
  checkKinds(
    'off-platform',
    [
      ['这款我们拼多多店更便宜，您去那边拍', undefined, '拼多多店更便宜', 'error'],
      ['您去我们小程序下单，有会员价', undefined, '我们小程序下单', 'error'],
      ['闲鱼上搜我们店名，那边直接拍', undefined, '闲鱼上搜', 'error'],
    ],
    [
      ['本店只在淘宝销售'],
      ['您在这里直接下单就可以'],
    ],
  )
})

describe('off-platform: O6 agent phone as channel (打我电话/我手机号)', () => {
  checkKinds(
    'off-platform',
    [
      ['有事直接打我手机 13812345678', undefined, '打我手机', 'error'],
      ['急的话打我座机 0571-88886666', undefined, '打我座机', 'error'],
    ],
    [
      ['安装师傅会提前电话联系您'],
      ['快递员的电话在物流详情里能看到'],
    ],
  )
})

describe('off-platform: O9 private / off-record dealing (私下交易/私下退)', () => {
  checkKinds(
    'off-platform',
    [
      ['这单您退了，我们私下交易便宜点', undefined, '私下交易', 'error'],
      ['不走平台的话可以给您少30', undefined, '不走平台', 'error'],
      ['您先确认收货，差价我私下退您', undefined, '私下', 'error'],
    ],
    [
      ['私下交易没有保障，请在平台下单'],
      ['差价会通过平台退给您'],
    ],
  )
})

describe('off-platform: O10 follow / join group / public account (公众号/粉丝群/朋友圈)', () => {
  checkKinds(
    'off-platform',
    [
      ['关注我们公众号，私信发您优惠码', undefined, '关注我们公众号', 'error'],
      ['进我们的粉丝群，群里每天有秒杀', undefined, '进我们的粉丝群', 'error'],
      ['朋友圈有实拍，加我小号看', undefined, '加我小号', 'error'],
    ],
    [
      ['关注店铺可以第一时间看到上新'],
      ['可以加入店铺淘宝群，在淘宝app里就能找到'],
    ],
  )
})

describe('off-platform: O11 contact by description (看我主页签名/图里的号)', () => {
  checkKinds(
    'off-platform',
    [
      ['联系方式在店铺首页第二张图里', undefined, '联系方式在店铺首页第二张', 'error'],
      ['您看我头像上的号码，直接加', undefined, '头像上的号码', 'error'],
      ['签名里有我的联系方式', undefined, '签名里有我的联系方式', 'error'],
    ],
    [
      ['尺码表在详情页第二张图里'],
      ['售后流程在店铺首页有说明'],
    ],
  )
})

describe('off-platform: O12 buyer asked for contact, short yes (previous turn)', () => {
  checkKinds(
    'off-platform',
    [
      ['可以的，我的是 kf_lili', '能加你微信吗', '我的是', 'error'],
      ['好的，您记一下 138 1234 5678', '留个电话给我', '您记一下', 'error'],
      ['行，我v发你', '有没有别的联系方式', '我v发你', 'error'],
    ],
    [
      ['不好意思，只能在平台沟通哦', '能加你微信吗'],
      ['您在这里留言就行，我们都能看到', '有没有别的联系方式'],
    ],
  )
})

describe('off-platform: O13 buyer contact asked (留您微信/手机号)', () => {
  checkKinds(
    'off-platform',
    [
      ['您的微信发我一下，方便发图', undefined, '您的微信', 'error'],
    ],
    [
      ['收件人手机号请核对一下'],
      ['请在订单里填写正确的收货电话'],
    ],
  )
})

describe("off-platform: O15 the chat called slow as the reason, or a shop person's desk line (回复慢…打我们的热线; 店长座机)", () => {
  checkKinds(
    'off-platform',
    [
      ['平台这边消息回得慢，有急事直接打我们的热线', undefined, '消息回得慢，有急事直接打我们的', 'error'],
      ['团购量大的话您打我们办公室座机订就行', undefined, '打我们办公室座机', 'error'],
      ['这边回复不及时，您私信我的微信号更快', undefined, '回复不及时，您私信我的微信号', 'error'],
    ],
    [
      ['高峰期回复慢，您可以打平台客服电话咨询'],
      ['抱歉回复慢了，快递员电话在物流详情里'],
      ['回复不及时请见谅，我们会尽快找我们仓库核实'],
    ],
  )
})

describe('internet-slang: S1 abbreviations (yyds/xswl/nsdd/u1s1)', () => {
  checkKinds(
    'internet-slang',
    [
      ['这款真的yyds', undefined, 'yyds', 'warning'],
      ['u1s1，这个价格很划算', undefined, 'u1s1', 'warning'],
      ['xswl，亲太可爱了', undefined, 'xswl', 'warning'],
    ],
    [
      ['这款是YDS系列'],
    ],
  )
})

describe('internet-slang: S3 vulgar/meme exclamations (卧槽/尼玛/我去)', () => {
  checkKinds(
    'internet-slang',
    [
      ['卧槽，这单居然丢了', undefined, '卧槽', 'error'],
      ['绝绝子，这颜色太好看了', undefined, '绝绝子', 'warning'],
    ],
    [
      ['我去仓库帮您看看'],
      ['我去问一下主管'],
    ],
  )
})

describe('internet-slang: S4 self-address slang (宝子/集美/家人们/铁汁)', () => {
  checkKinds(
    'internet-slang',
    [
      ['宝子们，今天上新啦', undefined, '宝子们', 'warning'],
      ['家人们谁懂啊，这个太好用了', undefined, '家人们谁懂啊', 'warning'],
    ],
    [
      ['宝宝用的话建议选大一码'],
      ['家人用也可以'],
    ],
  )
})

describe('internet-slang: S5 emotion memes (破防/emo/躺平/摆烂/社死)', () => {
  checkKinds(
    'internet-slang',
    [
      ['看到您的差评我直接破防了', undefined, '破防', 'warning'],
      ['仓库今天摆烂了，发不了货', undefined, '摆烂', 'warning'],
      ['这个颜色我真的爱了爱了', undefined, '爱了爱了', 'warning'],
    ],
    [
      ['防水性能很好，不会破'],
      ['这款可以平躺使用'],
    ],
  )
})

describe('internet-slang: S6 homophone words (酱紫/表/造/肿么/神马)', () => {
  checkKinds(
    'internet-slang',
    [
      ['酱紫的话就没问题啦', undefined, '酱紫', 'warning'],
      ['肿么了亲，有什么问题吗', undefined, '肿么', 'warning'],
      ['神马情况，我帮您查查', undefined, '神马', 'warning'],
    ],
    [
      ['这是酱汁鸡腿'],
      ['手表已经发货了'],
    ],
  )
})

describe('internet-slang: S7 digit slang (886/555/7456)', () => {
  checkKinds(
    'internet-slang',
    [
      ['好的亲，886', undefined, '886', 'warning'],
      ['555，真的很抱歉', undefined, '555', 'warning'],
    ],
    [
      ['价格是886元'],
      ['订单号555123'],
    ],
  )
})

describe('internet-slang: S8 latin slang (OMG/nb/awsl/dbq/cp)', () => {
  checkKinds(
    'internet-slang',
    [
      ['dbq亲，是我们搞错了', undefined, 'dbq', 'warning'],
      ['awsl，这也太萌了', undefined, 'awsl', 'warning'],
    ],
    [
      ['尺码有S/M/L'],
      ['NB是New Balance的简称，这双是NB 574'],
    ],
  )
})

describe('internet-slang: S9 trendy verbs (种草/拔草/冲/薅羊毛/上车)', () => {
  checkKinds(
    'internet-slang',
    [
      ['赶紧冲，错过等一年', undefined, '赶紧冲', 'warning'],
    ],
    [
      ['请冲洗干净再使用'],
      ['使用前请先摇匀'],
    ],
  )
})

describe('internet-slang: S11 sarcastic/rude meme (你品你细品/我太难了/柠檬精)', () => {
  checkKinds(
    'internet-slang',
    [
      ['我太难了，一天几百个咨询', undefined, '我太难了', 'warning'],
      ['别当柠檬精啦，价格都一样', undefined, '柠檬精', 'warning'],
    ],
    [
      ['您可以先品尝一下试吃装'],
      ['这款柠檬味的很受欢迎'],
    ],
  )
})

