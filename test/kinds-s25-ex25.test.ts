import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 21, lane ex25 (issue 8): exaggeration read from the domain's own inventories rather than from one author's
 * sentences — the functions of 《保健食品功能目录》 (2023) offered by any product (class health.function.claim), organs and
 * inner functions protected, increased or restored (body.protected, body.function after a claim.modal word), a body result
 * caused in someone (让/使/帮助 + effect.body), the soft "good for" (a body word + 有帮助), ailments of the pet, foot,
 * sleep and germ domains and cancers (ailment.domain) under the existing treatment constructions, weight lost without
 * effort, readings lowered, perfection, leaders among peers, sales hype, the big brands as a yardstick or a grade, and a
 * foreign regulator named as a certifier. The sentences are ours; traps: negation, advice in the clause before, the
 * buyer's diet, a registered health food naming its approved function, a quoted claim refused, things (not bodies) changed,
 * a plain stock fact, 最近 / 最好 / 第一时间, nutrition facts, the shop owning its fault, product names.
 */
describe('exaggeration: the domain inventories (health functions, organs, causatives, pets and devices, hype)', () => {
  checkKinds(
    'exaggeration',
    [
      // health function
      ["这款玛咖片有助于缓解体力疲劳", undefined, "有助于缓解体力疲劳", 'error'],
      ["这个罗汉果糖可以清咽利喉", undefined, "可以清咽利喉", 'error'],
      ["这款绿茶粉具有很强的抗氧化作用", undefined, "很强的抗氧化", 'error'],
      ["这款代餐奶昔能帮助减重", undefined, "能帮助减重", 'error'],
      ["坚持喝这个苦荞茶可以辅助降血压", undefined, "可以辅助降血压", 'error'],
      ["这款红枣片有助于改善睡眠质量", undefined, "有助于改善睡眠质量", 'error'],
      ["这款决明子茶缓解视疲劳效果很明显", undefined, "缓解视疲劳效果很明显", 'error'],
      ["這款酵素能幫助瘦身", undefined, "能幫助瘦身", 'error'],
      ["这款按摩仪能改善血液循环", undefined, "能改善血液循环", 'error'],
      // protected organs
      ["这款护眼台灯能很好地保护孩子的视力", undefined, "很好地保护孩子的视力", 'error'],
      ["这款葛根粉可以保护肝脏", undefined, "可以保护肝脏", 'error'],
      ["这款深海鱼油能守护心血管", undefined, "能守护心血管", 'error'],
      // increase/restore
      ["这款羊奶粉能增加孩子的抵抗力", undefined, "能增加孩子的抵抗力", 'error'],
      ["这个眼贴能恢复视力", undefined, "能恢复视力", 'error'],
      // causative
      ["这款增高奶粉能让孩子长高", undefined, "让孩子长高", 'error'],
      ["这款美白丸能使皮肤变白", undefined, "使皮肤变白", 'error'],
      ["这款婴儿精油帮助宝宝睡得香", undefined, "帮助宝宝睡得香", 'error'],
      // good for
      ["这款牛奶对孩子长个子很有帮助", undefined, "长个子很有帮助", 'error'],
      ["这个护颈枕对颈椎病有好处", undefined, "颈椎病有好处", 'error'],
      ["這款茶對減肥很有幫助", undefined, "減肥很有幫助", 'error'],
      // ailment.domain
      ["这款猫粮能预防猫瘟", undefined, "预防猫瘟", 'error'],
      ["这款狗狗营养膏可以治犬瘟热", undefined, "可以治", 'error'],
      ["这款矫正鞋垫能矫正拇外翻", undefined, "矫正拇外翻", 'error'],
      ["这个止鼾贴可以根治鼾症", undefined, "根治", 'error'],
      ["这款乳酸菌能抑制幽门螺杆菌", undefined, "抑制幽门螺杆菌", 'error'],
      ["这款防晒霜能预防皮肤癌", undefined, "预防皮肤癌", 'error'],
      ["这款茶能预防各种疾病", undefined, "预防各种疾病", 'error'],
      // weight
      ["不节食就能瘦", undefined, "不节食就能瘦", 'error'],
      // readings
      ["这款纳豆能降甘油三酯", undefined, "降甘油三酯", 'error'],
      // perfection peers hype
      ["这款蓝牙耳机音质无懈可击", undefined, "无懈可击", 'warning'],
      ["这款是国产手机里的翘楚", undefined, "翘楚", 'warning'],
      ["这款电饭煲是我们的断货王", undefined, "断货王", 'warning'],
      ["这款香水风靡全球", undefined, "风靡全球", 'warning'],
      // big brands
      ["这款口红的质感不输国际大牌", undefined, "不输国际大牌", 'warning'],
      ["这款洗发水比大牌更好用", undefined, "比大牌更好用", 'warning'],
      ["这款面料是专柜品质", undefined, "专柜品质", 'warning'],
      // FDA
      ["这款面膜通过了FDA认证", undefined, "FDA认证", 'warning'],
    ],
    [
      ['批准的功能是缓解体力疲劳，不能代替药物'],
      ['这款玛咖片能缓解体力疲劳吗？'],
      ['想减重的话建议控制饮食'],
      ['清咽利喉的话多喝温水'],
      ['平时注意用眼卫生，保护孩子的视力'],
      ['我们的快递会保护好您的包裹'],
      ['保护膜需要撕掉再用'],
      ['喝凉的会增加肠胃负担'],
      ['恢复出厂设置就好了'],
      ['等宝宝身体恢复了再吃'],
      ['想让孩子长高还是要多运动'],
      ['让您久等了，这边帮您查到了'],
      ['这款漂白剂能让衣服变白'],
      ['早睡早起对长个子有帮助'],
      ['对减肥有没有帮助我们不好说'],
      ['猫瘟的话请尽快带去宠物医院'],
      ['不能预防各种疾病，只是普通食品'],
      ['不节食就能瘦是不可能的'],
      ['这个价格买不到更好的了吗？'],
      ['没有无懈可击的产品，这款缺点是有点重'],
      ['这款卖断货了，预计下周补货'],
      ['我们不敢说比大牌更好用'],
      ['这款没有FDA认证'],
      ['这款面霜最近很多人问'],
      ['您最好先试用一下小样'],
      ['有进展第一时间通知您'],
      ['这款奶粉含钙和维生素D'],
      ['这款是蓝帽子保健食品，批准的功能是增强免疫力'],
      ['很抱歉，这是我们最大的疏忽'],
      ['本品不能代替药物，有病请就医'],
      ['您问能不能治失眠，这个我们不敢这么说'],
      ['王者系列今天有货'],
      ['您说的能降血糖，我们没法承诺'],
    ],
  )
})
