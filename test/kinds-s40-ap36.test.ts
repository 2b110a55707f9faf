import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Lane ap36, session 40: absolute-promise and exaggeration kinds read on the outside authors' sets BP, BQ and BR, in our own
 * words: each kind's word classes and their neighbours, with the look-alikes as traps.
 */

// An arrival relayed from the courier named as a person (快递员说, 配送员说, 司机说, 站点那边说): the shop passes it on.
// Said with the agent's own certainty word, or with nobody relaying it, it is still a promise.
describe('absolute-promise: an arrival relayed from the courier', () => {
  checkKinds(
    'absolute-promise',
    [
      ['派送员说明天一定能送到', undefined, '一定', 'error'],
      ['明天下午会送到哦', undefined, '明天下午会送到', 'error'],
      ['快递员后天会送到的', undefined, '后天会送到', 'error'],
      ['物流明天會送到喔', undefined, '明天會送到', 'error'],
    ],
    [['配送员说今天傍晚能送到'], ['快递师傅讲明早会到哈'], ['司机说后天下午会到'], ['快遞員說明天會送到']],
  )
})

// The agent's own look-up of the tracking named as a clause before the date (已经帮您查到物流，明天会到): the date is read out.
// A chase or a rush before the date (已经帮您催了) is no reading; the date is then promised.
describe('absolute-promise: an arrival read out after the agent looked it up', () => {
  checkKinds(
    'absolute-promise',
    [
      ['已经帮您催了，明天会到', undefined, '明天会到', 'error'],
      ['已經幫您加急了，週三會到', undefined, '週三會到', 'error'],
      ['我这边帮您加急了，周五能到', undefined, '周五能到', 'error'],
    ],
    [['帮您查了下物流，周五会到您那'], ['亲，已经帮您查询了一下物流，后天会到'], ['這邊幫您查到物流了，明天會到'], ['我这边查了物流，明天会送到']],
  )
})

// The shop's help bounded by what it can do (能处理的一定帮您处理, 力所能及的一定帮): effort, reported at info. Unbounded
// (一定为您解决好) the resolution itself is promised.
describe('absolute-promise: help bounded by the shop\'s own reach', () => {
  checkKinds(
    'absolute-promise',
    [
      ['能帮到的肯定帮您', undefined, '肯定', 'info'],
      ['能协调的我们一定帮您协调', undefined, '一定', 'info'],
      ['力所能及的我们一定帮', undefined, '一定', 'info'],
      ['能處理的問題我們一定幫您處理', undefined, '一定', 'info'],
      ['有问题联系我，一定为您解决好', undefined, '一定', 'warning'],
    ],
    [['能解决的我们尽量帮您解决'], ['能处理的问题我们会尽力处理']],
  )
})

// The goods' fault denied as a problem (没问题, 不可能有问题, 没毛病) and the buyer named as the cause in the next clause:
// the denial leads into blame (blame-customer's). A named outcome said not to come (保证不会漏，漏了…) or a denial with
// no cause after it still promises.
describe('absolute-promise: a fault denied as the lead-in to blame', () => {
  checkKinds(
    'absolute-promise',
    [
      ['保证不会漏，漏了肯定是您没拧紧', undefined, '保证', 'error'],
      ['放心吧，肯定没问题的', undefined, '肯定', 'warning'],
      ['这个锅肯定没毛病，用十年都行', undefined, '肯定', 'error'],
    ],
    [
      ['这个耳机不可能有问题，应该是您手机蓝牙没开'],
      ['机器本身绝对没问题，估计是您家插座接触不良'],
      ['我们的锅肯定没毛病，是你自己干烧了'],
      ['這台機器絕對沒問題，應該是您家電壓不穩'],
    ],
  )
})

