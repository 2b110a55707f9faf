import { describe } from 'vitest'
import { checkKinds as check } from './support/harness.js'

// Rules-s, fifth session: kinds behind the absolute-promise and exaggeration misses and false
// alarms of the whole dev pool (sets A–J), each across other products, platforms and registers,
// with its traps. Sentences written for this file (none is taken from an eval set).

describe('absolute-promise: harm that cannot reach the goods (V不着 / V不到)', () => {
  check(
    'absolute-promise',
    [
      ['电视机四个角都包了泡沫，路上磕不着', undefined, '磕不着', 'error'],
      ['冰箱走的是我们自己的专车，下雨也淋不着的', undefined, '淋不着', 'error'],
      ['镜子装在木架里，撞不着也压不着', undefined, '撞不着', 'error'],
      ['放心吧，纸箱外面还套了防水袋，淋不到的', undefined, '淋不到', 'error'],
      ['屏幕有钢化膜护着，钥匙划不着', undefined, '划不着', 'error'],
      ['玻璃杯每只单独气泡柱，碰不着彼此', undefined, '碰不着', 'error'],
    ],
    // Not harm (用不着, 睡不着, 找不着), hedged, asked, conditional, advice.
    [
      ['您用不着另外买配件'],
      ['这个地址快递找不着的话会打您电话'],
      ['喝了咖啡睡不着的话可以换无咖啡因款'],
      ['一般磕不着的，我们包了三层'],
      ['路上会不会磕不着啊？'],
      ['要是淋不着的话就不用加膜了'],
    ],
  )
})

describe('absolute-promise: potential complements of any verb of use', () => {
  check(
    'absolute-promise',
    [
      ['这款婴儿车车架是铝合金的，推到孩子上幼儿园都推不坏', undefined, '推不坏', 'error'],
      ['行李箱外壳是PC的，磕不坏', undefined, '磕不坏', 'error'],
      ['儿童餐椅很结实，熊孩子踹不坏', undefined, '踹不坏', 'error'],
      ['這款手機殼超耐摔，撞不壞', undefined, '撞不壞', 'error'],
    ],
    [['推不动的话把刹车松开'], ['一般磕不坏的'], ['磕不坏吗？'], ['轮子推不顺的话联系我们换']],
  )
})

describe('absolute-promise: the asked outcome denied (answers)', () => {
  check(
    'absolute-promise',
    [
      ['从来不晃的，您放心', '书架放满书会不会晃？', '从来不晃', 'error'],
      ['不松不松，用了膨胀螺丝', '挂墙上时间长了会松吗', '不松', 'error'],
      ['没有异响，我们都测过', '这把椅子坐久了会响吗？', '没有异响', 'error'],
      ['不會的，出貨前都測過', '整新機用一用會不會當機？', '不會的', 'error'],
      ['不漏的亲，盖子有硅胶圈', '保温杯放包里会漏吗', '不漏', 'error'],
      ['不会的哦', '平板玩久了会不会黑屏', '不会的', 'error'],
      ['不痒不痒，纯棉的', '毛衣贴身穿会痒吗', '不痒', 'error'],
    ],
    [
      // Without the question it describes the goods; hedged; a condition; something else asked.
      ['底座很重，很稳，不会晃'],
      ['一般不晃的，装的时候把螺丝拧紧', '会晃吗？'],
      ['不晃的话就不用加固了', '会晃吗？'],
      ['对不起，我没看懂您的意思', '会掉吗？'],
      ['不漏的话可以继续用', '现在还漏吗？'],
      ['不好意思，这个要问一下仓库', '会不会卡在海关？'],
    ],
  )
})

describe('absolute-promise: a yes to "it won\'t …, right?"', () => {
  check(
    'absolute-promise',
    [
      ['对的亲。', '用了这个宝宝就不会胀气了吧？', '对的', 'error'],
      ['是的亲', '换了这个枕头就不会落枕了吧', '是的', 'error'],
      ['没错', '贴了这个膜以后就不会碎屏了吧？', '没错', 'error'],
      ['對的', '用了這個就不會過敏了吧？', '對的', 'error'],
    ],
    [
      ['是的，刚开始可能会有一点', '会不会胀气？'],
      ['是的，不过每个宝宝体质不一样', '用了就不会胀气了吧？'],
      ['是的', '是正品吧？'],
      ['对的，已经帮您备注了', '能帮我备注一下不要放驿站吗'],
    ],
  )
})

describe('absolute-promise: a flat no made emphatic (真的不 / 完全不 / 从来不 / 一点都不)', () => {
  check(
    'absolute-promise',
    [
      ['这款防晒真的不晒黑，去海边都够用', undefined, '真的不晒黑', 'error'],
      ['我们合作的物流从来不丢件', undefined, '从来不丢件', 'error'],
      ['羊毛被一点都不起球', undefined, '一点都不起球', 'error'],
      ['這款床單完全不縮水', undefined, '完全不縮水', 'error'],
      ['这口锅压根不粘锅', undefined, '压根不粘锅', 'error'],
    ],
    [
      ['真的不好意思，让您久等了'],
      ['完全不掉色这个我们没法保证哈'],
      ['不能说完全不缩水，头一次洗会缩一点'],
      ['一点都不起球吗？'],
      ['您完全不用担心售后'],
    ],
  )
})

