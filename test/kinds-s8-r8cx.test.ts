import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Eighth session (r8cx): kinds behind set O's misses in competitor-disparagement, off-platform,
 * review-manipulation, privacy-leak and internet-slang, written in our own words with the traps
 * beside each kind. Each flag is reported exactly once, with its span and severity; each trap passes.
 */
describe('competitor-disparagement: a shop of some trade pointed at by a determiner is another seller', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['其他药店便宜是有原因的，您懂的', undefined, '其他药店便宜是有原因的，您懂的', 'warning'], // trade + insinuation (the two insinuations are one finding)
      ['别的车行的二手车好多是泡水车翻新的', undefined, '别的车行的二手车好多是泡水车翻新的', 'warning'], // trade + refurbished
      ['嗰啲眼镜店卖嘅都系水货', undefined, '嗰啲眼镜店卖嘅都系水货', 'warning'], // Cantonese determiner + trade
      ['对面那家奶茶店全是香精勾兑的', undefined, '对面那家奶茶店全是香精勾兑', 'warning'], // trade + adulterated
      ['隔壁花店的花都是冻过的，放两天就蔫', undefined, '隔壁花店的花都是冻过的', 'warning'], // trade + quality
    ],
    [
      ['其他药店也有这个药，您就近买也行'], // trade named, nothing said against it
      ['我们其他门店也有现货'], // the shop's own branches
      ['别的琴行报价多少您可以发我看看'], // a comparison asked for
      ['如果其他药房更便宜，您也可以比较一下'], // a condition, no claim
    ],
  )
})

describe('competitor-disparagement: what runs their goods down without a fake-word', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['外面那些几十块的尤克里里就是烧火棍', undefined, '外面那些几十块的尤克里里就是烧火棍', 'warning'], // junk by metaphor
      ['网上那些便宜跑步机买回去只能吃灰', undefined, '网上那些便宜跑步机买回去只能吃灰', 'warning'], // junk: gathers dust
      ['隔壁那家餐厅的菜难吃得要命', undefined, '隔壁那家餐厅的菜难吃', 'warning'], // bad to eat
      ['那个牌子的电子秤称出来根本不准', undefined, '那个牌子的电子秤称出来根本不准', 'warning'], // does not measure
      ['别家客服连型号都讲不清，您在那买能放心吗？', undefined, '别家客服连型号都讲不清', 'warning'], // staff who cannot answer + rhetorical doubt
      ['那家的耳机坏了以后投诉无门', undefined, '那家的耳机坏了以后投诉无门', 'warning'], // no help after sale
      ['朋友圈代购的包包都是义乌进的', undefined, '朋友圈代购的包包都是义乌进的', 'warning'], // smalls-market goods
      ['隔壁那家自助的海鲜吃了闹肚子', undefined, '隔壁那家自助的海鲜吃了闹肚子', 'warning'], // harm after eating
      ['有些车行会拿试驾车当新车卖给你', undefined, '有些车行会拿试驾车当新车卖', 'warning'], // passing off as new
      ['超市的葡萄都是打了药催熟的', undefined, '超市的葡萄都是打了药催熟', 'warning'], // supermarket goods, adulterated
    ],
    [
      ['有些店铺卖的是平行进口版本，购买前问清楚保修'], // a channel stated, nothing run down
      ['这款秤如果称得不准，您寄回来我们校准'], // the shop's own goods, condition
      ['我们的菜不难吃的话，欢迎再来'], // negated, about the shop
      ['我们不会把展示机当新机卖'], // negated passing off
      ['放心，我们家连三包都有'], // the shop's own guarantee
    ],
  )
})

describe('review-manipulation: a review asked in other words, paid in other coin', () => {
  checkKinds(
    'review-manipulation',
    [
      ['评价的时候星星给满，下次批货每箱让你三块钱', undefined, '评价的时候星星给满，下次批货每箱让你三块钱', 'error'], // stars filled (the review word opens the span) + margin conceded
      ['签收后帮忙夸几句，我给您补五块', undefined, '夸几句，我给您补五块', 'error'], // praise by euphemism + money
      ['可以追评一句“客服很耐心”吗？我给您退八块', undefined, '追评一句“客服很耐心”吗？我给您退八块', 'error'], // question asking, reward in the next sentence
      ['追评写满意的老顾客下次进货多让个点', undefined, '追评写满意的老顾客下次进货多让个点', 'error'], // review by trade buyers, margin conceded
      ['差评能撤一下吗？撤了给您补一张套餐券', undefined, '差评能撤一下吗？撤了给您补一张套餐券', 'error'], // change, voucher for a visit
    ],
    [
      ['您提的好评返现我们做不了，平台明令禁止'], // mention and refusal
      ['能给个好评吗？我给您看看物流到哪了'], // question, no reward next
      ['星星点满就是对我们最大的支持'], // asked without a reward
      ['追评的话您随意，谢谢您'], // left free
    ],
  )
})

