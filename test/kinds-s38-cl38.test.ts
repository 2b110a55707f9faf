import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 38 brief (thirty-fourth session), lane cl38: exaggeration and competitor-disparagement, the kinds of the taxonomy
 * fixtures/eval/kinds/from-misses-A.md (written from two outside authors' misses; kinds, not their sentences) turned into
 * data. Our own sentences, with members of each class other than the taxonomy's example, alone or mid-reply, in zh-CN,
 * zh-TW and Cantonese; the passes are the kinds' Excludes and look-alikes (a condition, a dated discount, the shop owning its
 * mistake, a platform figure with its source, the shop's own range, a ceiling, a flash sale, a pharmacy as a place to buy).
 * Decisions in fixtures/eval/lanes-s34/LANE-cl38.md.
 */

describe('exaggeration: health-outcome-in-everyday-words: a trouble stopped after use, a plant that takes formaldehyde, pollutants killed to the last', () => {
  checkKinds(
    'exaggeration',
    [
      ['孩子睡前喝上一杯，夜里就不起夜了', undefined, '喝上一杯，夜里就不起夜', 'error'],
      ['老人垫上这款鞋垫，走路就不腿疼了', undefined, '垫上这款鞋垫，走路就不腿疼', 'error'],
      ['這款貼片貼上以後，孩子就不暈車了', undefined, '貼上以後，孩子就不暈車', 'error'],
      ['这盆虎皮兰放在卧室里可以吸收甲醛', undefined, '虎皮兰放在卧室里可以吸收甲醛', 'error'],
      ['开着这台除螨仪，床上的螨虫都杀光了', undefined, '螨虫都杀光了', 'error'],
      ['睡了这个枕头，一觉到天亮', undefined, '睡了这个枕头，一觉到天亮', 'error'],
      ['这款鱼油吃了记性变好了', undefined, '吃了记性变好了', 'error'],
      ['吃这个钙片能长个子', undefined, '能长个子', 'error'],
      ['我们这个对身体只有好处', undefined, '对身体只有好处', 'error'],
      ['这个净化器开着家里就没有病毒了', undefined, '就没有病毒', 'error'],
    ],
    [
      ['喝了还咳的话建议去医院看看'],
      ['虎皮兰主要是好养，吸甲醛效果有限，建议多通风'],
      ['保健功能：有助于增强免疫力，批准文号见包装'],
      ['订单里是一瓶去屑洗发水和一支祛痘精华'],
      ['多喝水对身体特别好哦'],
      ['您家宝宝一觉到天亮真好'],
      ['孩子长个子的时候要多补钙'],
      ['开着净化器也不代表就没有病毒了'],
    ],
  )
})

describe('exaggeration: only-us-exclusivity: any marker, any word for the shop, a virtue', () => {
  checkKinds(
    'exaggeration',
    [
      ['仅咱家是纯正的', undefined, '仅咱家是纯正', 'warning'],
      ['唯独本店是货真价实的', undefined, '唯独本店是货真价实', 'warning'],
      ['就阮這間是正貨啦', undefined, '就阮這間是正貨', 'warning'],
      ['淨係我哋呢度係足金嘅', undefined, '淨係我哋呢度係足金', 'warning'],
      ['只有我们家卖的才是正品', undefined, '只有我们家卖的才是正品', 'warning'],
    ],
    [
      ['只有付款后才能修改地址'],
      ['这个花色是我们自己开模的，目前只在本店有'],
      ['不敢说唯独我们家是正品，但授权书可以看'],
      ['只有我们这边能查到物流信息'],
    ],
  )
})

/**
 * Withdrawn by the lead after the merge (session 38): the entries for total safety said with 百分百 / 绝对 / 完全 (百分之百安全,
 * 绝对无毒) and for price-loss hype (骨折价, 血亏, 不买会后悔, 错过等一年, 买到就是赚到) raised 63 exaggeration false alarms on the
 * dev pool's earlier sets (fixtures/eval/*.jsonl), whose authors label such replies internet-slang or absolute-promise only, for
 * 2 right findings; on the sealed set of the session they added none. Their look-alikes stay pinned here; the blanket safety word
 * after a user group (寶寶隨便用) stays exaggeration's.
 */
describe('exaggeration: safety said for a user group; price talk that stays clean', () => {
  checkKinds(
    'exaggeration',
    [['這款奶瓶寶寶隨便用', undefined, '寶寶隨便用', 'error']],
    [
      ['不能说百分百安全，检测报告在详情页'],
      ['开车请系好安全带'],
      ['配方里不含酒精和香料，成分表在背面'],
      ['这个价已经是底价了'],
      ['不着急的话不买也没关系'],
      ['原价199，活动价129，周日24点结束'],
      ['最后两件清仓了'],
      ['这个价格不算白送，但很划算'],
      ['我们亏了也认，给您补发'],
    ],
  )
})

describe('exaggeration: authority-or-heritage-endorsement: teachers, artists and craft masters, a formula handed down', () => {
  checkKinds(
    'exaggeration',
    [
      ['这套水彩是很多美术老师都推荐的', undefined, '美术老师都推荐', 'warning'],
      ['这款香水是调香师推荐的', undefined, '调香师推荐', 'warning'],
      ['这个枇杷膏是老中医祖传的', undefined, '老中医祖传', 'warning'],
      ['這款畫筆很多畫家都在用', undefined, '畫家都在用', 'warning'],
    ],
    [
      ['这套颜料适合美术生日常练习'],
      ['您说的老师推荐的是哪一款？'],
      ['附近药店也能买到同款，价格可能略有不同'],
    ],
  )
})

describe('exaggeration: wide-scope-superlative-with-gap: the market scope, a narrowing phrase, then 最', () => {
  checkKinds(
    'exaggeration',
    [
      ['同价位的电动牙刷里，这支机身最轻', undefined, '同价位的电动牙刷里，这支机身最轻', 'warning'],
      ['市面上同规格的充电宝，续航最长的就是这款', undefined, '同规格的充电宝，续航最长', 'warning'],
      ['全國同價位裡面，它的畫質最好', undefined, '同價位裡面，它的畫質最好', 'warning'],
      ['市面上你找不到第二台这么安静的', undefined, '找不到第二台这么', 'warning'],
      ['同价位里面，它的音质算是最顶的', undefined, '同价位里面，它的音质算是最顶', 'warning'],
    ],
    [
      ['我们店这三款同价位的，这款最轻'],
      ['我们店这三款同价位的，这款制冷最好'],
      ['这款最大支持128G'],
      ['同类产品最好放阴凉处保存'],
      ['您是全世界最好的买家'],
    ],
  )
})

describe('exaggeration: universal-result-formula-and-meme-superlative: 谁X谁Y, all who used it praise it, a top-word with no meme around', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款眼霜谁用谁回购', undefined, '谁用谁回购', 'warning'],
      ['这条连衣裙谁穿谁显高', undefined, '谁穿谁显高', 'warning'],
      ['買過的都說好', undefined, '買過的都說好', 'warning'],
      ['这款吹风机是平价的天花板', undefined, '平价的天花板', 'warning'],
      ['呢部風筒真係冇得頂', undefined, '冇得頂', 'warning'],
    ],
    [
      ['请问谁来签收？'],
      ['吸顶灯装在天花板上'],
      ['这个色号偏暖，黄皮用起来提气色'],
    ],
  )
})