describe('absolute-promise: the goods said to match the picture exactly', () => {
  check(
    'absolute-promise',
    [
      ['收到的窗帘跟主图是一个色', undefined, '主图是一个色', 'error'],
      ['实物和图片一模一样的，亲', undefined, '图片一模一样', 'error'],
      ['这款床品跟详情页完全一致', undefined, '详情页完全一致', 'error'],
      ['染出来就是图片上那个颜色', undefined, '就是图片上那个颜色', 'error'],
      ['和照片分毫不差', undefined, '照片分毫不差', 'error'],
    ],
    [
      ['屏幕不同会有色差，没法保证跟图片一模一样'],
      ['跟图片一模一样吗？'],
      ['实物跟图片不是完全一致的，以实物为准'],
      ['您可以对照色卡挑一个颜色'],
      ['就是图上那款吗？'],
      ['一般跟图片一个色，个别屏幕偏暖'],
    ],
  )
})

describe('absolute-promise: a personal stake on the outcome', () => {
  check(
    'absolute-promise',
    [
      ['花要是蔫了算我的', undefined, '蔫了算我的', 'error'],
      ['这双鞋穿着磨脚算我的', undefined, '磨脚算我的', 'error'],
      ['后天要是还没到，我名字倒过来写', undefined, '没到，我名字倒过来写', 'error'],
      ['吃了不见效我赔您', undefined, '不见效我赔您', 'error'],
      ['掉色的话唯我是问', undefined, '的话唯我是问', 'error'],
    ],
    [
      ['退回来的运费算我的'],
      ['这单的差价算我的，给您退了'],
      ['有问题随时找我'],
      ['这顿算我的'],
    ],
  )
})

describe('absolute-promise: the sensitive said safe, a 不 inside the people', () => {
  check(
    'absolute-promise',
    [['胃不好的人也能放心吃', undefined, '胃不好的人也能放心', 'error']],
    [['不是说胃不好的人也能放心吃，还是要少量'], ['胃不好的人也能放心吃吗？']],
  )
})

describe('absolute-promise: a body condition said never to come back', () => {
  check(
    'absolute-promise',
    [
      ['这款药膏用完以后湿疹再也不发作', undefined, '湿疹再也不发作', 'error'],
      ['鼻炎不会再犯了，放心', undefined, '鼻炎不会再犯', 'error'],
      ['喝了一个疗程，胃病不再犯', undefined, '胃病不再犯', 'error'],
    ],
    [['抱歉，这种错误我们不会再犯'], ['坚持吃的话一般胃病不会再犯'], ['鼻炎不会再犯吗？']],
  )
})

describe('absolute-promise: nobody fails to get the result', () => {
  check(
    'absolute-promise',
    [
      ['这个减肥茶没有哪个喝了不瘦的', undefined, '没有哪个喝了不瘦', 'error'],
      ['我们家增高鞋垫，没一个垫了不显高的', undefined, '没一个垫了不显高', 'error'],
      ['没有人用了不见效', undefined, '没有人用了不见效', 'error'],
    ],
    [['没有效果的话可以退'], ['有没有人用了不见效？'], ['不是没有人用了不见效，因人而异']],
  )
})

describe('absolute-promise: an effect felt by a stated time', () => {
  check(
    'absolute-promise',
    [
      // The whole figure of time is the span (a cut 「天就能…」 read as broken Chinese; seventh session).
      ['这款护腰坐垫垫三天就能感觉出来', undefined, '三天就能感觉出来', 'error'],
      ['眼膜敷一周就看到效果', undefined, '一周就看到效果', 'error'],
      ['宝宝擦两天屁屁就不红了', undefined, '两天屁屁就不红', 'error'],
    ],
    [['一般用一周就能感觉出来'], ['用几天能感觉出来？'], ['下单三天就能看到物流更新']],
  )
})

describe('absolute-promise: certainty that a good outcome fails warns, it does not promise', () => {
  check(
    'absolute-promise',
    [
      ['这款面霜肯定有效果', undefined, '肯定', 'error'],
      ['今天发顺丰，明天肯定到', undefined, '肯定', 'error'],
      // A misfit denied (挤脚 is listed with the fit words) is still a promise.
      ['这双皮鞋穿上绝对不会挤脚', undefined, '绝对', 'error'],
    ],
    [
      ['隔三差五用一次肯定看不出效果的'],
      ['这么远的地址明天肯定到不了'],
      ['只敷一次肯定没效果呀，要坚持'],
    ],
  )
})

