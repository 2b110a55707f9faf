import { describe, expect, it } from 'vitest'
import { createLinter } from '../src/index.js'
import { checkKinds } from './support/harness.js'

/**
 * Issue 8, tenth session (r12a): classes behind absolute-promise's residual misses that several authors of
 * the dev pool wrote independently, each with its traps. Replies in our own words.
 */

describe('absolute-promise: 不会 + a verb of occurring + a bad outcome (不会有任何刺激, 不会出现漏水)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款面霜孕妇用了不会有任何刺激', undefined, '不会有任何刺激', 'error'],
      ['这个保温杯装热水不会再出现漏水', undefined, '不会再出现漏水', 'error'],
      ['这款耳机换手机也不会出现连不上', undefined, '不会出现连不上', 'error'],
      ['新换的锁芯不会出现打不开的情况', undefined, '不会出现打不开', 'error'],
    ],
    [
      // The shop's own slip never repeated, a hedge, a question, a condition, a disowned guarantee.
      ['抱歉，下次不会再出现漏发了'],
      ['以后不会出现这种错发的情况了'],
      ['一般不会出现卡顿'],
      ['会不会出现过敏呀？'],
      ['如果不会再出现漏水的话，您再装回去'],
      ['我们没法保证不会出现任何色差'],
    ],
  )
})

describe('absolute-promise: a child hurt by the goods ruled out (会不会夹到手？— 不会的; 撞上去也不会磕伤)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['不会的，边角都是圆的', '这个学步车宝宝会不会夹到手', '不会的', 'error'],
      ['这款桌角包得很软，孩子撞上去也不会磕伤', undefined, '不会磕伤', 'error'],
      ['不会翻的，底盘很宽', '这个餐椅宝宝乱动会不会翻', '不会', 'error'],
    ],
    [
      // A condition, a hedge, the question itself, the shop asking how it happened, an apology.
      ['如果不会划伤就不用买护角了'],
      ['一般不会划伤，边角都打磨过'],
      ['会不会夹手？'],
      ['请问宝宝是被哪里划伤的呢？'],
      ['抱歉让宝宝划伤了，我们马上给您处理'],
      // 翻新 is whether the goods are refurbished, which the shop knows.
      ['不会的，都是全新机', '不会是翻新的吧'],
    ],
  )
})

describe('absolute-promise: certainty said in English inside a Chinese reply (明天 confirm 到, guaranteed 变白)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['亲，包裹明天 confirm 到', undefined, 'confirm', 'error'],
      ['这个面膜敷完 guaranteed 变白', undefined, 'guaranteed', 'error'],
      ['这双靴子穿十年都no problem', undefined, '穿十年都no problem', 'error'],
    ],
    [
      // Asking to confirm, the shop's own step, a question, a policy with no outcome.
      ['麻烦 confirm 一下收货地址'],
      ['订单 confirm 了我们就安排发货'],
      ['明天 confirm 能到吗？'],
      ['guarantee 卡在包装盒里面'],
    ],
  )
})

describe('absolute-promise: an effect by a dose, said the spoken way (喝半个月脸色就上来了, 吃一段时间就少生病)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这个红枣茶喝半个月脸色就上来了', undefined, '半个月脸色就上来了', 'error'],
      ['消肿贴贴三天腿就下去了', undefined, '三天腿就下去了', 'error'],
      ['维生素软糖吃一段时间孩子就不容易感冒', undefined, '一段时间孩子就不容易感冒', 'error'],
    ],
    [
      // Hedged, asked, a wait for the stock or the water, the shop's own making.
      ['一般喝半个月脸色就上来了'],
      ['喝半个月脸色就上来了吗？'],
      ['您再等两天库存就上来了'],
      ['雨停了等一天水位就下去了'],
    ],
  )
})

describe('absolute-promise: 马上 before an outcome is no shop action (拿到一定马上会用), before the shop\'s verb it is', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这台点读机孩子拿到一定马上会用', undefined, '一定', 'error'],
      // The shop's own doing stays borderline.
      ['我们一定马上帮您安排补发', undefined, '一定', 'info'],
      ['这边一定立即给您反馈', undefined, '一定', 'info'],
    ],
    [['您一定要马上检查一下包裹']],
  )
})

