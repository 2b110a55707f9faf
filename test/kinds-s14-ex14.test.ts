import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Eleventh session, lane ex14: exaggeration, internet-slang and privacy-leak kinds taken from
 * sources outside the pool (广告法 / SAMR prohibited-word lists, yearly meme lists, the national ID
 * format), each with the traps a strict reviewer would not underline. Replies in our own words.
 */

describe('exaggeration: medical functions no cosmetic or ordinary food may claim (生发, 激活细胞, 解酒)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这瓶育发精华坚持涂能生发', undefined, '生发', 'error'],
      ['这款面霜能激活细胞，皮肤越用越好', undefined, '激活细胞', 'error'],
      ['吃两粒就能解酒，第二天不头疼', undefined, '解酒', 'error'],
      ['这款精华主打抗衰老', undefined, '主打抗衰老', 'error'],
    ],
    [
      ['这个是不是能生发？'],
      ['生发的话建议先去医院查查原因'],
      ['这款不能解酒，只是普通饮料'],
      ['抗衰老这个说法我们不敢用'],
      ['这款孕妇防辐射服有现货'],
    ],
  )
})

describe('exaggeration: symptoms of babies, elders and sleep said to be gone, and bodies changed (胀气都没了, 起夜都控制住了)', () => {
  checkKinds(
    'exaggeration',
    [
      ['喝了三个月，前列腺增生都搞定了', undefined, '前列腺增生都搞定了', 'error'],
      ['这款护膝用上之后老寒腿一扫而空', undefined, '老寒腿一扫而空', 'error'],
      ['泡脚一个月，起夜都控制住了', undefined, '起夜都控制住了', 'error'],
      ['孩子喝了浑身是劲', undefined, '喝了浑身是劲', 'error'],
      ['蛋白饮坚持喝能增肌', undefined, '坚持喝能增肌', 'error'],
    ],
    [['一般喝了胀气会好一些，因人而异'], ['胀气好了再换回原来的奶粉'], ['夜里起夜多的话建议看看医生']],
  )
})

describe('exaggeration: efficacy rates and comparisons with a medical procedure (有效率高达, 堪比针灸, 和理疗一模一样)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款眼贴临床有效率高达97%', undefined, '临床有效率高达', 'error'],
      ['这个颈椎枕效果堪比做针灸', undefined, '堪比做针灸', 'error'],
      ['这款按摩仪和理疗一模一样', undefined, '和理疗一模一样', 'error'],
    ],
    [
      ['有效率这个我们没有数据'],
      ['快递小哥觉得这样送更有效率'],
      ['这个跟打针不一样，是外用的'],
      ['效果跟吃药一样吗？'],
      ['跟医院确认好剂量一样可以用'],
    ],
  )
})

describe('exaggeration: rivals crushed, origins and crowds no one can check, 一流 of the goods, sales spectacles', () => {
  checkKinds(
    'exaggeration',
    [
      ['这把剪刀秒杀进口货', undefined, '秒杀进口', 'warning'],
      ['这个工艺我们是开山鼻祖', undefined, '开山鼻祖', 'warning'],
      ['这款是全网疯抢的网红款', undefined, '全网疯抢', 'warning'],
      ['这款羊绒衫做工一流', undefined, '一流', 'warning'],
      ['一年卖出的量连起来能绕地球两圈', undefined, '绕地球两圈', 'warning'],
      ['这个面膜每五秒卖出一盒', undefined, '每五秒卖出', 'warning'],
    ],
    [
      // The shop's own service (2023 guideline), a sale called 秒杀, an honest count.
      ['我们的售后服务一流'],
      ['秒杀活动每天十点开始'],
      ['秒杀价今天有效'],
      ['每卖出一件都会随机送小样'],
      // Traps of the lists: 第一时间, 最 as a limit, 首发 of a date, a product line named 顶级.
      ['第一时间给您安排发货'],
      ['最快明天到，最晚周五'],
      ['新款首发是下周三'],
    ],
  )
})

describe('exaggeration: leaders, state bodies and space agencies as endorsers; proof and refunds for an effect (临床验证有效, 无效退款)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款茶国家领导人都在喝', undefined, '国家领导人', 'warning'],
      ['这个面料是NASA同款材料', undefined, 'NASA同款', 'warning'],
      ['这款贴膏临床验证有效', undefined, '临床验证有效', 'error'],
      ['用一个疗程无效退款', undefined, '无效退款', 'error'],
      ['纯中药成分，无毒副作用', undefined, '无毒副作用', 'error'],
    ],
    [['这款不是免检产品，每批都有检测报告'], ['不支持无效退款'], ['这款经临床验证吗？'], ['这款没有经过临床验证哦']],
  )
})

