import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Fifteenth session, lane ap15 (ANALYSIS-U change 2): one shared set of bad outcomes by product category read by
 * every construction of absolute-promise (不会 + X, any verb × any result, 都不会 after a use verb, durability spans
 * of any numeral × any time unit, bare 都不 after a span, echo answers), the arrival gate that 没问题/没跑 no longer
 * cancels, and exaggeration's efficacy claims as role constructions. Replies in our own words.
 */

// Traps every group shares: advice, negation, the shop's own fault, policy, a hedged estimate, a question,
// quotation, and the compounds 保证金 / 第一时间 / 最近.
const TRAPS: ReadonlyArray<readonly [string, string?]> = [
  ['一定要先试穿再剪吊牌'],
  ['不能保证不褪色哦'],
  ['一般不会起球'],
  ['深色的前几次可能会掉色，是我们没写清楚，抱歉'],
  ['七天无理由退换，不合适可以退'],
  ['您说的“不会变形”是详情页上的话'],
  ['缴纳保证金后就可以开通'],
  ['有问题第一时间联系我们'],
  ['最近发货都比较快'],
]

describe('absolute-promise: 不会 + a bad outcome of the product category (shoes, clothing, cosmetics, hair, perfume, watches, electronics, furniture, food, baby, supplements)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这双跑鞋鞋面是飞织的，不会磨后跟', undefined, '不会磨后跟', 'error'],
      ['羊绒衫我们做过预处理，不会起静电', undefined, '不会起静电', 'error'],
      ['这款唇釉不会沾杯', undefined, '不会沾杯', 'error'],
      ['染发膏温和配方，不会头皮刺痛', undefined, '不会头皮刺痛', 'error'],
      ['这瓶香水不会跑味', undefined, '不会跑味', 'error'],
      ['这台平板玩游戏不会发烫', undefined, '不会发烫', 'error'],
      ['实木餐椅坐上去不会吱吱响', undefined, '不会吱吱响', 'error'],
      ['真空包装的牛肉干不会胀袋', undefined, '不会胀袋', 'error'],
      ['这款纸尿裤不会侧漏', undefined, '不会侧漏', 'error'],
      ['这罐蛋白粉吃了不会上火', undefined, '不会上火', 'error'],
      ['这副镜框不会压鼻梁', undefined, '不会压鼻梁', 'error'],
      ['起球那是不可能的', undefined, '起球那是不可能的', 'error'],
    ],
    [...TRAPS, ['一般不会磨后跟，新鞋可以先在家穿两天'], ['这款唇釉不会沾杯吗？'], ['底座很稳，不会晃'], ['一点都不掉色是不可能的']],
  )
})

describe('absolute-promise: any verb of use × any result (刷不黄, 烧不黄) and 都不会 after the verb (划都不会花)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这把牙刷刷毛刷半年也刷不黄', undefined, '刷不黄', 'error'],
      ['锅底是复合钢，烧不黄', undefined, '烧不黄', 'error'],
      ['镜面是蓝宝石的，拿钥匙划都不会花', undefined, '划都不会花', 'error'],
    ],
    [...TRAPS, ['刷一百次都刷不黄吗？'], ['这个颜料沾手上刷不掉的话用酒精擦'], ['牛筋炖不烂的话要用高压锅'], ['这个用都不会花多少钱']],
  )
})

describe('absolute-promise: a span of use, any numeral × any unit of time (用半年没问题, 两个礼拜都不用补, 十年八年都不塌)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款电动牙刷用半年没问题', undefined, '用半年没问题', 'error'],
      ['这件冲锋衣穿一个冬天没事', undefined, '穿一个冬天没事', 'error'],
      ['真空装的腊肠放两三个月不成问题', undefined, '放两三个月不成问题', 'error'],
      ['这块表戴个三五年都不掉色', undefined, '三五年都不掉色', 'error'],
      ['补色膏染一次两个礼拜都不用补', undefined, '两个礼拜都不用补', 'error'],
      ['这款床垫睡十年八年都不塌', undefined, '十年八年都不塌', 'error'],
      ['这双鞋站一整天脚也不会酸', undefined, '站一整天脚也不会酸', 'error'],
    ],
    [...TRAPS, ['正常情况下用两年没问题'], ['您要是用一个月没问题的话再回购'], ['等三天没问题，不着急'], ['用两周没问题吗？'], ['吃了一个月腰都不疼了']],
  )
})

describe('absolute-promise: the customer\'s worry answered by category (会打结吗？— 不会的; 留香久吗？— 会的)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['不会的亲', '这个梳子梳了会不会打结', '不会的', 'error'],
      ['会的', '这瓶香水留香久吗', '会的', 'error'],
      ['不会勒的', '这个背带宝宝背着会勒吗', '不会勒', 'error'],
    ],
    [...TRAPS, ['不累的', '客服你不累吗'], ['一般不会的，梳之前先喷点护发水', '这个梳子梳了会不会打结'], ['会的，不过因人而异', '这瓶香水留香久吗']],
  )
})

describe('absolute-promise: an arrival followed by 没问题 / 没跑 / 妥妥的 is reinforced, not cancelled', () => {
  checkKinds(
    'absolute-promise',
    [
      ['明天上午就能送到，这个没问题的', undefined, '明天上午就能送到', 'error'],
      ['明早就到您手上了，这个没跑', undefined, '明早就到您手上', 'error'],
    ],
    [...TRAPS, ['预计明天上午能送到，没问题的话您签收一下'], ['明天能送到吗？'], ['物流显示明天送达，还没到的话您联系我'], ['明天送到没？']],
  )
})

describe('exaggeration: efficacy as a role — body part or symptom + the change done to it (毛孔收小, 度数降下来, 刺激毛囊)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款精华坚持用一个月毛孔能收小', undefined, '毛孔能收小', 'error'],
      ['这款眼贴戴一阵子近视度数会降下来', undefined, '近视度数会降下来', 'error'],
      ['生发液能刺激毛囊', undefined, '刺激毛囊', 'error'],
      ['这款塑身衣能把副乳收掉', undefined, '副乳收掉', 'error'],
      ['这款祛斑霜用完斑会淡到看不出来', undefined, '斑会淡到看不出来', 'error'],
      ['这支修护霜能解决所有肌肤问题', undefined, '这支修护霜能解决所有肌肤问题', 'error'],
    ],
    [...TRAPS, ['这款面霜能修复皮肤屏障吗？'], ['掉发减少因人而异哦'], ['建议先去皮肤科看一下掉发的原因'], ['您的所有问题我们都会帮您解决'], ['我们宣传语写的“毛囊新生”已经下架了'], ['度数降了的话要重新配镜']],
  )
})

describe('exaggeration: claims by construction — exclusivity, a split superlative price, no product beats it', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款包全网只有我们家有', undefined, '只有我们家有', 'warning'],
      ['全网价格我们最低', undefined, '全网价格我们最低', 'warning'],
      ['没有哪个牌子的枕头比我们的更护颈', undefined, '没有哪个牌子的枕头比我们的更', 'warning'],
    ],
    [...TRAPS, ['不敢说全网价格我们最低'], ['只有我们有权限改价'], ['有没有哪款比它更保湿？'], ['不是只有我们有，别家也有卖'], ['没有哪种快递比顺丰更快的办法']],
  )
})
