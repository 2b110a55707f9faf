import { describe } from 'vitest'
import { checkKinds as check } from './support/harness.js'

// Issue 8, rules-a lane: kinds of promise and claim that outside authors write and the phrase
// lists missed (dev sets C/D, real JDDC traffic). Each kind is tested across product categories
// with its traps. Sentences written for this file (none is taken from an eval set).

describe('absolute-promise: certainty adverbs and set phrases beyond 肯定/保证', () => {
  check(
    'absolute-promise',
    [
      ['保税仓发货，五天稳稳送到您家', undefined, '稳稳', 'error'],
      ['您按平时鞋码拍，保管合脚', undefined, '保管', 'error'],
      ['这个尺寸的收纳盒准能放进您家柜子', undefined, '准能', 'warning'],
      ['充电头插上必然能充', undefined, '必然', 'warning'],
      ['顺丰冷链，到手新鲜十拿九稳', undefined, '十拿九稳', 'error'],
      ['照這個尺碼拍準沒錯', undefined, '準沒錯', 'error'],
    ],
    [
      // Steadiness, keeping things safe, a purpose, a recommendation without an outcome.
      ['这个落地灯底盘很重，立得稳稳的'],
      ['发票请您保管好，保修要用'],
      ['为了万无一失，寄之前我们会再检查一遍'],
      ['这款回购率很高，买它准没错'],
      // An emphatic no refuses.
      ['拆封的化妆品绝对不行哦，可以走质量售后'],
      ['标准会员下单有积分'],
    ],
  )
})

describe('absolute-promise: a bad outcome ruled out without 不会', () => {
  check(
    'absolute-promise',
    [
      // V不 + outcome: the outcome declared impossible whatever is done to it.
      ['这款沙发是高回弹海绵，坐不塌的', undefined, '坐不塌', 'error'],
      ['亚克力的奶瓶，摔不碎', undefined, '摔不碎', 'error'],
      ['牛仔布水洗过，晒不褪色', undefined, '晒不褪色', 'error'],
      // Having used it, no bad outcome.
      ['这款护手霜涂了不闷痘', undefined, '涂了不闷痘', 'error'],
      ['猫粮低敏配方，吃了不拉肚子', undefined, '吃了不拉肚子', 'error'],
      ['镜腿是记忆钛，戴上不夹头', undefined, '戴上不夹头', 'error'],
      ['头盔内衬加厚了，骑车戴了不压耳朵', undefined, '戴了不压耳朵', 'error'],
      // A hard condition survived, said as certain.
      ['这支口红一整天都不掉妆', undefined, '一整天都不掉妆', 'error'],
      ['冲锋衣下雨天穿也不渗水', undefined, '下雨天穿也不渗水', 'error'],
      ['羽绒被零下二十度盖着都没问题', undefined, '零下二十度盖着都没问题', 'error'],
      // Reactions and customs in the outcome classes: 不可能 + a rash, a short no about customs.
      ['这个纸尿裤不可能起红疹', undefined, '不可能起红疹', 'error'],
      ['不会的亲', '保健品直邮会不会被海关扣啊', '不会的', 'error'],
      ['不會喔', '這個防曬擦了會不會冒痘', '不會喔', 'error'],
      // Everyone gets the effect.
      ['这款鞋垫谁垫都会长高', undefined, '都会长高', 'error'],
      // Not even one bad, and an effect that lasts.
      ['车厘子挑过的，一个烂的都没有', undefined, '烂的都没有', 'error'],
      ['这张床垫一点异味都没有', undefined, '异味都没有', 'error'],
      ['断奶后吃这款，体重不反弹', undefined, '不反弹', 'error'],
      // V不了, whatever/however much, a misfit ruled out, plants and pets.
      ['玻璃罐我们用蜂窝纸包的，路上漏不了', undefined, '漏不了', 'error'],
      ['狗狗啃啥都不坏牙', undefined, '啥都不坏', 'error'],
      ['不会的，放心拍', '我165穿L会不会大', '不会的', 'error'],
      ['能活的亲', '这盆茉莉放北方阳台能活吗', '能活的', 'error'],
      ['对备孕的人没影响', undefined, '备孕的人没影响', 'error'],
    ],
    [
      ['这件洗不缩吗？'],
      ['这个污渍洗不掉的话您拍照给我们'],
      ['一般情况下戴上不夹脚'],
      ['用了不过敏的话可以每天用'],
      ['大部分人一整天不脱妆，油皮可能要补一次'],
      ['零下二十度盖着都没问题吗？'],
      ['这款什么污渍都能去掉'],
      ['大部分人用了都会见效'],
      ['大人小孩都能用'],
      ['不会的话我发视频教您', '这个怎么装'],
      ['视频里看一点划痕都没有'],
      ['一般漏不了'],
      ['吃多少都不拉肚子吗？'],
      ['您有什么问题都可以问我'],
      ['一般会的，建议您放室内', '这盆茉莉会开花吗'],
      ['平台不允许返现，我们也没有这个活动'],
      ['停用以后会不会反弹因人而异'],
    ],
  )
})