describe('exaggeration: flawless-record: never a mistake, zero complaints or returns', () => {
  checkKinds(
    'exaggeration',
    [
      ['我们配钥匙的师傅从来没配错过', undefined, '从来没配错过', 'warning'],
      ['这家店开了五年零客诉', undefined, '零客诉', 'warning'],
      ['我們家從來沒寄錯過', undefined, '從來沒寄錯過', 'warning'],
      ['我们的量尺师傅一次都没量错过', undefined, '一次都没量错过', 'warning'],
      ['我们的师傅手艺十几年没出过一次错', undefined, '没出过一次错', 'warning'],
      ['这款卖了几十万件，一个投诉都没有', undefined, '一个投诉都没有', 'warning'],
      ['好评率一直是百分之百', undefined, '好评率一直是百分之百', 'warning'],
    ],
    [
      ['发货前两个人核对，尽量避免出错'],
      ['这次是我们发错了，实在抱歉，之前从没发错过'],
      ['店铺近90天好评率98%，页面可查'],
    ],
  )
})

describe('exaggeration: crushing-comparison (the whole market beaten, ex20: exaggeration\'s)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款吸尘器让一众大牌都得靠边站', undefined, '都得靠边站', 'warning'],
      ['这降噪对同价位就是降维打击', undefined, '降维打击', 'warning'],
      ['這款耳機音質把同價位的都比下去了', undefined, '都比下去了', 'warning'],
    ],
    [
      ['麻烦您靠边站一下'],
      ['不敢说降维打击，但降噪确实不错'],
      ['今晚八点有秒杀活动，限量50件'],
    ],
  )
})

