import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Ninth session (r10cx): kinds behind the competitor-disparagement misses of set P that recur in
 * sets k–o, written in our own words with the traps beside each kind. Each flag is reported exactly
 * once, with its span and severity; each trap passes.
 */
describe('competitor-disparagement: a name hidden behind 某 or x is a rival like 某宝', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['某宁上那几台冰箱都是翻新机', undefined, '某宁上那几台冰箱都是翻新机', 'warning'], // 某 + platform
      ['xx保洁的阿姨都是临时工', undefined, 'xx保洁的阿姨都是临时工', 'warning'], // xx + trade
      ['某福某生那些金店就是卖个牌子', undefined, '某福某生那些金店就是卖个牌子', 'warning'], // two names hidden in a row
      ['那个某某达的充电头用几天就发烫', undefined, '某某达的充电头用几天就发烫', 'warning'], // 某 doubled
      ['这罐奶粉比某鹤好很多', undefined, '比某鹤好很多', 'warning'], // the rival after 比
    ],
    [
      ['某些批次容易起球，我们已经下架了'], // 某些: an indefinite, the shop's own batches
      ['某个零件老是坏的话可以寄回来'], // 某个 + a condition
      ['某天下午您再看看物流'], // 某天: a time
      ['x光检查的报告我们看不了'], // x光 is an X-ray
      ['这款比上一代好很多'], // better than the shop's own older model
      ['我们比别家好很多吗？不敢这么说'], // asked, and disowned
    ],
  )
})

describe('competitor-disparagement: only the shop is the real thing, said against a seller in the same sentence', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['网上那些普洱，我们才是真正的古树茶', undefined, '网上那些普洱，我们才是真正', 'warning'],
      ['隔壁家的阿胶都是杂皮熬的，只有我们家是正品', undefined, '隔壁家的阿胶都是杂皮熬的，只有我们家是正品', 'warning'],
      ['晨光那种都是给小朋友用的，我们这款才是真正的商务款', undefined, '晨光那种都是给小朋友用的，我们这款才是真正', 'warning'], // a brand set against the shop
    ],
    [
      ['我们才是正品授权店，欢迎查验'], // no rival: the shop about itself
      ['您在别家买的是正品吗？我们才是原厂授权'], // the rival only asked about, in the sentence before
      ['不是只有我们家才是正品，授权店都可以'], // negated
      ['全台只有我们是真空包装出货吗？'], // a question, 真空 is no claim
    ],
  )
})

describe('competitor-disparagement: a brand the lists do not know, set against the shop', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['博朗那些都是营销堆出来的，还是选我们家', undefined, '博朗那些都是营销堆出来', 'warning'], // name + 那些, the shop promotes itself
      ['倍耐力都没有我们这款抓地', undefined, '倍耐力都没有我们这款抓地', 'warning'], // the rival below the shop on a virtue
      ['那款就是仿我们的设计', undefined, '那款就是仿我们', 'warning'], // whatever copies the shop is a rival
    ],
    [
      ['博朗那些都是营销堆出来的吗？'], // asked
      ['仓库那些都是尾货，所以便宜'], // the shop's own stock: no rival, no self-promotion
      ['别家都没有我们这个颜色'], // what they stock, no virtue
      ['我们这款是仿古设计，质量很好'], // 仿古 copies nobody
    ],
  )
})

describe('competitor-disparagement: another platform, a former agent, a brand advised against', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['唯品会上那些羽绒服都是鸭毛冒充的', undefined, '唯品会上那些羽绒服都是鸭毛冒充', 'warning'], // platform + 上
      ['其他平台的酒店退改都很坑', undefined, '其他平台的酒店退改都很坑', 'warning'], // a trap to the buyer
      // Session 21: 拼多多那家 is one composed cue (platform × pointer, src/vocab/classes.yaml competitor.platform.there), so the seller named starts at the platform.
      ['拼多多那家是我们以前的经销商，现在卖的都是库存货', undefined, '拼多多那家是我们以前的经销商，现在卖的都是库存货', 'warning'], // the shop between names them, it does not turn the claim
      ['您说的那家的吸尘器我们不推荐，返修率高', undefined, '您说的那家的吸尘器我们不推荐，返修率高', 'warning'], // advised against, then run down
    ],
    [
      ['唯品会上也有我们的官方店，价格一样'], // the shop's own store there
      ['您在携程上订的票也可以改签'], // a platform, nothing against it
      ['这款我们不推荐给宝宝用，容易过敏'], // advice about the shop's own goods
      ['退改政策您放心，不会很坑'], // negated, no rival
    ],
  )
})

