import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 35 (thirty-first brief), lane ex35: exaggeration and competitor-disparagement on the fresh sets BG and BH and
 * the older incoming sets, grouped into kinds of language (fixtures/eval/lanes-s31/LANE-ex35.md, /work/notes/kinds31/ex35.md).
 * The sentences are ours. Traps: a question, a hedge (一般, 有一定 of degree, 接近), advice to see a doctor, a wait for
 * recovery, a verb of use or wear instead of intake, the shop's own authorization, the shop's own shelves, a parcel
 * asked about, appearance fading and a few years' durability (absolute-promise's).
 */

describe('exaggeration K1: a condition and a recovery verb after a modal, the cure dated at the end of the sentence, or asked about', () => {
  checkKinds(
    'exaggeration',
    [
      ['坚持贴一周，黑眼圈肯定下去', undefined, '黑眼圈肯定下去', 'error'],
      ['喝了这个冲剂，咳嗽都好得快', undefined, '咳嗽都好得快', 'error'],
      ['用我们这瓶精华，头发两个月就能长回来', undefined, '头发两个月就能长回来', 'error'],
      ['鼻炎犯了喷两下这个，第二天就好了', undefined, '鼻炎犯了喷两下这个，第二天就好了', 'error'],
      ['抹五天保证好，您放心', '这个药膏抹了几天能好？', '保证好', 'error'],
    ],
    [
      ['痘痘消下去以后再用这款精华比较好'],
      ['对改善干燥起皮有一定帮助，严重的还是看医生'],
      ['对浅表的色斑有一定改善，深的建议看医生'],
      ['湿疹严重的话建议先停用，等好了再用'],
      ['鼻炎一般喷几天会好一些，因人而异'],
      ['两三天就好了', '快递多久能好？'],
      ['不敢保证几天就好，要看个人情况', '这个药膏抹了几天能好？'],
      ['这款面膜坚持敷，斑一定淡下去'],
    ],
  )
})

describe('exaggeration K2: the sensitive, a verb of intake or contact, then 都/也 and no trouble', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款米糊无添加，老人小孩吃都不要紧', undefined, '小孩吃都不要紧', 'error'],
      ['哺乳期的人喝这款花茶也是安全的', undefined, '哺乳期的人喝这款花茶也是安全的', 'error'],
      ['孕妇误食一点这个洗手液都没问题', undefined, '孕妇误食一点这个洗手液都没问题', 'error'],
    ],
    [
      ['这个遥控器老人用都没问题，按键很大'],
      ['孕妇吃这个都没问题吗？'],
      ['孕妇适量吃都没问题，不过建议先咨询医生'],
      ['宝宝穿都没问题，码数偏大'],
      ['厨房纸巾宝宝碰到也没事'],
    ],
  )
})

describe('exaggeration K3: better than the hospital, its doctors or its tests', () => {
  checkKinds(
    'exaggeration',
    [
      ['这个体脂秤测得比医院的还精准', undefined, '比医院的还精准', 'error'],
      ['测血氧比医生用的监护仪更准', undefined, '比医生用的监护仪更准', 'error'],
      ['这款血压计比医院心电图都准', undefined, '比医院心电图都准', 'error'],
    ],
    [
      ['家用的没有医院的准，仅供参考'],
      ['数据仅供参考，以医院检查结果为准'],
      ['精度接近医用级别，但不能替代医院诊断'],
      ['这个比医院的还准吗？'],
    ],
  )
})

describe('exaggeration K4: a performance measure or a working part that never wears', () => {
  checkKinds(
    'exaggeration',
    [
      ['这块电池充多少次容量都永不衰减', undefined, '容量都永不衰减', 'warning'],
      ['加了这款机油，发动机一辈子不会积碳', undefined, '发动机一辈子不会积碳', 'warning'],
      ['这款扫地机的马达十年都不会变弱', undefined, '马达十年都不会变弱', 'warning'],
    ],
    [
      ['电池正常使用两三年会有一定衰减，属于正常现象'],
      ['不要放在暴晒的地方，不然外壳容易老化'],
      ['这个透明手机壳永远都不发黄'],
      ['这块充电宝的电芯放个两三年都不会衰减'],
      ['不敢说电池永远不会老化'],
    ],
  )
})

describe('exaggeration K5: only we hold the authorization, also beside a rival run down', () => {
  checkKinds(
    'exaggeration',
    [
      ['全平台只有我们家拿到了品牌方的正式授权', undefined, '只有我们家拿到了品牌方的正式授权', 'warning'],
      ['别家卖的都是仿货，只有我们是品牌授权', undefined, '只有我们是品牌授权', 'warning'],
      ['这个牌子只有我们这家才有授权', undefined, '只有我们这家才有授权', 'warning'],
    ],
    [
      ['我们是品牌授权店，可以查授权书'],
      ['只有我们后台能改订单信息，您不用操作'],
      // "Only we are genuine" against a rival run down stays the contrast competitor-disparagement reports.
      ['别家都是仿货，只有我们家是正品'],
      ['只有我们家有授权吗？'],
    ],
  )
})

describe('competitor-disparagement K6: rivals unnamed by brand, a channel denied or a failure foretold', () => {
  checkKinds(
    'competitor-disparagement',
    [
      ['那些卖得便宜的都不是正规渠道出来的', undefined, '那些卖得便宜的都不是正规渠道', 'warning'],
      ['便宜的都是垃圾货，您别贪便宜', undefined, '便宜的都是垃圾货', 'warning'],
      ['某品牌的电热水壶用两年必生锈', undefined, '某品牌的电热水壶用两年必生锈', 'warning'],
      ['别的都不是正规渠道，您放心在我们这买', undefined, '别的都不是正规渠道', 'warning'],
    ],
    [
      ['别的颜色都是正规渠道进的货，放心'],
      ['水壶用两年记得除一次水垢，不然容易生锈'],
      ['我们店里便宜的都是尾货清仓'],
      ['这款我们没有授权，卖不了'],
      ['别家是不是正规渠道我们不清楚'],
    ],
  )
})
