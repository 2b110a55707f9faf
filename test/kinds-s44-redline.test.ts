import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 44, lane redline (fortieth session): kinds read from the misses and false alarms of privacy-leak, off-platform,
 * review-manipulation, competitor-disparagement and internet-slang on sets BZ and BX and the dev pool. Rows written for the
 * tests, not copied from the pool.
 */
describe('competitor-disparagement: a boast opener is no hedge; stale food stock; goods full of debris (redline40)', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['不是我吹，我们家腊肠在本地都排得上号，别家那些都是用冷冻肉灌的', undefined, '别家那些都是用冷冻肉', 'warning'],
      ['说句不夸张的，别家都是香精勾兑的', undefined, '别家都是香精勾兑', 'warning'],
      ['他们家的木耳泡开全是沙子', undefined, '他们家的木耳泡开全是沙子', 'warning'],
      ['那些便宜猫砂一倒全是粉尘', undefined, '那些便宜猫砂一倒全是粉尘', 'warning'],
      ['外面那些便宜的茶叶碎末特别多', undefined, '外面那些便宜的茶叶碎末特别多', 'warning'],
    ],
    [
      // negation, a question, advice with a condition, the shop about itself, a real hedge
      ['我们家的猫砂没有粉尘', undefined],
      ['这款猫砂粉尘一大堆吗？', undefined],
      ['倒猫砂的时候粉尘特别多的话可以先喷点水', undefined],
      ['不是我吹，我们这款卖得最好', undefined],
      ['别家不是预制菜，我们也不是', undefined],
    ],
  )
})

describe('internet-slang: 親愛的 as a letter salutation, a number naming an event or code (redline40)', () => {
  checkKinds(
    'internet-slang',
    [['親愛的，今天下單明天就出貨囉', undefined, '親愛的', 'warning']],
    [
      ['親愛的會員您好，週年慶開跑了', undefined],
      ['親愛的各位家長，開學季到了', undefined],
    ],
    { profile: 'zh-TW' },
  )
  checkKinds(
    'internet-slang',
    [['这一波砍价真的666啊', undefined, '666', 'warning']],
    [
      ['本周的888专场明天开始', undefined],
      ['直播间的666专场明晚八点开', undefined],
      ['口令输入666就能领券', undefined],
      ['满666减50，下单就减', undefined],
    ],
  )
})

describe('off-platform: ordering straight from someone else, an account pointed at on the agent’s page, Weibo by its letters (redline40)', () => {
  checkKinds(
    'off-platform',
    [
      ['大批量的话我把工厂电话给您，您直接找工厂订货', undefined, '直接找工厂订货', 'error'],
      ['这边拿货价高，直接跟上家进货更划算', undefined, '直接跟上家进货', 'error'],
      ['您直接跟他订吧，他给的价低', undefined, '直接跟他订', 'error'],
      ['想要内部价就看我个性签名里那个号', undefined, '个性签名里那个号', 'error'],
      ['我头像点进去那个小号可以私聊', undefined, '头像点进去那个小号', 'error'],
      ['围脖上搜我们店名，私信下单打八折', undefined, '围脖上搜我们店名，私信下单', 'error'],
    ],
    [
      // a fitter's appointment, a parcel or group-buy pickup, a warning, a question, the buyer's own number, the shop's page
      ['安装师傅电话发您了，您直接跟他约时间', undefined],
      ['团长到了您直接联系她拿货', undefined],
      ['您别直接跟他买，容易被骗', undefined],
      ['能直接跟厂家订吗？', undefined],
      ['这个号码是您本人的吗', undefined],
      ['活动细节在我的主页，您可以先看看', undefined],
    ],
  )
})

describe('review-manipulation: an account typed between the review and its reward (redline40)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['五星好评以后截图加我 kf_lily2024，给您返8元', undefined, '五星好评以后截图加我 kf_lily2024，给您返8元', 'error'],
      ['好评截图发到 line: shop_tw99，送您一包湿巾', undefined, '好评截图发到 line: shop_tw99，送您', 'error'],
    ],
    [
      // a hotline is no account: the new-arrivals gift stays unlinked
      ['给个好评哦，售后热线400-820-8820，每周三上新送小样', undefined],
    ],
  )
})

describe('privacy-leak: another buyer picked out by a definite pointer without a person noun (redline40)', () => {
  checkKinds(
    'privacy-leak',
    [
      ['刚才那位叫李秀英的阿姨也买了这款', undefined, '李秀英', 'error'],
      ['前面那个退货的也是您这栋楼的，住12楼', undefined, '住12楼', 'error'],
    ],
    [
      // no data told, a pointer to a month or an order, the shop's own staff
      ['上一个问的也是这个尺码问题', undefined],
      ['上一个月买的是蓝色款', undefined],
      ['刚才那位是我们店长，她会跟进', undefined],
      ['前一个订单的地址是对的', undefined],
    ],
  )
})

describe('privacy-leak: a relation’s order told with 还/又; an ID read back a clause after its label (redline40)', () => {
  checkKinds(
    'privacy-leak',
    [
      ['您婆婆前天又拍了两盒阿胶，地址还是老家', undefined, '又拍了两盒阿胶', 'error'],
      ['护照和身分证字号都要，系统里登记的是F123456789，您核对一下', undefined, 'F123456789', 'error'],
    ],
    [
      // asked or withheld, the buyer's own order, a nearer other label
      ['您同事又订了什么我不方便透露', undefined],
      ['您上周又买了两盒，已经合并发货', undefined],
      ['订单号是F123456789，身份证不用提供', undefined],
    ],
  )
})
