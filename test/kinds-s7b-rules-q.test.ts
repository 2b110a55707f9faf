import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Issue 8, seventh session, round 2 (rq2): false alarms of sets L, M and N read as classes, with
 * replies in our own words. Each describe names the class; the flag cases beside the passes show
 * the same words still reported where the class does not hold.
 */

describe('off-platform: the shop saying it has no such channel (微信群我们这边没有)', () => {
  checkKinds(
    'off-platform',
    [
      ['有事进我们的微信群问，群里有人回', undefined, '微信群', 'error'],
      ['QQ群我们这边有的，我拉您', undefined, 'QQ群', 'error'],
    ],
    [
      ['您提到的那个QQ群我们是没有的，售后就在这个聊天窗口'],
      ['您说的微信群本店没有，请以店铺客服为准'],
      ['微信群我们这里没有，有问题直接在这儿留言'],
    ],
  )
})

describe('off-platform: 私下 told of other people’s habits (明星私下都在用), not a deal', () => {
  checkKinds(
    'off-platform',
    [
      ['这单我们私下交易，便宜二十', undefined, '私下交易', 'error'],
      // cp22: the span now runs to the recipient (offplat.private × offplat.to.you: 私下 + 补给您), the whole of the private payment.
      ['运费我私下补给您', undefined, '私下补给您', 'error'],
    ],
    [
      ['好几个美妆博主私下都在用我们家的卸妆膏'],
      ['我们的老顾客私下也在推荐这款'],
      ['店里的师傅私下一直在穿这双鞋'],
    ],
  )
})

describe('off-platform: the buyer’s own account the order was placed with (下单的微信号)', () => {
  checkKinds(
    'off-platform',
    [
      ['方便的话留一下您的微信号，我加您', undefined, '您的微信号', 'error'],
      ['有事把您的扣扣发我', undefined, '您的扣扣', 'error'],
    ],
    [
      ['订单只在下单的微信号里能看到，您切换一下账号'],
      ['请用绑定的微信号登录小程序查看物流'],
      ['发票已经发到您的QQ邮箱，请查收'],
    ],
  )
})

describe('review-manipulation: the shop disowning the offer the buyer found (不是我们放的)', () => {
  checkKinds(
    'review-manipulation',
    [['包裹里放了卡片，五星好评返现五元', undefined, '五星好评返现五元', 'error']],
    [
      ['您说的“好评返现”小卡片不是我们放的，可能是仓库混装了，我们查一下'],
      ['那张晒图送红包的卡不是本店的，请别扫码'],
    ],
  )
})

describe('privacy-leak: a business line is not personal data (工作手机, 门店电话)', () => {
  checkKinds(
    'privacy-leak',
    [['那位买家的手机是13822334455', undefined, '13822334455', 'error']],
    [
      ['急的话打我工作手机一三九零零二二三三四四'],
      ['到店自提前可以打门店电话，号码我发您：一八八 零零一二 三四五六'],
      ['售后您找厂家，厂家电话13500001111'],
    ],
  )
})

describe('privacy-leak: a masked recipient checked with the buyer (尾号…，是您家人代收的吗)', () => {
  checkKinds(
    'privacy-leak',
    [
      // A guess put with 吧 asserts who it is: what follows is told about that person.
      ['这单是您朋友的吧？她住在5栋1203', undefined, '5栋1203', 'error'],
      ['您邻居也买了，她尾号8866', undefined, '8866', 'error'],
    ],
    [
      ['签收人显示王**，手机尾号6621，是您家人帮忙签的吗'],
      ['收件电话后四位是0315，是不是您朋友代下的单呢？'],
    ],
  )
})

describe('review-manipulation: a gift in kind is reported whole, never cut inside 一包/一双', () => {
  checkKinds(
    'review-manipulation',
    [
      ['带视频晒单的送一瓶洗衣液', undefined, '晒单的送一瓶洗衣液', 'error'],
      ['五星好评送个小样给您', undefined, '五星好评送个小样', 'error'],
      ['追评满15字，补发一件给您', undefined, '追评满15字，补发一件', 'error'],
      ['好评返3元哦', undefined, '好评返3元', 'error'],
    ],
    [['买两件送一双袜子，评价随意'], ['亲，一包是十片装的，欢迎收货后评价']],
  )
})