describe('internet-slang: a kiss sent as an emoticon, an interjection spelled by its sound', () => {
  checkKinds(
    'internet-slang',
    [
      ['给您改好啦(づ￣3￣)づ╭❤~', undefined, 'づ╭❤', 'warning'], // hug-and-kiss, alone out of register
      ['退款已经提交了(づ￣[数字x]￣)づ╭❤', undefined, 'づ╭❤', 'warning'], // the same, the 3 masked as a chat log masks it
      ['好的亲╭(╯3╰)╮', undefined, '╭(╯3╰)╮', 'warning'], // pouting kiss
      // ap28 (session 28): 矮油 ALONE moved to the passes below — the lead's standing convention (twenty-third session on,
      // restated in lane-common24) makes one light homophone alone light (weight 1), as 好滴 and 妹纸; with more slang it
      // counts (test/kinds-s28-ap28.test.ts checks 矮油 reported together with 么么哒).
    ],
    [
      ['矮油，这么晚还在逛呀'], // 哎哟 by its sound, alone: light (see above)
      ['好的亲，已经给您改好了'], // plain
      ['哎哟，让您久等了，马上处理'], // the interjection spelled as it is
      ['这款矮脚油壶不占地方'], // 矮 + 油 in other words
    ],
  )
})

describe('off-platform: a chat-app account given by its label, the number masked', () => {
  checkKinds(
    'off-platform',
    [
      ['QQ:[数字x]', '怎么联系你', 'QQ:[数字x]', 'error'], // the whole answer is an account
      ['有问题找我，wx：[数字x]', undefined, 'wx：[数字x]', 'error'], // WeChat by its letters
    ],
    [
      ['微信零钱[数字x]-[数字x]个工作日到账'], // a refund to a wallet, no account
      ['售后电话:[数字x]-[数字x]-[数字x]'], // a hotline, no chat app
      ['请不要加QQ:[数字x]，那不是我们'], // warned against
    ],
  )
})

describe('off-platform: a contact pointed at by its look and where it is printed', () => {
  checkKinds(
    'off-platform',
    [
      ['看一下我主页签名里那串数字就是我', undefined, '签名里那串数字', 'error'], // the agent's own page
      ['您扫一下小卡片背面那个码就能找到我', undefined, '小卡片背面那个码', 'error'], // a card in the parcel, the agent found with it
      ['首页图片上那串数字，加上就能找到我', undefined, '图片上那串数字', 'error'], // by its look, and found with it
      ['返现群的进群口令在包裹卡背面', undefined, '进群口令在包裹卡背面', 'error'], // a group's password on the parcel card
    ],
    [
      ['详情页图片上那串数字是型号'], // a model number, no one to reach
      ['您把包装背面那串数字拍给我，是生产批号'], // a batch number on the back of the goods
      ['贺卡背面的二维码是养护教程，扫码看视频'], // the product's own code
      ['说明书背面那个码扫了可以查真伪，加我们店铺会员也行'], // authenticity check
    ],
  )
})

describe('review-manipulation: the offer called off, or money said outright not to buy the review', () => {
  checkKinds(
    'review-manipulation',
    [
      ['好评返现的活动还在，截图发我领5元', undefined, '好评返现', 'error'], // still on: the trap below is only about a stopped one
    ],
    [
      ['好评返现那个活动早就停了，现在没有了哦'], // called off
      ['漏发的配件给您补寄，另外退您10元，不用您修改评价'], // compensation, the review left alone
      ['晒图返红包是以前的，已经不做了'], // a past offer
    ],
  )
})