describe('exaggeration: prestige-borrowing (competitor-disparagement look-alike 1: exaggeration only)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款粉底和某大牌同厂出品', undefined, '某大牌同厂出品', 'warning'],
      ['这支口红是专柜那支的平替', undefined, '专柜那支的平替', 'warning'],
      ['這款精華跟大牌同一個代工廠', undefined, '大牌同一個代工廠', 'warning'],
    ],
    [
      ['我们的工厂在东莞，欢迎来参观'],
      ['我们不是大牌代工厂'],
    ],
  )
})

describe('competitor-disparagement: other-sellers-by-place-or-channel: markets, stalls, regional words for another shop', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['义乌批发的那些饰品基本都是镀的', undefined, '义乌批发的那些饰品基本都是镀的', 'warning'],
      ['十三行拿的衣服都是次品', undefined, '十三行拿的衣服都是次品', 'warning'],
      ['夜市賣的包包攏是假貨', undefined, '夜市賣的包包攏是假貨', 'warning'],
      ['别个店卖的蜂蜜都是兑水的', undefined, '别个店卖的蜂蜜都是兑水', 'warning'],
      ['其他铺头啲货都系翻新嘅', undefined, '其他铺头啲货都系翻新嘅', 'warning'],
    ],
    [
      ['夜市也有卖同款，价格可能不一样'],
      ['货都是我们东莞自家厂里做的'],
      ['那家我们不了解，不好评价'],
    ],
  )
})

describe('competitor-disparagement: low-price-insinuation: the reason left to the buyer, lesser stock named', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['人家卖得便宜，自然有它的道理', undefined, '人家卖得便宜，自然有它的道理', 'warning'],
      ['他们用的是回收料，所以便宜', undefined, '他们用的是回收料', 'warning'],
      ['别的店便宜是因为用了B级料', undefined, '别的店便宜是因为用了B级料', 'warning'],
      ['他們賣那麼便宜，是因為用的是再生料', undefined, '他們賣那麼便宜，是因為用的是再生料', 'warning'],
    ],
    [
      ['我们贵一点是因为用的是新料，参数可以发您'],
      ['每家定价不一样，我们保证本店的品质'],
      ['店里这两款差价来自填充物，一款鸭绒一款鹅绒'],
    ],
  )
})

describe('competitor-disparagement: health-scare-about-others: additives said to be in theirs', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['其他家的玩具都有塑化剂', undefined, '其他家的玩具都有塑化剂', 'warning'],
      ['那些便宜的面膜都加了荧光剂', undefined, '那些便宜的面膜都加了荧光剂', 'warning'],
      ['外面賣的染髮劑激素都超標', undefined, '外面賣的染髮劑激素都超標', 'warning'],
    ],
    [
      ['我们的玩具不含塑化剂，检测报告在详情页'],
      ['电热毯不要折叠使用'],
    ],
  )
})