describe('absolute-promise: delivery run and door delivery asked about', () => {
  check(
    'absolute-promise',
    [
      ['上午到转运中心，下午就安排派送', '今天下午确定能到吗？', '下午就安排派送', 'error'],
      ['会的', '快递会送货上门吗？', '会的', 'error'],
      ['可以的', '周六前赶得上吗？要送人', '可以的', 'error'],
    ],
    [
      ['明天上午派送'],
      ['快递员说明天下午派送', '明天能到吗？'],
      ['物流显示今天派送', '今天能到吗？'],
      ['可以的，给您改成周六配送', '能改到周六送吗？'],
    ],
  )
})

describe('absolute-promise: what the customer asked or insisted on', () => {
  check(
    'absolute-promise',
    [
      // A request in another clause leaves the asked outcome as it is.
      ['会的亲', '能送到家吗？别给我放快递柜', '会的', 'error'],
      // A bare OK to an outcome insisted on.
      ['好的亲', '后天一定要到，孩子生日用', '好的', 'error'],
      ['收到 还有其他可以帮您的吗', '周五之前务必送到', '收到', 'error'],
      // A statement run on into a question is still a statement.
      ['这款不可能掉色，您还有别的问题吗？', undefined, '不可能掉色', 'error'],
    ],
    [
      ['可以的', '能帮我备注送到家吗？'],
      ['好的，这边给您备注加急', '后天一定要到，孩子生日用'],
      ['好的，我们尽量', '后天一定要到，孩子生日用'],
      ['好的', '务必今天发货'],
      ['好的', '后天能到吗'],
      // A tag question asks about the statement before it.
      ['您是说这款不会掉色，对吗？'],
      ['明天肯定到，是吗？'],
    ],
  )
})

describe('exaggeration: claims the word lists missed', () => {
  check(
    'exaggeration',
    [
      // A change measured on the body, in any category.
      ['这款胶原蛋白饮喝一个月脸亮一个度', undefined, '亮一个度', 'error'],
      ['狗粮换了之后狗狗胖了一圈', undefined, '胖了一圈', 'error'],
      // Perfection as a percentage of a property or a rate.
      ['儿童雨衣１００％防水', undefined, '１００％防水', 'error'],
      ['这款除螨仪除螨率100%', undefined, '率100%', 'error'],
      // Authority by institution, and designation.
      ['这款护眼灯是眼科医院推荐的', undefined, '医院推荐', 'warning'],
      ['本品为亚运会官方指定饮用水', undefined, '亚运会官方指定', 'warning'],
      // Results promised for education products.
      ['这套网课听完英语成绩突飞猛进', undefined, '成绩突飞猛进', 'error'],
      ['这本真题刷完考试包过', undefined, '考试包过', 'error'],
      // Health functions claimed for food.
      ['黑芝麻丸吃了乌发补脑', undefined, '补脑', 'error'],
      ['阿胶糕补气血', undefined, '补气血', 'error'],
      // Durability nobody could have tested.
      ['这张红木茶几用上百年都没问题', undefined, '用上百年', 'warning'],
      // Only we.
      ['现在市面上只有咱家是原厂货', undefined, '只有咱家是', 'warning'],
      // Nobody who does not, medicine as the benchmark, an eased disease, a rival-free ceiling.
      ['这款狗粮没有狗不爱吃的', undefined, '没有狗不爱吃', 'warning'],
      ['护眼贴比吃药还管用', undefined, '比吃药还', 'error'],
      ['喝一个月这个茶，鼻炎都能减轻', undefined, '鼻炎都能减轻', 'error'],
      ['这款吹风机是国货天花板', undefined, '国货天花板', 'warning'],
      // Puffery to keep a buyer who wants out.
      ['亲，这款超值的，建议您再考虑下', '不想要了，帮我退款', '超值', 'warning'],
    ],
    [
      ['这款比上一代亮一个度'],
      ['能白一个度吗？'],
      ['100%纯棉'],
      ['建议您去医院检查一下'],
      ['请寄到官方指定售后网点'],
      ['孩子成绩提高主要靠自己坚持'],
      ['我们不敢说用一辈子，保修期两年'],
      ['这款超值的，现在下单还送赠品'],
      ['冰镇后口感最佳'],
      ['您选的是最便宜的那个快递，会慢一点'],
      ['我们不是最便宜的，但用料扎实'],
      ['产品图我们已经放在第一屏了'],
      ['这个手机壳颜值很高'],
      ['鼻炎严重的话建议先去医院'],
    ],
  )
})