describe('exaggeration: pollutants all gone, scarcity and value, the whole trade outdone, king of a capability', () => {
  checkKinds(
    'exaggeration',
    [
      ['这台净化器开一晚上，甲醛全部清零', undefined, '甲醛全部清零', 'error'],
      ['这款滤芯能过滤掉100%的细菌', undefined, '100%的细菌', 'error'],
      ['这瓶是限量版，全世界只有一百瓶', undefined, '全世界只有', 'warning'],
      ['这套邮票升值空间很大', undefined, '升值空间', 'warning'],
      ['我们的做工是业内公认的', undefined, '业内公认', 'warning'],
      ['这台露营车是承重王者', undefined, '承重王者', 'warning'],
    ],
    [
      ['甲醛全部清零是做不到的，建议多通风'],
      ['能杀死所有细菌吗？'],
      ['不能过滤所有的细菌，检测报告上去除率是99%'],
      ['这个有升值空间吗？'],
      ['王者荣耀的皮肤在另一个链接'],
      ['全国只有北京仓有货，发货会慢一两天'],
    ],
  )
})

describe('internet-slang: memes by year outside the pool (鸭梨山大, 厉害了我的亲, 帅炸, 好吃到爆, 可还行)', () => {
  checkKinds(
    'internet-slang',
    [
      ['双十一期间订单多，小编鸭梨山大', undefined, '鸭梨山大', 'warning'],
      ['这个价格厉害了我的亲', undefined, '厉害了我的亲', 'warning'],
      ['这款耳机戴上直接帅炸', undefined, '帅炸', 'warning'],
      ['这款辣条好吃到爆', undefined, '到爆', 'warning'],
      ['这件穿上美美哒', undefined, '美美哒', 'warning'],
      ['开森，终于到货了', undefined, '开森', 'warning'],
      ['您这操作太6了', undefined, '太6了', 'warning'],
      ['这个颜色真的可还行', undefined, '可还行', 'warning'],
      ['回不去了XDD', undefined, 'XDD', 'warning'],
      ['童鞋们，今天有活动', undefined, '童鞋们', 'warning'],
    ],
    [
      // Plain senses: children's shoes, pressure, a count, a burst tyre, a full room, leather, a title.
      ['这双童鞋尺码偏大，建议拍小一码'],
      ['压力比较大，您多包涵'],
      ['还剩6件，今天发货'],
      ['打气打到爆胎了'],
      ['直播间人多到爆满'],
      ['这款牛皮马丁靴有现货'],
      ['这本书叫命运的齿轮'],
      ['公主请柬样式在这个链接'],
      ['XD-200型号有现货'],
      // House style: 亲, 宝贝, particles; one light word alone.
      ['亲，宝贝已经发出了哦'],
      ['必须滴'],
    ],
  )
})

describe('internet-slang: Taiwan board words in the zh-TW profile (敲可愛, 靠北, 科科)', () => {
  checkKinds(
    'internet-slang',
    [
      ['靠北，這價錢也太便宜', undefined, '靠北', 'warning'],
      ['科科，這款我們也愛用', undefined, '科科', 'warning'],
    ],
    [['這件外套很可愛喔'], ['謝謝您的耐心等候']],
    { profile: 'zh-TW' },
  )
})

describe('privacy-leak: a resident ID typed in groups (110105 19491231 002X), not an order or waybill number', () => {
  checkKinds(
    'privacy-leak',
    [
      ['登记的身份证是110105 19491231 002X', undefined, '110105 19491231 002X', 'error'],
      ['身份证：1101 0519 4912 3100 2X', undefined, '1101 0519 4912 3100 2X', 'error'],
      ['请核对：身份证 110105-19491231-002X', undefined, '110105-19491231-002X', 'error'],
    ],
    [
      ['您的订单号是 2023 1201 0012 3456 78'],
      ['运单号 4300 1234 5678 9012 34 已发出'],
      ['您的手机号138****5678，请核对'],
      ['我们的客服电话400-123-4567'],
      ['另一位顾客的身份证号码我不能给您'],
    ],
  )
})
