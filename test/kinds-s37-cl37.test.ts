import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 37 brief (thirty-third session), lane cl37: exaggeration and competitor-disparagement, each violation kind of the
 * domain taxonomy fixtures/eval/kinds/claims.md turned into data (word classes and constructions, not sentences); kinds and
 * decisions in fixtures/eval/lanes-s33/LANE-cl37.md. The sentences are ours, written with members of each class other than
 * the taxonomy's example, in its positions (alone, after an apology, mid-reply, answering the buyer's turn) and in zh-TW.
 * Traps: the taxonomy's Excludes and look-alike kinds — a stated limit of the shop's offer, goods out of production, a
 * smell or a crease gone overnight, a delivery day, a composition label, a test figure, a buyer singled out, the shop's
 * original design, a stock fact with the wait after it, a warranty, a denial, advice, the courier's delay, a neutral reason.
 */

describe('exaggeration: lowest-price-claim', () => {
  checkKinds(
    'exaggeration',
    [
      ['这价格在外面绝对拿不到', undefined, '价格在外面绝对拿不到', 'warning'],
      ['亲，这个价钱别家根本买不到的', undefined, '这个价钱别家根本买不到', 'warning'],
      ['抱歉哦，不能再少了，这个价在市面上都找不到', undefined, '这个价在市面上都找不到', 'warning'],
      ['這個價格在外面買不到喔', undefined, '這個價格在外面買不到', 'warning'],
    ],
    [
      ['这款停产了，外面都买不到了'],
      ['活动价最低可到199元'],
      ['这个价格外面买不到的话您再来找我们'],
    ],
  )
})

describe('exaggeration: ranking', () => {
  checkKinds(
    'exaggeration',
    [
      ['我们的降噪技术在业界领先', undefined, '业界领先', 'warning'],
      ['这款续航领先同级别', undefined, '领先同级别', 'warning'],
      ['这款在同价位里遥遥领先', undefined, '同价位里遥遥领先', 'warning'],
      ['這款在同級別裡領先', undefined, '同級別裡領先', 'warning'],
    ],
    [
      ['不敢说业界领先，但做工扎实'],
      ['我们第一时间帮您处理'],
    ],
  )
})

describe('exaggeration: top-grade', () => {
  checkKinds(
    'exaggeration',
    [
      ['这是王者级的配置', undefined, '王者级', 'warning'],
      ['这款的做工是工艺的巅峰', undefined, '工艺的巅峰', 'warning'],
      ['这款音质真的是巅峰之选', undefined, '巅峰之选', 'warning'],
      ['這是王者級的配置', undefined, '王者級', 'warning'],
      ['这个版型很完美', undefined, '版型很完美', 'warning'],
      ['這款簡直完美', undefined, '這款簡直完美', 'warning'],
    ],
    [
      ['王者荣耀的皮肤在另一个链接'],
      ['不敢说是品质的巅峰，但用料实在'],
      ['问题已经完美解决了'],
      ['您的搭配很完美'],
    ],
  )
})

describe('exaggeration: purity', () => {
  checkKinds(
    'exaggeration',
    [
      ['这个板材0甲醛', undefined, '0甲醛', 'error'],
      ['我们的奶粉0激素，宝宝放心喝', undefined, '0激素', 'error'],
      ['我们家的香皂是100%天然成分的', undefined, '100%天然成分', 'error'],
      ['這款是100%天然的', undefined, '100%天然', 'error'],
      ['这款洗衣液无任何化学添加', undefined, '无任何化学添加', 'error'],
    ],
    [
      ['甲醛含量0.05，低于国标'],
      ['这款面料是100%棉'],
      ['不是100%天然的，含少量防腐剂'],
    ],
  )
})

describe('exaggeration: instant', () => {
  checkKinds(
    'exaggeration',
    [
      ['这个生发液用了马上长头发', undefined, '马上长头发', 'error'],
      ['一夜之间皮肤就白了', undefined, '一夜之间皮肤就白了', 'error'],
      ['坚持用能彻底消痘', undefined, '彻底消痘', 'error'],
      ['搭配精华用效果翻倍', undefined, '效果翻倍', 'error'],
      ['擦上秒见效', undefined, '秒见效', 'error'],
      ['這款精華一夜之間皮膚就白了', undefined, '一夜之間皮膚就白了', 'error'],
    ],
    [
      ['第二天就能到'],
      ['异味通风一晚上就消了'],
      ['挂起来一晚上褶皱就平了'],
      ['效果因人而异，一般坚持四周左右会有改善'],
    ],
  )
})