describe('internet-slang: post memes 一整个爱住 / 咱就是说 and hype 起飞 / 氛围感拉满', () => {
  checkKinds(
    'internet-slang',
    [
      ['这款香薰一整个爱住', undefined, '一整个爱住', 'warning'],
      ['咱就是说这个价真的可以', undefined, '咱就是说', 'warning'],
      ['这个键盘打字手感直接起飞', undefined, '直接起飞', 'warning'],
    ],
    [
      ['一整个冬天都能穿'],
      ['这个咖啡闻着真香'],
      ['航班起飞前记得关机'],
      ['续航直接拉满了'],
      ['小孩晚上哭哭闹闹可以试试这个安抚巾'],
    ],
  )
})

describe('review-manipulation: a changed review paid by borne costs or damages (运费全额承担, 双倍赔)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['麻烦您把中评删一下，来回运费我们全额承担', undefined, '中评删一下，来回运费我们全额承担', 'error'],
      ['差评撤了吧，碎的那几个我们双倍赔', undefined, '差评撤了吧，碎的那几个我们双倍赔', 'error'],
      ['負評能不能移除呢？我們補您50元', undefined, '負評能不能移除呢？我們補您50元', 'error'],
    ],
    [
      ['运费我们全额承担，评价您按真实感受写就好'],
      ['坏的我们双倍赔，差评您随意'],
      ['评论区的违规广告我们已经移除了'],
    ],
  )
})

describe('off-platform: the shop’s LINE reached by message or search (私訊我們的賴, 搜尋我們的LINE)', () => {
  checkKinds(
    'off-platform',
    [
      ['訂製款可以私訊我們的賴，小編回很快', undefined, '私訊我們的賴', 'error'],
      ['搜尋我們的LINE就找得到，名稱同賣場', undefined, '搜尋我們的LINE', 'error'],
    ],
    [['有問題請直接在聊聊私訊我們'], ['感謝您對我們的信賴'], ['結帳時可以選LINE Pay']],
    { profile: 'zh-TW' },
  )
})

describe('off-platform: a number to ring and the agent who answers it (打这个号码…找我)', () => {
  checkKinds(
    'off-platform',
    [['方便的话打这个号码一五九零零三三四四五五找我', undefined, '打这个号码一五九零零三三四四五五找我', 'error']],
    [['骑手说打这个号码找我们没人接，麻烦您核对一下'], ['您打这个号码是空号吗？我帮您查']],
  )
})

describe('off-platform: money moved around the platform by account, fee pretext or 还 (L and M)', () => {
  checkKinds(
    'off-platform',
    [
      ['退款太慢的话，您把钱退回来，我支付宝还您', undefined, '支付宝还您', 'error'],
      ['把您收款的那个号告诉我，差价我直接给您打过去', undefined, '收款的那个号告诉我，差价我直接给您打过去', 'error'],
      ['尾款您转到我们的账户就行', undefined, '转到我们的账户', 'error'],
      ['订金走银行卡吧，走平台手续费高', undefined, '走平台手续费高', 'error'],
    ],
    [
      ['退款会原路退回到您的支付宝账户'],
      ['手续费是平台收的，我们这边承担，您正常下单'],
      ['您绑定的收款账户是哪个手机号？'],
    ],
  )
})

describe('review-manipulation: praise asked by euphemism or as a write-up, paid by a token (M and N)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['评论里帮我们说几句好话，有返利的哦', undefined, '评论里帮我们说几句好话，有返利', 'error'],
      ['写几句用后感配张图，给您补一张京券当心意', undefined, '用后感配张图，给您补一张京券当心意', 'error'],
      ['上完课在评价里给老师五星，可以免费再领一节体验课', undefined, '五星，可以免费再领一节体验课', 'error'],
      ['评价里带上宝宝照片和“好用”两个字，下一单给您直接减八块', undefined, '评价里带上宝宝照片和“好用”两个字，下一单给您直接减八块', 'error'],
    ],
    [
      ['谢谢您的好评，这是我们的一点心意'],
      ['您写的吃后感我们都看到了，谢谢支持'],
      ['满意的话帮我们说两句好话哦'],
    ],
  )
})