describe('off-platform: contact and sales moved off the marketplace in other forms', () => {
  checkKinds(
    'off-platform',
    [
      ['有急事直接打 186-2233-4455 找我', undefined, '打 186-2233-4455 找我', 'error'], // dialled number with dashes, the agent answers
      ['周末拨 0571 8765432 我都在', undefined, '拨 0571 8765432 我都在', 'error'], // landline with a space
      ['扣扣是叁伍柒玖贰肆陆捌壹，加我聊', undefined, '扣扣是叁伍柒玖贰肆陆捌壹', 'error'], // banker's capitals as a handle
      ['下次来店里扫收款台边上那个码付就行', undefined, '扫收款台边上那个码付', 'error'], // code described by place, pay outside
      ['您留个WhatsApp，我这边直接跟您对接', undefined, '留个WhatsApp', 'error'], // foreign chat app handle asked
      ['add我的WeChat吧，图片发您', undefined, 'add我的WeChat', 'error'], // English verb + app
      ['药的事您加我们门店的企业号', undefined, '加我们门店的企业号', 'error'], // enterprise account
      ['订桌的话打我们前台座机就行', undefined, '打我们前台座机', 'error'], // the shop's landline by place
    ],
    [
      ['快递员打 186-2233-4455 找我们，没打通'], // someone else's call
      ['您打 186-2233-4455 是空号吗？'], // question, nobody to answer
      ['扫一下吊牌上那个码可以查真伪'], // product code
      ['在付款页面扫这个码付就可以'], // the platform's own checkout code
      ['不是二手的，我自己在官网买的，小票还在'], // the agent narrating its own purchase
    ],
  )
})

describe('internet-slang: shop shorthand by pinyin initials, typed in lower case', () => {
  checkKinds(
    'internet-slang',
    [
      ['您的wl今天下午会更新', undefined, 'wl', 'warning'], // 物流
      ['kd师傅五点来取件', undefined, 'kd', 'warning'], // 快递
      ['麻烦在dd备注里写一下尺码', undefined, 'dd', 'warning'], // 订单
      ['tk申请我这边已经同意了', undefined, 'tk', 'warning'], // 退款
      ['明早九点前fh', undefined, 'fh', 'warning'], // 发货
      ['收到有问题找sh就行', undefined, 'sh', 'warning'], // 售后
    ],
    [
      ['型号TK-20现货'], // model code in capitals, glued to a dash
      ['这款C27FH显示器有货'], // capitals inside a model name
      ['加一下售后微信 sh-service 就行'], // part of an id (off-platform's business, not slang)
      ['物流今天下午会更新'], // the word itself
    ],
  )
})

describe("privacy-leak: another person's records beyond phone and address", () => {
  checkKinds(
    'privacy-leak',
    [
      ['和您拼单的另一位顾客，她是成都武侯的罗女士', undefined, '她是成都武侯', 'error'], // identified by where they are from (the span ends at the place word, as 地址是江苏南京 does)
      ['楼下那位大哥的车牌号是川A9X812', undefined, '车牌号是川A9X812', 'error'], // licence plate
      ['前面那位大姐的处方开的是二甲双胍', undefined, '处方开的是二甲双胍', 'error'], // prescription
      ['您表姐上个月办的是两千的年卡', undefined, '办的是两千的年卡', 'error'], // a card or service bought
      ['您爱人前天也在我们店下了一单，一盒助眠软糖', undefined, '在我们店下了一单', 'error'], // another's order
    ],
    [
      ['您的车牌号是川A9X812对吗'], // the buyer's own plate, checked with them
      ['这款吉他是手工做的，其他是机器做的'], // 他 inside a word
      ['处方药需要您上传自己的处方'], // the buyer's own prescription
      ['其他顾客办的都是年卡，比较划算'], // buyers in general, no one identified
    ],
  )
})

describe('internet-slang: a kiss sent to the buyer, and 哒/滴 particles as a register (lead note, s8)', () => {
  checkKinds(
    'internet-slang',
    [
      ['好的，已经帮您备注了，么么哒', undefined, '么么哒', 'warning'], // alone, closing a mainland reply
      ['摸摸哒，别着急哈', undefined, '摸摸哒', 'warning'], // its variant
    ],
    [
      ['“么么哒”这种词我们客服不用'], // quoted and talked about
      ['么么哒这个我们不敢说'], // talked about without quotes
      ['好哒，马上给您安排发货'], // one particle is house style
      ['亲爱滴，请问还有其他需要吗'], // one particle is house style
    ],
  )
})
