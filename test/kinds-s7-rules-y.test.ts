import { describe } from 'vitest'
import { checkKinds as check } from './support/harness.js'

// Rules-y, seventh session: kinds from a taxonomy of how agents promise and exaggerate (not from any
// eval set's misses), each with its traps. Sentences written for this file; none is taken from an
// eval set.

describe('absolute-promise: a bad outcome denied by a rhetorical question (怎么可能压坏, 哪会掉色, 咋会过敏)', () => {
  check(
    'absolute-promise',
    [
      ['三层气泡膜裹着，路上怎么可能摔碎', undefined, '怎么可能摔碎', 'error'],
      ['这是进口鞣制的牛皮，哪会开裂啊', undefined, '哪会开裂', 'error'],
      ['这种面料咋会起球呢，您放心穿', '这个卫衣会不会起球', '咋会起球', 'error'],
      ['不锈钢的内胆，哪能生锈', undefined, '哪能生锈', 'error'],
      ['這款是活性印染，怎麼可能褪色呢', undefined, '怎麼可能褪色', 'error'],
      ['恒温冷链送的，雪糕哪里会融化', undefined, '哪里会融化', 'error'],
    ],
    // Surprise at what happened (了, an apology, the customer reporting it), a hedge, a question about the cause, a time word.
    [
      ['怎么会摔碎了呢，我马上帮您联系快递'],
      ['怎么会漏呢，实在抱歉，这就给您补发'],
      ['哪会生锈呢，您拍个照片我看看', '才用了一周锅就生锈了'],
      ['一般怎么会褪色呢，除非用了漂白剂'],
      ['您看会不会是洗的时候水温太高了呢'],
      ['哪会儿能送到呀？'],
      ['怎么会这样，我帮您查一下'],
    ],
  )
})

describe('exaggeration: none of a harm at all for any body (没有任何伤害, 一点甲醛都没有, 不含任何激素)', () => {
  check(
    'exaggeration',
    [
      ['这款祛痘膏不含任何激素', undefined, '不含任何激素', 'error'],
      ['宝宝长期用也没有任何危害', undefined, '没有任何危害', 'error'],
      ['板材用的是进口的，一点甲醛都没有', undefined, '甲醛都没有', 'error'],
      ['这个中药足贴一丁点副作用也不会有', undefined, '副作用也不会有', 'error'],
      ['我们的水性漆零甲醛，刷完就能住', undefined, '零甲醛', 'error'],
      ['纯草本的洗发水，连荧光剂都没有', undefined, '荧光剂都没有', 'error'],
    ],
    // A measured result, a hedge or refusal to claim it, a condition, a question.
    [
      ['甲醛没有超标，检测报告在详情页'],
      ['不敢说一点副作用都没有，敏感体质先少量试用'],
      ['如果用了没有任何不良反应，可以继续用'],
      ['真的不含任何激素吗？'],
      ['零下十度也能正常使用'],
      ['零食大礼包今天有货'],
    ],
  )
})


describe('absolute-promise: used or refurbished goods said to work exactly like new (跟新机没区别, 和全新的一样)', () => {
  check(
    'absolute-promise',
    [
      ['这台官换机拍照效果和新机没有区别', undefined, '和新机没有区别', 'error'],
      ['二手单反的快门跟全新的一模一样', undefined, '跟全新的一模一样', 'error'],
      ['翻新的扫地机器人吸力跟新买的没两样', undefined, '跟新买的没两样', 'error'],
      ['這台整新機跑分跟新機一樣', undefined, '跟新機一樣', 'error'],
      ['用过半年的婴儿推车，折叠起来和新的毫无区别', undefined, '和新的毫无区别', 'error'],
    ],
    // A hedge, a caveat said with it, a question, a difference named, a replacement or a colour compared.
    [
      ['屏幕跟新机差不多，边框有细微磕碰'],
      ['基本和全新的一样，电池健康度91%'],
      ['机身跟新机一样，不过充电器是副厂的'],
      ['翻新机和新机有什么不一样？'],
      ['跟新机不一样的地方是没有发票'],
      ['换货给您寄的跟新的一模一样，放心'],
      ['这批颜色跟新品一样'],
    ],
  )
})

describe('absolute-promise: the shop\'s own checks and paperwork committed (一定会检查, 一定给您开发票) are info', () => {
  check(
    'absolute-promise',
    [
      ['寄出前我们一定会再检查一遍', undefined, '一定会', 'info'],
      ['二手机我们肯定会先验机再发', undefined, '肯定会', 'info'],
      ['我們一定會幫您開發票', undefined, '一定會', 'info'],
      ['我们绝对不会乱扣款', undefined, '绝对', 'info'],
    ],
    // Advice to the customer to check, and a check reported without a promise word.
    [
      ['收到后请您一定要检查一下外包装'],
      ['出库前质检过了，没有发现问题'],
    ],
  )
})

