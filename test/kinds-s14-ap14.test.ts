import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Fourteenth session (ap14): absolute-promise generalised by complete classes rather than by the pool's
 * misses — potential complements generated from verb × result classes, the certainty operators of a
 * thesaurus (同义词词林扩展版) and their regional forms, outcomes by product category, and the state on
 * arrival or first use stated as fact. Replies in our own words.
 */

describe('absolute-promise: potential complements generated from a verb class × a result class (V不C)', () => {
  checkKinds(
    'absolute-promise',
    [
      // washing and care
      ['羊毛衫冷水手洗不缩', undefined, '手洗不缩', 'error'],
      ['这款毛巾烘不皱', undefined, '烘不皱', 'error'],
      // wearing, pulling, sitting
      ['这条皮带拽不断的', undefined, '拽不断', 'error'],
      ['儿童椅大人坐都坐不塌', undefined, '坐不塌', 'error'],
      ['帆布袋装二十斤都提不断', undefined, '提不断', 'error'],
      // impact
      ['这款保温杯从桌上碰下来也磕不凹', undefined, '磕不凹', 'error'],
      ['硅胶碗敲不碎', undefined, '敲不碎', 'error'],
      // abrasion, teeth and claws
      ['猫爬架的麻绳挠不烂', undefined, '挠不烂', 'error'],
      ['车衣用钥匙也划不花', undefined, '划不花', 'error'],
      // cooking
      ['这口铁锅炒不糊', undefined, '炒不糊', 'error'],
      ['手擀面久煮都煮不断', undefined, '煮不断', 'error'],
      // weather
      ['户外桌布晒不褪色', undefined, '晒不褪色', 'error'],
      ['这种月季零下也冻不伤', undefined, '冻不伤', 'error'],
      // charging, plugging, playing
      ['这块电池充不爆', undefined, '充不爆', 'error'],
      ['拼装玩具小朋友玩不坏', undefined, '玩不坏', 'error'],
      // on the way and kept
      ['蛋糕装了硬盒，路上震不塌', undefined, '震不塌', 'error'],
      ['这批苹果冷库里放不烂', undefined, '放不烂', 'error'],
      // Cantonese 唔 (摔唔爛, 洗唔甩色, 坐唔冧)
      ['呢件衫洗唔甩色', undefined, '洗唔甩色', 'error'],
      ['呢张凳坐唔冧', undefined, '坐唔冧', 'error'],
      // however it is used
      ['这张折叠床怎么躺都不塌', undefined, '怎么躺都不塌', 'error'],
      ['这根跳绳使劲甩也不断', undefined, '使劲甩也不断', 'error'],
    ],
    [
      // Ability, amount and faults are no result class: 拧不开, 看不出来, 买不起, 吃不完, 装不下.
      ['这个罐头盖拧不开的话用勺子撬一下'],
      ['门锁打不开是电池没电了'],
      ['这两个色号看不出来区别'],
      ['一个人吃不完可以分装冷冻'],
      ['您这个箱子装不下两床被子'],
      // Cooking that fails is a complaint or a description, not a promise.
      ['老牛肉炖不烂，建议用高压锅'],
      ['高原上水烧不开是气压的问题'],
      ['阴雨天被子晒不干'],
      ['这把旧刀切不断冻肉'],
      // Hedged, conditional, asked.
      ['正常使用一般摔不碎'],
      ['这个杯子摔不碎吗？'],
      ['要是拉不断的话就不用换'],
      ['怎么洗都不缩吗？'],
      // A-not-A, and 跑不掉 as something else.
      ['这件外套您穿不穿都可以先收着'],
      ['这个锅怎么说都不听劝'],
      // The buyer's own misuse explained (水太烫肯定会结块).
      ['水太烫肯定会结块'],
      ['用钢丝球刷肯定会刮花涂层'],
    ],
  )
})