describe('absolute-promise: a stake on a smell, durability over years, a parcel that cannot be lost', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款猫砂盆要是有味道算我的', undefined, '有味道算我的', 'error'],
      ['这双登山靴穿十年都没问题', undefined, '穿十年都没问题', 'error'],
      ['这个电动车电池骑个五年没问题', undefined, '骑个五年没问题', 'error'],
      ['包裹放驿站丢不了的', undefined, '丢不了', 'error'],
    ],
    [
      ['这单运费算我的'],
      ['正常穿十年都没问题'],
      ['能骑个五年没问题吗？'],
      ['一般丢不了，放心'],
      ['放门口会丢不了吗？'],
    ],
  )
})

describe('absolute-promise precision: the adverb intensifying a price, exclusivity or recommendation claim (绝对最低价)', () => {
  checkKinds(
    'absolute-promise',
    [
      // An outcome in the sentence keeps it a promise, whatever claim stands by it.
      ['按平时的码拍绝对没错，穿上合身', undefined, '绝对', 'error'],
      ['我们家的毛衣绝对是最好的', undefined, '绝对', 'warning'],
    ],
    [
      ['这款耳机的价格绝对最低'],
      ['这个口味在别的店肯定买不到'],
      ['买家具找我们一定没错'],
    ],
  )
})

describe('absolute-promise precision: 保证 as a condition on the buyer (您寄回时保证吊牌完好，就可以退)', () => {
  checkKinds(
    'absolute-promise',
    [
      // 保证 of the shop's own, or the buyer named in another clause: still a promise.
      ['亲，我保证质量没问题，不满意就可以无理由退货', undefined, '保证', 'error'],
      ['您放心，保证不起球，起球了就可以退货', undefined, '保证', 'error'],
    ],
    [
      ['您退回来的时候保证鞋盒完整，就可以无理由退'],
      ['亲拿到以后保证商品没洗过，才能给您退换'],
    ],
  )
})

describe('absolute-promise precision: 打包, a slogan, a guess at which step went wrong, a check, a double negative', () => {
  checkKinds(
    'absolute-promise',
    [['这箱橙子包甜', undefined, '包甜', 'error']],
    [
      ['我们打包会用气泡膜裹三层'],
      ['年轻人永不言弃，加油'],
      ['按说明书装好还是晃的话，肯定是哪颗螺丝没拧紧，您拍个照片我们看看'],
      ['刷完涂料以后做个闭水试验，确认不渗再铺地砖', '涂了你们的防水楼下还会渗吗'],
      ['路边摊那种三无插座，用了不出事才怪'],
    ],
  )
})

describe('absolute-promise: the sensitive state named instead of the person (怀孕能喝吗？— 可以喝的)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['可以喝的亲', '怀孕了这个花茶能喝吗', '可以喝的', 'error'],
      ['放心用', '喂奶期间能涂这个吗', '放心用', 'error'],
    ],
    [
      ['可以的，不过建议先问问医生', '怀孕了能用吗'],
      ['可以的亲', '怀孕了能退吗'],
    ],
  )
})

describe('absolute-promise: a pledge said as its own exclamation vouches for the next sentence (您放一万个心！…)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这个蓝牙音箱连电视不会有兼容问题', undefined, '不会有兼容问题', 'error'],
    ],
    [
      ['您放一百个心！我们马上给您查'],
      ['您放一万个心。有什么问题随时找我'],
      ['一般不会有兼容问题'],
      ['会不会有兼容问题呢？'],
    ],
  )
})

// Forty-first session: the record the pledge vouches for (从来没蔫过, promise41's record.never) is itself a record offered as the
// guarantee, so the reply this table used to hold carries two findings, each with its own span; both need rewording.
describe('absolute-promise: 您放一百个心！ and the record after it are two findings', () => {
  it('reports 放一百个心 and 从来没蔫', () => {
    const messages = createLinter().lint('您放一百个心！我们寄的鲜花从来没蔫过').messages
    expect(messages.filter((m) => m.ruleId === 'absolute-promise').map((m) => [m.actual, m.start, m.end, m.severity])).toEqual([
      ['放一百个心', 1, 6, 'error'],
      ['从来没蔫', 13, 17, 'error'],
    ])
  })
})

describe('absolute-promise: an effect on the body promised in its own clause, a return policy after it (皮肤一定水嫩，不满意包退)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这瓶精华敷完脸一定亮亮的，不满意包退', undefined, '一定', 'error'],
      // The shop's own doing stays borderline.
      ['这个我们一定给您处理好，不满意包退', undefined, '一定', 'info'],
    ],
    [['这瓶精华敷完脸一般亮亮的，不满意包退']],
  )
})