describe('exaggeration: 最 + what outdoor goods, appliances and baby goods are praised for (最轻, 最亮, 最不容易胀气)', () => {
  check(
    'exaggeration',
    [
      // The field with its locative (同类里) is part of the claim since the eighteenth session (bl22).
      ['这根碳纤维登山杖是同类里最轻的', undefined, '同类里最轻', 'warning'],
      ['这款露营灯是市面上最亮的', undefined, '市面上最亮', 'warning'],
      ['这把厨师刀是最锋利的', undefined, '最锋利', 'warning'],
    ],
    // Within the shop, a pick with its spec, a question, a mode of the product.
    [
      ['这几款里面这根最轻'],
      ['最轻的一款是180克'],
      ['哪款最亮？'],
      ['调到最亮的那一档就行'],
    ],
  )
})

describe('exaggeration: Taiwan wordings of old claims (CP值最高, 零負評) and a child\'s intelligence (智商高)', () => {
  check(
    'exaggeration',
    [
      ['這台除濕機是CP值最高的', undefined, 'CP值最高', 'warning'],
      ['開賣兩年零負評', undefined, '零負評', 'warning'],
      ['宝宝喝了这款奶粉智商更高', undefined, '喝了这款奶粉智商更高', 'error'],
    ],
    [
      ['CP值高不高要看您的需求'],
      ['有負評我們都會認真回覆'],
      ['智商高不高跟奶粉没关系哦'],
    ],
  )
})


describe('exaggeration: a deity, saviour or elixir of its kind (保护神, 救星, 神级, 神药, 灵丹妙药)', () => {
  check(
    'exaggeration',
    [
      ['这款护眼灯就是孩子眼睛的保护神', undefined, '保护神', 'warning'],
      ['这个降糖茶是糖友的大救星', undefined, '大救星', 'warning'],
      ['這台空氣清淨機根本是神級', undefined, '神級', 'warning'],
      ['这个药膏是皮肤病的灵丹妙药', undefined, '灵丹妙药', 'warning'],
    ],
    // Thanks to a person, a product name.
    [
      ['您真是我的救星，谢谢您帮我找到快递'],
      ['SK-II神仙水是专柜同批次的，可以扫码验真'],
      ['这款护眼灯的照度是国标A级'],
    ],
  )
})

describe('exaggeration: medical function of blood clots and tumours (溶解血栓, 抗肿瘤), and falling asleep at once (一喷就入睡)', () => {
  check(
    'exaggeration',
    [
      ['这款红曲胶囊可以溶解血栓', undefined, '溶解血栓', 'error'],
      ['每天两粒，抗肿瘤效果很好', undefined, '抗肿瘤', 'error'],
      ['这个助眠喷雾一喷就入睡', undefined, '一喷就入睡', 'error'],
    ],
    // Advice to see a doctor, a service said to be quick, a reply about the customer's rest.
    [
      ['有血栓的话请遵医嘱用药'],
      ['您早点休息，马上睡吧，明天再联系'],
      ['宝宝马上睡着了的话可以先放床上'],
    ],
  )
})

describe('exaggeration: professionals recommending hard (醫師大推, 专家强推)', () => {
  check(
    'exaggeration',
    [
      ['皮膚科醫師大推的修護霜', undefined, '皮膚科醫師大推', 'warning'],
      ['好多营养师强推这款代餐', undefined, '营养师强推', 'warning'],
    ],
    [
      ['建议您先咨询一下营养师'],
      ['您是在哪个博主那里看到的呀？'],
    ],
  )
})


describe('absolute-promise: an appliance or furniture nuisance ruled out (不会有噪音, 不会漏电, 不会有异味; class outcome.nuisance)', () => {
  check(
    'absolute-promise',
    [
      ['这台除湿机半夜开着也不会有噪音', undefined, '不会有噪音', 'error'],
      ['即热式热水器装好了不会漏电的', undefined, '不会漏电', 'error'],
      ['超声波加湿器用纯净水不会有白粉', undefined, '不会有白粉', 'error'],
      ['这款空调挂机不会滴水', undefined, '不会滴水', 'error'],
    ],
    // A nuisance warned of, a hedge, a condition, a question, the customer told what to do.
    [
      ['新家具刚到肯定会有一点异味，通风一周就好'],
      ['空调一般不会滴水，滴水的话可能是排水管弯了'],
      ['如果有异响请拍个视频给我们'],
      ['晚上开会不会有噪音？'],
      ['请您不要用自来水，容易有白粉'],
    ],
  )
})

describe('exaggeration: zero failures said of every unit (零故障, 返修率为零, 误差为零), a lifetime without upkeep (终身免维护), off the chart (CP值爆表)', () => {
  check(
    'exaggeration',
    [
      ['我们店的官翻机零故障', undefined, '零故障', 'warning'],
      ['这款电子秤误差为零', undefined, '误差为零', 'warning'],
      ['这款滤水壶终身免维护', undefined, '终身免维护', 'warning'],
      ['這台掃地機CP值爆表', undefined, 'CP值爆表', 'warning'],
    ],
    // A measured figure, a denied claim, the shop's own warranty.
    [
      ['返修率大概千分之三'],
      ['不敢说零故障，每台都做了48小时老化测试'],
      ['压缩机终身保修，其他配件保修三年'],
    ],
  )
})