describe('exaggeration: authority', () => {
  checkKinds(
    'exaggeration',
    [
      ['名医都在吃这个', undefined, '名医都在吃', 'warning'],
      ['这个茶是名老中医推荐的', undefined, '名老中医推荐', 'warning'],
      ['我们是CCTV上榜品牌', undefined, 'CCTV上榜品牌', 'warning'],
      ['這款是央視合作品牌', undefined, '央視合作品牌', 'warning'],
    ],
    [
      ['建议您咨询医生后再用'],
      ['本产品符合GB/T 22849标准，检测报告可以发您'],
    ],
  )
})

describe('exaggeration: uniqueness', () => {
  checkKinds(
    'exaggeration',
    [
      ['独创的三层结构', undefined, '独创', 'warning'],
      ['这款全球首发', undefined, '全球首发', 'warning'],
      ['这种面料是我们独有的', undefined, '我们独有', 'warning'],
      ['这是业内唯一一款能做到的', undefined, '业内唯一一款', 'warning'],
      ['這是全台唯一一家有授權的', undefined, '唯一', 'warning'],
    ],
    [
      ['您是唯一一个问这个的'],
      ['这是我们原创设计的'],
      ['我们独有的会员福利是积分翻倍'],
      ['唯一的办法是先退款'],
    ],
  )
})

describe('exaggeration: stats', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款已经卖出一千万件了', undefined, '卖出一千万', 'warning'],
      ['这款每个月都能卖上万单', undefined, '每个月都能卖上万', 'warning'],
      ['我们的回购率高达90%', undefined, '回购率高达', 'warning'],
      ['好评率是99%', undefined, '好评率是99%', 'warning'],
      ['一上架就秒空', undefined, '一上架就秒空', 'warning'],
      ['這款一年賣出幾百萬件', undefined, '一年賣出幾百萬', 'warning'],
      ['这款一年卖出了300万件', undefined, '卖出了300万', 'warning'],
      ['这款净水器家家户户都在用', undefined, '家家户户都在用', 'warning'],
    ],
    [
      ['一上架就秒空了，现在在等补货'],
      ['本店已售2000+'],
      ['回购率这个我们没有统计哦'],
      ['我们卖了几万单都没人反映过这个问题'],
      ['家人们谁懂啊，一上架就被抢空了'],
    ],
  )
})

describe('exaggeration: implicit', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款甩同价位几条街', undefined, '甩同价位几条街', 'warning'],
      ['同价位里没有能打的', undefined, '没有能打的', 'warning'],
      ['这款完胜所有同类产品', undefined, '完胜所有同类', 'warning'],
      ['這款同價位裡沒有能打的', undefined, '沒有能打的', 'warning'],
    ],
    [
      ['不敢说同价位里没有能打的'],
      ['这三款里这款最厚'],
    ],
  )
})

describe('exaggeration: medical', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款内衣能防乳腺增生', undefined, '能防乳腺增生', 'error'],
      ['喝这个能防骨质疏松', undefined, '能防骨质疏松', 'error'],
      ['每天吃可以防三高', undefined, '可以防三高', 'error'],
      ['這款能防骨質疏鬆', undefined, '能防骨質疏鬆', 'error'],
    ],
    [
      ['不能说能防乳腺增生，这是普通内衣'],
      ['这是普通食品，没有治疗作用'],
    ],
  )
})

describe('exaggeration: permanence', () => {
  checkKinds(
    'exaggeration',
    [
      ['这个锅用一辈子都不会坏', undefined, '用一辈子都不会坏', 'warning'],
      ['这件衣服永远不掉色', undefined, '永远不掉色', 'warning'],
      ['这款手表永久防水', undefined, '永久防水', 'warning'],
      ['百年不坏', undefined, '百年不坏', 'warning'],
      ['这个包包永远不会过时', undefined, '永远不会过时', 'warning'],
      ['這件衣服永遠不會褪色', undefined, '永遠不會褪色', 'warning'],
    ],
    [
      ['质保三年，坏了免费修'],
      ['我们家这款永远不会断货的'],
      ['放心，我们的奶瓶永远不会变形'],
      ['永远不掉色是不可能的，正常洗护不会明显褪色'],
      ['不敢说用一辈子都不会坏，正常能用五六年'],
    ],
  )
})

describe('competitor-disparagement: others-inferior-quality', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['其他家的充电线接触不良', undefined, '其他家的充电线接触不良', 'warning'],
      ['别家的质量和我们差了一大截', undefined, '别家的质量和我们差了一大截', 'warning'],
      ['別家的品質跟我們差太多了', undefined, '別家的品質跟我們差太多', 'warning'],
      ['外面那些劣质的用料跟我们比差远了', undefined, '外面那些劣质的用料跟我们比差远了', 'warning'],
    ],
    [
      ['新款比老款加厚了一层'],
      ['您如果用其他牌子的充电器，可能会接触不良哦，建议用原装'],
    ],
  )
})