describe('absolute-promise: 保证 naming a priority, quotes, names and the shop\'s own report', () => {
  check(
    'absolute-promise',
    [
      ['保证明天到', undefined, '保证', 'error'],
      // The shop passing the customer's word on is its own doing: at most info.
      ['我们一定会把您的建议反映给设计部门', undefined, '一定会', 'info'],
    ],
    [
      ['保证食品安全是第一位的，每批都送检'],
      ['保证您的满意是我们的宗旨'],
      ['“绝对”是这款香水的名字'],
      ['那句“永远年轻”只是包装上的设计'],
      ['冇辦法保證每棵都開花'],
      ['唔敢保證聽日到'],
    ],
  )
})

describe('exaggeration: nobody fails to get the result', () => {
  check(
    'exaggeration',
    [
      ['这款代餐没有一个人喝了不瘦的', undefined, '没有一个人喝了不瘦', 'warning'],
      ['增高鞋垫没哪个穿了不显高', undefined, '没哪个穿了不显高', 'warning'],
      ['我們的面膜沒有人敷了不見效', undefined, '沒有人敷了不見效', 'warning'],
    ],
    [['没有效果的话可以申请退款'], ['有没有人喝了不瘦的？'], ['不是没有人用了不见效，体质不同']],
  )
})

describe('exaggeration: a yes to whether a condition will get better', () => {
  check(
    'exaggeration',
    [
      ['会的亲', '宝宝尿布疹用这个会好吗', '会的', 'error'],
      ['可以的，放心涂', '脚气涂这个能好吗？', '可以的', 'error'],
      ['能的', '鼻炎用这个喷雾能缓解吗', '能的', 'error'],
    ],
    [
      ['可以的，不过严重的话建议看医生', '湿疹用这个能好吗？'],
      ['会的', '这个包包会好搭配吗？'],
      ['可以的', '能帮我把湿疹膏和面霜一起发吗？'],
    ],
  )
})

describe('exaggeration: ahead of children the same age, age turned back', () => {
  check(
    'exaggeration',
    [
      ['这套益智积木玩半年，孩子比同龄人聪明一大截', undefined, '比同龄人聪明', 'error'],
      ['这款钙片让孩子比同龄的小朋友长得高', undefined, '比同龄的小朋友长得高', 'error'],
      ['坚持喝三个月，皮肤回到18岁', undefined, '回到18岁', 'error'],
      ['用完直接重返少女肌', undefined, '重返少女肌', 'error'],
    ],
    [['孩子比同龄人高的话建议选大一码'], ['您回到首页就能看到优惠券'], ['请回到订单页面点击退款'], ['能回到十八岁吗？']],
  )
})

describe('exaggeration: body functions and milk supply', () => {
  check(
    'exaggeration',
    [
      ['这款催乳茶喝了奶量蹭蹭往上涨', undefined, '奶量蹭蹭', 'error'],
      ['小朋友吃了就不容易生病', undefined, '吃了就不容易生病', 'error'],
    ],
    [['奶量一般会有提升，因人而异'], ['奶量提高了吗？']],
  )
})

describe('exaggeration: catchphrases, regret for a lifetime, quoted claims', () => {
  check(
    'exaggeration',
    [
      ['这么好的价格，不买后悔一辈子', undefined, '后悔一辈子', 'warning'],
      ['这款真是谁用谁说好', undefined, '谁用谁说好', 'warning'],
    ],
    [
      // 谁用谁知道 invites a try (slang), quoted claims are talked about.
      ['这个扫地机谁用谁知道'],
      ['“无副作用”这种话我们不能承诺'],
      ['“最好”这句话是买家评论里写的'],
      ['放心，不会让您后悔一辈子的'],
    ],
  )
})

describe('absolute-promise: the same kinds in Cantonese and other wordings', () => {
  check(
    'absolute-promise',
    [
      ['唔會甩色嘅，放心洗', '洗咗會唔會甩色？', '唔會甩色', 'error'],
      ['保證唔會縮水', undefined, '保證', 'error'],
      ['没问题的', '这个床垫睡久了会塌吗', '没问题的', 'error'],
      ['这件羽绒服真的不钻绒', undefined, '真的不钻绒', 'error'],
      ['收到不满意我把店名倒过来写', undefined, '不满意我把店名倒过来写', 'error'],
      ['我们一定会把您的情况反映给快递公司', undefined, '一定会', 'info'],
    ],
    [['好的，没问题', '能帮我改一下地址吗'], ['唔會嘅話我教你', '我唔識裝點算'], ['冇問題，幫你改咗地址', '可唔可以改地址？']],
  )
})

describe('absolute-promise: falling off, shaken on the way, aches said gone', () => {
  check(
    'absolute-promise',
    [
      ['这款运动耳机戴着跑步甩不掉', undefined, '甩不掉', 'error'],
      ['果子都是现摘的，路上闷不坏', undefined, '闷不坏', 'error'],
      ['挂墙上的，一辈子掉不下来', undefined, '掉不下来', 'error'],
      ['这款床垫睡上去完全不会腰疼', undefined, '完全不会腰疼', 'error'],
      ['衣服到手就是模特身上那个效果', undefined, '就是模特身上那个效果', 'error'],
    ],
    [['耳机甩不掉吗？'], ['一般甩不掉的'], ['腰疼的话建议换硬一点的床垫']],
  )
})
