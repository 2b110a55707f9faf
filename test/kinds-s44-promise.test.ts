import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 44 (lane promise, fortieth session): kinds of absolute-promise and exaggeration read on para-40's dev half, BZ, para-ae3
 * and the pool's misses and false alarms. Sentences written for these tests, not taken from the pool.
 */
describe('absolute-promise: a record of no complaints offered as the guarantee (promise40)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款雨衣卖了五年，没一个顾客说渗水的', undefined, '没一个顾客说渗水', 'error'],
      ['我们的保温箱从来没有买家反映过漏水', undefined, '没有买家反映过漏水', 'error'],
      ['走了几百单海运，一箱都没碎过', undefined, '一箱都没碎过', 'error'],
      ['從來沒有客人說會褪色', '會褪色嗎', '沒有客人說會褪色', 'error'],
    ],
    [
      // no outcome named, the buyer's own report, a testimonial of praise, the shop's own flawless record, a question, a hedge
      ['其他顾客都没反映过这种情况，我帮您联系仓库', undefined],
      ['卖了这么多，没人说过开线的', '才穿一周就开线了'],
      ['用过的没有人说不好用', undefined],
      ['我们打包十年，一件都没发错过', undefined],
      ['有没有人说过会掉色？', undefined],
      ['之前没人反馈过褪色，不过不能保证', undefined],
    ],
  )
})

describe('absolute-promise: the double negation with the person named (promise40)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这床蚕丝被没有哪个客户盖了说不舒服的', undefined, '没有哪个客户盖了说不舒服', 'error'],
      ['这款辅食泥没有宝宝不爱吃的', undefined, '没有宝宝不爱吃', 'error'],
    ],
    [
      ['有没有哪个客户说不舒服？', undefined],
      ['一般没有宝宝不爱吃的', undefined],
      ['没有人接听，不好意思让您久等了', undefined],
    ],
  )
})

describe('absolute-promise: a trouble solved once and for all, and the heart in the belly (promise40)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['装了这个止回阀，返味的毛病就一劳永逸了', undefined, '一劳永逸', 'error'],
      ['用这款除螨仪，从此告别螨虫', undefined, '从此告别', 'error'],
      ['尺寸不会有问题的，您把心放回肚子里', undefined, '心放回肚子', 'warning'],
      // no outcome in its sentence: the pledge stays at info
      ['您先把心放回肚子里，我们马上帮您查物流', undefined, '心放回肚子', 'info'],
    ],
    [
      ['堵塞这种事没有一劳永逸的办法，建议每月清理一次', undefined],
      ['想一劳永逸的话可以整套换掉', undefined],
      ['不可能一劳永逸，滤网要定期换', undefined],
    ],
  )
})

describe('absolute-promise: a lifetime of use, quality kept over a span, no upkeep (promise40)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这只皮夹好好保养，留给孙子都没问题', undefined, '留给孙子', 'error'],
      ['这张实木书桌能陪你用到孩子上大学', undefined, '陪你用到孩子上大学', 'error'],
      ['这包腊肠放三个月都是香的', undefined, '三个月都是香的', 'error'],
      ['这把陶瓷刀十年不用磨', undefined, '十年不用磨', 'error'],
    ],
    [
      ['希望这张桌子能陪您用到老', undefined],
      ['这只皮夹能传给孩子吗？', undefined],
      ['一般放三个月都是香的', undefined],
      ['我家放了三个月还是香的', undefined],
      ['这把刀多久不用磨？', undefined],
    ],
  )
})

describe('absolute-promise: as new after a care service, a third party’s check passed, the platform’s verdict (promise40)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['您的鞋送来清洗，洗护完和刚买的没两样', undefined, '洗护完和刚买的没两样', 'error'],
      ['这只手镯您拿去随便哪家检测机构都能通过', undefined, '检测机构都能通过', 'error'],
      ['材料齐全，平台肯定判您赢', undefined, '肯定', 'error'],
      ['敷完这片舒缓面膜，脸颊一点也不会红', undefined, '脸颊一点也不会红', 'error'],
    ],
    [
      ['补发的这件和刚买的没两样', undefined],
      ['您拿去检测机构能通过吗？', undefined],
      ['一般检测机构都能通过', undefined],
      ['有任何问题都能通过客服解决', undefined],
      ['这款指示灯充满了就不会红', undefined],
      ['宝宝脸颊会不会红？', undefined],
    ],
  )
})

describe('absolute-promise: advice, the shop bounding or doing its own part, a state explained (promise40, precision)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款面霜用了保证不过敏', undefined, '保证', 'error'],
      // the shop's own packing and help bounded by its reach: info, not a warning
      ['发货前一定帮您把小样塞进包裹', undefined, '一定', 'info'],
      ['能赔偿的我们一定赔偿', undefined, '一定', 'info'],
    ],
    [
      // the buyer's first step after 一定, the shop's own packing, help bounded by its reach, goods judged spoiled
      ['孕期的一定先咨询医生再用', undefined],
      ['敏感肌一定先在耳后试用两天', undefined],
      ['抱歉，有哈喇味肯定是不能吃了，这边直接给您退款', undefined],
    ],
  )
})

describe('exaggeration: endorsements by idols, stars by name, doctors by speciality, a channel named (promise40)', () => {
  checkKinds(
    'exaggeration',
    [
      ['好多爱豆都戴过这款耳钉', undefined, '爱豆都戴过', 'warning'],
      ['这件风衣是赵丽颖同款', undefined, '赵丽颖同款', 'warning'],
      ['这款颈枕是康复科医生亲自设计的', undefined, '康复科医生亲自设计', 'warning'],
      ['这款电饭煲上过湖南卫视', undefined, '上过湖南卫视', 'warning'],
    ],
    [
      ['同款这种说法我们不写，型号在详情页', undefined],
      ['这款不是赵丽颖同款哦', undefined],
      ['建议您问问康复科医生', undefined],
      ['这款没上过湖南卫视', undefined],
    ],
  )
})

describe('exaggeration: a chart held, history as the field, an aspect before 最, streets of lead (promise40)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款零食在抖音榜单上霸榜三个月', undefined, '霸榜', 'warning'],
      ['这是本店有史以来最受欢迎的一款', undefined, '有史以来最受欢迎', 'warning'],
      ['这款电动牙刷在同价位里续航最长', undefined, '同价位里续航最长', 'warning'],
      ['这台的静音效果甩其他空气净化器几十条街', undefined, '甩其他空气净化器几十条街', 'warning'],
    ],
    [
      ['这款有没有霸榜？', undefined],
      ['快递站离您家隔了好几条街', undefined],
      ['我们不敢说甩别人几条街', undefined],
    ],
  )
})

describe('exaggeration: any case handled, every trouble solved, won at the first try, a body change for a course (promise40)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款除胶剂再顽固的胶印都能去除', undefined, '再顽固的胶印都能去除', 'warning'],
      ['一套收纳盒搞定所有衣柜收纳烦恼', undefined, '一套收纳盒搞定所有衣柜收纳烦恼', 'warning'],
      ['这款眼罩一用就离不开', undefined, '一用就离不开', 'warning'],
      ['这支祛痘凝胶见效神速', undefined, '见效神速', 'error'],
      ['这瓶育发液用两个月，掉发保证少一半', undefined, '保证少一半', 'error'],
    ],
    [
      ['您有什么问题我们都能帮您解决', undefined],
      ['不是所有胶印都能去除的', undefined],
      ['一个电话帮您解决所有售后问题', undefined],
      ['用了就离不开吗？', undefined],
      ['不敢保证掉发少一半', undefined],
    ],
  )
})