describe('absolute-promise: certainty operators from the thesaurus and their regional forms', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款粉底包管您一整天不脱妆', undefined, '包管', 'error'],
      ['京东物流，毫无疑问后天送到', undefined, '毫无疑问', 'error'],
      ['按这个码拍，合身那必须的', undefined, '那必须', 'error'],
      ['冷链发货，到您手上新鲜笃定', undefined, '笃定', 'error'],
      ['这个尺码您穿合身差不了', undefined, '差不了', 'error'],
      ['安啦，按平时的码穿上合脚的', undefined, '安啦', 'error'],
      ['呢个锅硬系唔会粘底', undefined, '硬系', 'error'],
      // The shop's own action, its own slip made good, and its policy: info at most.
      ['我们一定第一时间帮您反馈', undefined, '一定', 'info'],
      ['是我们发错了，保证给您补发', undefined, '保证', 'info'],
      ['本店正品保证，七天无理由退换', undefined, '正品保证', 'info'],
      ['今日寄出，听日收到冇走鸡', undefined, '冇走鸡', 'error'],
    ],
    [
      // No outcome: a recommendation or the shop's own job.
      ['这款卖得最好，买它错不了'],
      ['订单已经给您安排好了，那必须的'],
      ['两个尺码价格上差不了多少'],
      ['身份证复印件是必须的材料哦'],
      // Negation and hedges (不一定, 说不定, 未必) cancel the certainty.
      ['明天到不一定哦，要看快递'],
      ['说不定明天就到了'],
      ['未必会缩水，看怎么洗'],
      ['一般不会掉色的'],
      // Advice, question, quotation.
      ['到了一定要先验货再签收'],
      ['您确定一定要周六前送到吗？'],
      ['您说的“包管满意”我们不敢讲'],
      // Purpose and compounds.
      ['为了保证新鲜，我们只发顺丰冷链'],
      ['开店要交保证金的'],
      ['最近单量大，我们尽快发出'],
    ],
  )
})

describe('absolute-promise: outcomes by product category, denied with 不会', () => {
  checkKinds(
    'absolute-promise',
    [
      // fresh and frozen food
      ['冰袋加足了，牛排路上不会冻坏也不会发臭', undefined, '不会冻坏', 'error'],
      // cosmetics
      ['这支口红不会沾杯', undefined, '不会沾杯', 'error'],
      ['这款粉底液不会浮粉', undefined, '不会浮粉', 'error'],
      // supplements
      ['益生菌空腹吃也不会反胃', undefined, '不会反胃', 'error'],
      // clothing and shoes
      ['这双帆布鞋不会掉跟', undefined, '不会掉跟', 'error'],
      ['丝袜不会抽丝的', undefined, '不会抽丝', 'error'],
      // electronics
      ['这副耳机不会有电流声', undefined, '不会有电流声', 'error'],
      ['升级完系统也不会变砖', undefined, '不会变砖', 'error'],
      // furniture and installation
      ['实木床睡久了也不会吱吱响', undefined, '不会吱吱响', 'error'],
      ['地板铺完不会翘边', undefined, '不会翘边', 'error'],
      // plants and pets
      ['这盆绿萝到了不会黄叶', undefined, '不会黄叶', 'error'],
      ['小猫到家不会应激的', undefined, '不会应激', 'error'],
      // travel, tickets and customs
      ['这趟航班不会晚点', undefined, '不会晚点', 'error'],
      ['材料齐了，肯定出签', undefined, '肯定', 'error'],
      ['直邮的奶粉不会补税', undefined, '不会补税', 'error'],
    ],
    [
      ['一般不会浮粉，干皮建议先保湿'],
      ['航班会不会晚点要看天气'],
      ['如果补税的话我们来承担'],
      ['这盆绿萝会不会黄叶？'],
      ['牛排化冻后再冻肯定会有冰渣'],
    ],
  )
})

describe('absolute-promise: the state on arrival or first use stated as fact (收到就是新鲜的, 穿上就显瘦)', () => {
  checkKinds(
    'absolute-promise',
    [
      ['顺丰冷链，拿到就是冻得邦邦硬的', undefined, '拿到就是冻得邦邦硬', 'error'],
      ['出厂前充满了，到手就能直接用', undefined, '到手就能直接用', 'error'],
      ['这款西装一上身就显瘦', undefined, '一上身就显瘦', 'error'],
      ['垫上这个鞋垫，上脚就不磨脚', undefined, '上脚就不磨脚', 'error'],
      ['拆开就是完好无损的', undefined, '拆开就是完好无损', 'error'],
      // …said to last until it arrives (还是), and a result that cannot come about on the way (化不了).
      ['保温箱发的，到您家鲍鱼还是鲜活的', undefined, '到您家鲍鱼还是鲜活', 'error'],
      ['干冰垫着，雪糕路上化不了', undefined, '化不了', 'error'],
    ],
    [
      ['正常情况下收到就是新鲜的'],
      ['收到就是冻着的吗？'],
      ['如果收到就是坏的，拍照联系我们'],
      ['收到就给我们拍个开箱视频'],
      ['签收后就可以申请七天无理由'],
      ['系统免驱，插上就能用'],
      ['到手就能用吗？'],
      ['收到就能用店铺优惠券'],
      ['到您手上还是要当面验一下'],
      ['这点钱花不了多少'],
      ['卸妆水化不了妆的话换卸妆油'],
    ],
  )
})
