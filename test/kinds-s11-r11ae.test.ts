import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Issue 8, ninth session second round (r11ae): classes behind set Q's misses of absolute-promise and
 * exaggeration — claims without a promise word — each with its traps. Replies in our own words.
 */

describe('negation: 尿不湿 names a nappy, its 不 denies nothing', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款尿不湿保证一整夜不侧漏', undefined, '保证', 'error'],
      ['夜用尿不湿，肯定不会红屁屁', undefined, '肯定', 'error'],
    ],
    [
      // A real negator before the promise word still disowns it.
      ['尿不湿不能保证一整夜不漏，建议半夜换一次'],
      ['尿不湿不一定适合每个宝宝'],
    ],
  )
})

describe('absolute-promise: fitted or used, then 就不(会) + a trouble gone (装上就不会响了, 戴上腰就不疼了)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['原厂轴承，换上就不会响了', undefined, '换上就不会响', 'error'],
      ['护腕戴上手腕就不酸了', undefined, '戴上手腕就不酸', 'error'],
      ['这个加湿器卧室里有它就不会干了', undefined, '有它就不会干', 'error'],
      ['鞋垫垫上就再也不会磨脚了', undefined, '垫上就再也不会磨脚', 'error'],
      ['乳胶枕睡上去脖子就不痛了', undefined, '睡上去脖子就不痛', 'error'],
    ],
    [
      // Hedged, a question, a condition, advice, nothing about a trouble after 就不.
      ['一般换上就不会响了'],
      ['换上就不会响了吗？'],
      ['如果换上还响的话，我们给您补发一个'],
      ['建议您装上以后再试一次'],
      ['装好就不用再调了'],
      ['换上就不用每天充电了'],
    ],
  )
})

describe('absolute-promise: a potential complement rules out tearing, breaking or going soft (挣不断, 抓不破, 软不了)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['加粗的尼龙绳，大狗也挣不断', undefined, '挣不断', 'error'],
      ['这款窗纱防猫，抓不破', undefined, '抓不破', 'error'],
      ['冷链到家，荔枝到手也软不了', undefined, '软不了', 'error'],
      ['钢化膜很硬，钥匙刮不花', undefined, '刮不花', 'error'],
    ],
    [
      // Hedged, asked, said of what the customer cannot do, 花 as money.
      ['一般小狗挣不断的'],
      ['猫抓不破吗？'],
      ['这个价格花不了多少钱'],
      ['您要是拧不开的话联系我们'],
    ],
  )
})

describe('absolute-promise: not even a gap or a millimetre off in what is fitted (一条缝都不会有)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['门框是按尺寸做的，装好一点缝隙都不会有', undefined, '缝隙都不会', 'error'],
      ['尺寸是激光量的，一厘米都不会差', undefined, '厘米都不会', 'error'],
    ],
    [
      // What a check found, a question, the promise disowned.
      ['师傅看了，一条缝都没有'],
      ['装上会不会有一条缝都不会有的情况？'],
      ['不能保证一点缝隙都没有'],
    ],
  )
})

describe('absolute-promise: a target of mileage, an exam or keeping days said no problem (跑个五万公里没问题)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这电动车电池跑两万公里没问题', undefined, '万公里没问题', 'error'],
      ['跟着刷完这本，考及格没问题的', undefined, '考及格没问题', 'error'],
      ['冰箱里放一个星期不成问题', undefined, '放一个星期不成问题', 'error'],
    ],
    [
      // Hedged, asked, a condition, a wish, distance as a fact about the route.
      ['正常保养跑两万公里没问题'],
      ['考及格没问题吗？'],
      ['要是放一个星期没问题的话我多订点'],
      ['想考及格没问题的话每天要练'],
      ['距离两百公里，有问题您随时找我'],
    ],
  )
})

describe('exaggeration: luck, wards and blessings promised by a charm (开过光, 招财辟邪, 保平安)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这尊貔貅放店里能招财', undefined, '招财', 'error'],
      ['桃木剑挂门口可以辟邪', undefined, '辟邪', 'error'],
      ['這條手鏈開過光的', undefined, '開過光', 'error'],
    ],
    [
      // A symbol named, a product name, the claim disowned, a question.
      ['红绳寓意保平安，是传统的款式'],
      ['招财猫有金色和白色两款'],
      ['我们不做招财这类功能宣传'],
      ['能招财吗？'],
    ],
  )
})

describe('exaggeration: royal or state use borrowed as a grade, better than a doctor (皇室级别, 比去医院管用)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款丝巾是皇室级别的做工', undefined, '皇室级别', 'warning'],
      ['宫廷御用的配方，香味很正', undefined, '宫廷御用', 'warning'],
      ['这个艾灸贴比去医院理疗还管用', undefined, '比去医院', 'error'],
      ['这款导热油在圈里就是神一样的存在', undefined, '神一样的存在', 'warning'],
    ],
    [
      // Advice to see a doctor, a plain comparison of the shop's own items.
      ['不舒服的话还是建议去医院看看'],
      ['这款比上一代更轻一些'],
    ],
  )
})