// Southwestern Mandarin 不得 = 不会 before a bad outcome (洗了不得褪色, 放一晚上都不得漏). Not 不得了, 不得擅自, 舍不得, a hedge.
describe('absolute-promise: southwestern 不得 before a bad outcome', () => {
  checkKinds(
    'absolute-promise',
    [
      ['洗了不得褪色', undefined, '不得褪色', 'error'],
      ['晒一个夏天都不得褪色', undefined, '都不得褪色', 'error'],
      ['装开水放一晚上都不得漏', undefined, '都不得漏', 'error'],
      ['曬一個夏天都不得褪色', undefined, '都不得褪色', 'error'],
    ],
    [['这个不得了，太好看了'], ['您不得擅自拆封'], ['你舍不得穿坏'], ['一般不得缩水']],
  )
})

// Hours of use held with no problem at all, the southwestern 没得问题 too (续航十个小时一点问题都没有, 冷藏放两天没得问题).
describe('absolute-promise: hours held without a problem', () => {
  checkKinds(
    'absolute-promise',
    [
      ['续航十个小时一点问题都没有', undefined, '续航十个小时一点问题都没有', 'error'],
      ['冷藏放两天没得问题', undefined, '放两天没得问题', 'error'],
      ['充一次电用八个小时没问题', undefined, '用八个小时没问题', 'error'],
      ['保溫十二個小時沒問題', undefined, '保溫十二個小時沒問題', 'error'],
    ],
    [['用几个小时就没电了'], ['我自己用了十个小时没问题'], ['正常用八个小时没问题']],
  )
})

// A pet or a child taking to the food asked (会吃吗, 会爱喝吗, 喝得惯吗), answered with a bare yes.
describe('absolute-promise: a bare yes to a pet or child taking to the food', () => {
  checkKinds(
    'absolute-promise',
    [
      ['会的', '这款罐头狗狗会吃吗', '会的', 'error'],
      ['会的亲', '小朋友会爱喝吗', '会的', 'error'],
      ['会哒', '这个奶粉宝宝喝得惯吗', '会哒', 'error'],
      ['會的', '貓咪會吃嗎', '會的', 'error'],
    ],
    [
      ['一般会吃的，挑食的话可以先买小袋试试', '它会吃吗'],
      ['会的，我们会备注', '你们会备注吗'],
    ],
  )
})

// A body function's recovery promised, with Traditional 回復 read as 回复 (喝了精力保证回复): not the shop's reply.
describe('absolute-promise: recovery of a body function promised', () => {
  checkKinds(
    'absolute-promise',
    [
      ['喝了精力保证回复', undefined, '保证', 'warning'],
      ['吃一个月体力肯定恢复', undefined, '肯定', 'warning'],
      ['吃了視力保證回復', undefined, '保證', 'warning'],
    ],
    [['视力恢复需要时间，建议定期复查'], ['体力恢复得因人而异']],
  )
})

// Agreeing with what the buyer said (您说的肯定有道理, 您的顾虑一定是对的): assent, not a promise.
describe('absolute-promise: agreement with the buyer', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这个尺码肯定对', undefined, '肯定', 'error'],
      ['放心，肯定合适', undefined, '肯定', 'error'],
      ['這個尺寸絕對合適', undefined, '絕對', 'error'],
    ],
    [['您说的肯定有道理'], ['您的顾虑一定是对的，我们再确认下'], ['你说得绝对在理']],
  )
})

// Weight dropped by the pound over a stated span (半个月轻了六斤, 两周减五公斤). Not goods losing water, a wish or the past.
describe('exaggeration: weight lost by the pound over a span', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款代餐喝半个月轻了六斤', undefined, '半个月轻了六斤', 'error'],
      ['吃两周减五公斤很正常', undefined, '两周减五公斤', 'error'],
      ['一周掉三斤', undefined, '一周掉三斤', 'error'],
      ['喝一個月減八斤', undefined, '一個月減八斤', 'error'],
    ],
    [['运输路上一天会掉两斤水分'], ['我这个月掉了五斤'], ['想一周掉三斤的话要配合运动']],
  )
})