describe('competitor-disparagement: platform-putdown', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['京东那边售后慢', undefined, '京东那边售后慢', 'warning'],
      ['其他店的售后特别拖拉', undefined, '其他店的售后特别拖拉', 'warning'],
      ['那家客服就是踢皮球', undefined, '那家客服就是踢皮球', 'warning'],
      ['蝦皮上那些賣家售後很慢', undefined, '蝦皮上那些賣家售後很慢', 'warning'],
    ],
    [
      ['京东物流这两天有点慢，请您耐心等待'],
      ['我们的售后处理很快，一般24小时内'],
    ],
  )
})

describe('competitor-disparagement: others-dishonest-service', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['小红书上那些种草都是广告', undefined, '小红书上那些种草都是广告', 'warning'],
      ['别家承诺的终身保修都是空话', undefined, '别家承诺的终身保修都是空话', 'warning'],
      ['隔壁家的好评都是托', undefined, '隔壁家的好评都是托', 'warning'],
      ['別家的保固都是空話', undefined, '別家的保固都是空話', 'warning'],
    ],
    [
      ['其他店铺的情况我们不太了解，不方便评价'],
      ['好评返现这种我们不做'],
    ],
  )
})

describe('competitor-disparagement: safety-scare', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别家的奶瓶含双酚A', undefined, '别家的奶瓶含双酚A', 'warning'],
      ['外面那种便宜的锅会炸', undefined, '外面那种便宜的锅会炸', 'warning'],
      ['那些劣质的会致癌', undefined, '那些劣质的会致癌', 'warning'],
      ['別家的奶瓶含雙酚A', undefined, '別家的奶瓶含雙酚A', 'warning'],
    ],
    [
      ['我们的奶瓶不含双酚A，检测报告在详情页'],
      ['油温太高会炸锅，请小火'],
      ['Tritan材质杯体，不含双酚A'],
      ['那家的气炸锅容量比较大，我们这款比较省空间'],
    ],
  )
})

describe('competitor-disparagement: copy-and-image-theft', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['很多店都在抄我们的款', undefined, '很多店都在抄我们', 'warning'],
      ['其他家的详情页图片是盗用我们的', undefined, '其他家的详情页图片是盗用我们', 'warning'],
      ['这个款很多店在仿', undefined, '很多店在仿', 'warning'],
      ['別家都在抄我們的款', undefined, '別家都在抄我們', 'warning'],
    ],
    [
      ['我们是原创设计，有外观专利'],
      ['很多店在卖这个款，我们是品牌授权的'],
    ],
  )
})

describe('competitor-disparagement: superiority-by-putdown', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['别的牌子跟我们家不在一个level', undefined, '别的牌子跟我们家不在一个level', 'warning'],
      ['我们的做工甩别家好几条街', undefined, '甩别家好几条街', 'warning'],
      ['其他店的和我们不在一个层次', undefined, '其他店的和我们不在一个层次', 'warning'],
      ['別家跟我們不是一個層次', undefined, '別家跟我們不是一個層次', 'warning'],
    ],
    [
      ['新款和老款不在一个价位'],
      ['标准版和Pro版的区别在于电池'],
    ],
  )
})

describe('competitor-disparagement: buyer-comparison-rebuttal', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['您买到的很可能是翻新机', '我在拼多多买的便宜多了', '您买到的很可能是翻新机', 'warning'],
      ['他们那是清库存的老款', '别家才卖99', '他们那是清库存', 'warning'],
      ['您在那买的估计是假的', '别家只要一半价钱', '您在那买的估计是假的', 'warning'],
      ['您朋友買的那個應該是高仿', '我朋友在別家買的才一半價', '那個應該是高仿', 'warning'],
    ],
    [
      ['那是我们的老款，新款已经升级了', '这款和你们之前卖的一样吗'],
      ['您朋友买的那个是哪个颜色呢', '我朋友也买了'],
      ['价格不同可能是活动不同', '别家便宜100'],
    ],
  )
})

describe('competitor-disparagement: vague-innuendo', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['有些商家为了便宜什么都干得出来', undefined, '有些商家为了便宜什么都干得出来', 'warning'],
      ['某些店就喜欢玩文字游戏', undefined, '某些店就喜欢玩文字游戏', 'warning'],
      ['您去看看别家的差评区就知道了', undefined, '去看看别家的差评区', 'warning'],
      ['有些店家為了便宜什麼都做得出來', undefined, '有些店家為了便宜什麼都做得出來', 'warning'],
    ],
    [
      ['您可以看看评价区再决定'],
      ['您可以去看看别家的评价区，对比一下再决定'],
      ['价格上有些商家做活动会便宜一点，我们是日常价'],
    ],
  )
})