describe('absolute-promise: fitted or worn, the fit stated flat (装上去严丝合缝, 穿上刚刚好)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['按您的车型开的模，装上去严丝合缝', '这个脚垫我的车能用吗', '装上去严丝合缝', 'error'],
      ['按手围做的，戴上正合适', undefined, '戴上正合适', 'error'],
    ],
    [
      // The model's fit, hedged, asked, a condition.
      ['模特身高165，穿着刚刚好'],
      ['一般装上去严丝合缝'],
      ['戴上刚刚好吗？'],
      ['如果穿上刚刚好的话就不用换'],
    ],
  )
})

describe('absolute-promise: eyes kept from drying, said of a whole day (戴一整天都不会干涩)', () => {
  // Session 30 (ap30, use to any degree: 戴再久都不…): the verb of use now opens the finding, so the span starts at 戴; the
  // reply is flagged as before and the hedged and asked forms stay clean.
  checkKinds('absolute-promise', [['这款隐形眼镜戴一整天都不会干涩', undefined, '戴一整天都不会干涩', 'error']], [['一般戴一整天都不会干涩'], ['戴一整天会不会干涩？']])
})

describe('exaggeration: every trouble of a body or pet solved (泪痕、软便全都能解决)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款猫粮吃一个月，泪痕、软便都能解决', undefined, '软便都能解决', 'error'],
      ['洗发水用完，头发毛躁分叉全都能解决', undefined, '分叉全都能解决', 'error'],
    ],
    [
      // The shop's service, hedged, asked, disowned.
      ['头发毛躁的问题售后都能帮您解决'],
      ['一般软便都能解决'],
      ['泪痕都能解决吗？'],
      ['不能保证泪痕都能解决'],
    ],
  )
})

describe('exaggeration: glasses off, a job and a salary after the course (摘掉眼镜, 月入过万)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这套视力训练做三个月，孩子就能摘掉眼镜', undefined, '摘掉眼镜', 'error'],
      ['学完我们的剪辑课，月薪过万不是梦', undefined, '月薪过万', 'error'],
      ['考完证找工作随便挑', undefined, '找工作随便挑', 'error'],
    ],
    [
      // Advice to take glasses off, the promise disowned.
      ['做眼保健操前先摘眼镜'],
      ['我们不承诺就业，也不承诺月薪过万'],
    ],
  )
})

describe('absolute-promise: pests, dust or cold kept out for certain (蚊子一只也进不来)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款防蚊门帘挂上，苍蝇都飞不进来', undefined, '苍蝇都飞不进来', 'error'],
      ['窗户贴了密封条，寒风进不来', undefined, '寒风进不来', 'error'],
    ],
    [
      // A page the customer cannot open, hedged, asked, a condition.
      ['后台进不去的话您退出重登一下'],
      ['一般蚊子进不来的'],
      ['装上纱窗蚊子还进得来吗？'],
    ],
  )
})

describe('absolute-promise: tipping over ruled out in answer (会翻吗 — 不会翻的), not a refurbished-goods question', () => {
  checkKinds(
    'absolute-promise',
    [
      ['不会的', '这个儿童餐椅会翻吗', '不会的', 'error'],
      ['放心，不会翻的', '推车下坡容易翻吗', '放心', 'error'],
    ],
    [['不会的，全新正品', '这个耳机不会是翻新的吧']],
  )
})

describe("exaggeration: a pet's coat made to shine, kidney readings brought back (毛色亮起来, 肾指标恢复正常)", () => {
  checkKinds(
    'exaggeration',
    [
      ['这款卵磷脂喂半个月，毛发就会变亮', undefined, '毛发就会变亮', 'error'],
      ['这款处方罐头吃一个疗程，肝指标就正常了', undefined, '肝指标就正常了', 'error'],
    ],
    [
      // A compliment, a question, a hedge, a hair clip.
      ['您家猫咪毛色挺亮的'],
      ['毛色亮不亮跟品种有关'],
      ['一般毛色会亮一些，因个体而异'],
      ['这款是亮粉色的毛发夹'],
    ],
  )
})

describe('exaggeration: an ache of a body part gone once the product is used (腰就不疼了, 近视就不会再长了)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款护膝戴上，膝盖就不疼了', undefined, '膝盖就不疼了', 'error'],
      ['按摩枕靠上去，肩颈就不酸了', undefined, '肩颈就不酸了', 'error'],
      ['这副离焦镜戴满一年，度数就不会再涨了', undefined, '度数就不会再涨了', 'error'],
    ],
    [
      // The customer's news, a question, a hedge, a condition.
      ['您腰不疼了就好，有需要再联系我们'],
      ['戴上膝盖就不疼了吗？'],
      ['一般膝盖就不疼了，因人而异'],
      ['如果脖子就不酸了的话可以少戴一会儿'],
    ],
  )
})