// A promise word right before getting slim or clever (包瘦, 保证变聪明, 一定更聪明): a claim as well as a promise.
describe('exaggeration: a promise word before slim or clever', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款酵素喝了包瘦', undefined, '包瘦', 'error'],
      ['这套积木玩了孩子保证变聪明', undefined, '保证变聪明', 'error'],
      ['吃了绝对会变瘦', undefined, '吃了绝对会变瘦', 'error'],
      ['這款魚油寶寶吃了一定更聰明', undefined, '吃了一定更聰明', 'error'],
    ],
    [['这裤子穿上保证显瘦'], ['不敢保证瘦多少'], ['想瘦的话肯定要配合运动']],
  )
})

// Improvement or recovery of a body function said to be sure (视力肯定能有改善, 体力肯定恢复, 視力保證回復).
describe('exaggeration: improvement or recovery said to be sure', () => {
  checkKinds(
    'exaggeration',
    [
      ['叶黄素坚持吃，视力肯定能有改善', undefined, '视力肯定能有改善', 'error'],
      ['喝了精力保证回复', undefined, '精力保证回复', 'error'],
      ['吃一个月体力肯定恢复', undefined, '体力肯定恢复', 'error'],
      ['吃了視力保證回復', undefined, '視力保證回復', 'error'],
    ],
    [['视力一般会有改善'], ['不能保证视力会有改善']],
  )
})

// A pollutant said to be zero, not a measured figure that begins with 0 (甲醛含量为0.03).
describe('exaggeration: a measured figure that begins with zero', () => {
  checkKinds(
    'exaggeration',
    [
      ['苯是零', undefined, '苯是零', 'error'],
      ['甲醛为0，放心', undefined, '甲醛为0', 'error'],
      ['这块板材甲醛绝对为零', undefined, '甲醛绝对为零', 'error'],
    ],
    [['甲醛含量为0.03'], ['这批板材的甲醛是0.02mg/m³'], ['甲醛释放量0.05mg']],
  )
})

// The maker's national heritage title as the warrant of the goods (国家级非遗传承人亲手扎的, 非遗大师手工锻的).
describe('exaggeration: a heritage master vouching for the goods', () => {
  checkKinds(
    'exaggeration',
    [
      ['这个花灯是国家级非遗传承人亲手扎的', undefined, '国家级非遗传承人', 'warning'],
      ['这把刀是非遗大师手工锻的', undefined, '非遗大师', 'warning'],
      ['這壺是國家級非遺大師親手做的', undefined, '國家級非遺大師', 'warning'],
    ],
    [['这是国家级非遗技艺'], ['那位不是国家级非遗传承人']],
  )
})

// A protective or removal function said to work to 100% (防紫外线100%, 遮光百分百, 去除100%细菌): exaggeration's claim; the
// certainty adverb 100% before an outcome stays absolute-promise's.
describe('exaggeration: a function said to work to 100%', () => {
  checkKinds(
    'exaggeration',
    [
      ['这顶帽子防紫外线百分之百', undefined, '防紫外线百分之百', 'warning'],
      ['这款窗帘遮光能达到100%', undefined, '遮光能达到100%', 'warning'],
      ['這款濾芯能去除100%細菌', undefined, '100%細菌', 'error'],
      ['这个净水器能过滤百分之百重金属', undefined, '百分之百重金属', 'error'],
    ],
    [['防紫外线能达到百分百吗？'], ['不能保证去除百分百细菌']],
  )
})
describe('absolute-promise: a function\'s 100% is not the adverb', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款面料100%不会起球', undefined, '100%', 'error'],
      ['百分百明天到', undefined, '百分百', 'error'],
      ['這件百分之百不會縮水', undefined, '百分之百', 'error'],
    ],
    [['这顶帽子防紫外线百分之百'], ['这款面料防水100%'], ['防蓝光百分百的镜片']],
  )
})