describe('exaggeration: matched with what a hospital or professional does (堪比医院, 不输美容院), blood vessels cleaned (清血管)', () => {
  check(
    'exaggeration',
    [
      ['这台家用血压计精准度堪比医院', undefined, '堪比医院', 'warning'],
      ['这个美容仪的效果不输美容院', undefined, '不输美容院', 'warning'],
      ['每天喝一杯能清血管', undefined, '清血管', 'error'],
    ],
    [
      ['血压偏高请去医院检查'],
      ['我们的美容仪不能替代医院治疗'],
      ['这款茶是花草茶，不具备保健功能'],
    ],
  )
})


describe('absolute-promise: faults, fire and body harms ruled out in appliances, outdoor and health goods (不会起火, 不会打滑, 不会伤肝)', () => {
  check(
    'absolute-promise',
    [
      ['这款暖风机倒了也不会起火', undefined, '不会起火', 'error'],
      ['我们的移动电源不会爆炸', undefined, '不会爆炸', 'error'],
      ['这台官翻机用着不会自动重启', undefined, '不会自动重启', 'error'],
      ['这双溯溪鞋踩青苔上也不会打滑', undefined, '不会打滑', 'error'],
      ['这款护肝片长期吃也不会伤胃', undefined, '不会伤胃', 'error'],
      ['褪黑素吃了不会产生依赖', undefined, '不会产生依赖', 'error'],
    ],
    // A fault warned of, a hedge, a question, a claim the agent refuses to make.
    [
      ['电暖器请不要盖衣物，容易起火'],
      ['一般不会伤胃，胃不好的建议饭后吃'],
      ['长期吃会不会产生依赖？'],
      ['不会上瘾这种话我们不敢说，建议按说明书服用'],
      ['开机第一次会自动重启一次，属于正常现象'],
    ],
  )
})


describe('exaggeration: grades borrowed in Taiwan\'s wordings (飯店同款, 航太級, 專櫃等級, 沙龍級) and a celebrity\'s own pick (明星愛用)', () => {
  check(
    'exaggeration',
    [
      ['這款枕頭是五星級飯店同款', undefined, '五星級飯店同款', 'warning'],
      ['登山杖用的是航太級鋁合金', undefined, '航太級', 'warning'],
      ['這瓶護髮油是沙龍級的', undefined, '沙龍級', 'warning'],
      ['粉底液有專櫃等級的質感', undefined, '專櫃等級', 'warning'],
      ['這支唇膏是明星愛用款', undefined, '明星愛用', 'warning'],
    ],
    // A question, a denial, a standard named.
    [
      ['請問這是飯店同款的嗎？'],
      ['我們這款不是沙龍級的，是日常保養用'],
      ['鋁合金是6061的，有材質證明'],
    ],
  )
})


describe('exaggeration: growth, gut and tiredness pushed along (促进骨骼发育, 调节肠道菌群, 预防感冒, 抗疲劳)', () => {
  check(
    'exaggeration',
    [
      ['这款儿童钙片能促进骨骼发育', undefined, '促进骨骼发育', 'error'],
      ['每天一包益生菌，调节肠道菌群', undefined, '调节肠道菌群', 'error'],
      ['维C泡腾片可以预防感冒', undefined, '预防感冒', 'error'],
      ['这款玛卡片抗疲劳效果明显', undefined, '抗疲劳', 'error'],
    ],
    // A wish, a registered health-food function said with its caveat, a setting of the device, advice.
    [
      ['想促进消化的话饭后可以散散步'],
      ['这款是调节肠道菌群的保健食品，每个人体质不同，效果有差异'],
      ['座椅可以调节高度'],
      ['宝宝感冒了建议先看医生'],
    ],
  )
})


describe('absolute-promise: the goods said to match the picture in any wording of sameness (一毛一样, 一个样, 没两样)', () => {
  check(
    'absolute-promise',
    [
      ['收到的窗帘跟详情页一毛一样', undefined, '详情页一毛一样', 'error'],
      ['这件大衣到手跟模特图一个样', undefined, '模特图一个样', 'error'],
      ['实物跟主图没两样', undefined, '主图没两样', 'error'],
    ],
    // A question, a difference admitted, a condition, two pictures compared with each other.
    [
      ['实物跟图片有区别吗？'],
      ['实物跟图片会有一点区别，屏幕显示不同'],
      ['要是跟图片没区别的话我就再买一件'],
      ['这张图跟那张图没区别，都是同一款'],
    ],
  )
})

describe('absolute-promise: other wordings of a personal wager (您回来骂我, 我跟您姓, 我就改行)', () => {
  check(
    'absolute-promise',
    [
      ['这款驱蚊液要是不管用您回来骂我', undefined, '不管用您回来骂我', 'error'],
      ['芒果不甜我跟您姓', undefined, '不甜我跟您姓', 'error'],
      ['这条裤子要是起球我就改行', undefined, '起球我就改行', 'error'],
    ],
    // After-sales help offered, someone else's career, a request not to be scolded.
    [
      ['要是有问题您随时回来找我'],
      ['我们之前的客服早就改行了'],
      ['您先别骂我，我马上帮您查'],
    ],
  )
})
