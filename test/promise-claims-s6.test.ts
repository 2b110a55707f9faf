import { describe } from 'vitest'
import { checkKinds as check } from './support/harness.js'

// Rules-v, sixth session: kinds missed in at least two authors' sets of the dev pool (A–K), each
// written again across other products and registers, with its traps. Sentences written for this
// file (none is taken from an eval set).

describe('absolute-promise: certainty said after the outcome (稳稳的, 不在话下) or pledged before it (放一百个心)', () => {
  check(
    'absolute-promise',
    [
      ['这款燃脂咖啡每天一杯，半个月瘦五斤稳稳的', undefined, '稳稳的', 'error'],
      ['跟着这套网课学，期末英语提三十分稳稳的', undefined, '稳稳的', 'error'],
      ['这个减肥套餐坚持一个月，瘦八斤不在话下', undefined, '不在话下', 'error'],
      ['您放一百个心，顺丰冷链过去，到手保鲜', undefined, '放一百个心', 'error'],
    ],
    // Steadiness, no outcome in the sentence, a question.
    [
      ['手机支架夹得稳稳的，开车不晃'],
      ['这个三脚架站得稳稳的'],
      ['您放一百个心，我们马上给您核实'],
      ['半个月瘦五斤稳稳的吗？'],
      ['这款是店里的爆款，销量一直稳稳的'],
    ],
  )
})

describe('absolute-promise: a short yes or no to the customer asking about live goods, a date or damage', () => {
  check(
    'absolute-promise',
    [
      ['会的亲', '螃蟹寄到我家还会是活的吗', '会的', 'error'],
      ['来得及的亲，今天就发', '下周五之前来得及吗', '来得及', 'error'],
      ['赶得上，您放心', '月底前赶得上吗？', '赶得上', 'error'],
      ['不会的，我们用硬纸板夹着寄', '画册寄过来会不会折角', '不会的', 'error'],
    ],
    // The shop's own action asked, a hedged answer, an unrelated question.
    [
      ['来得及的话我们今天给您发', '下周五之前来得及吗'],
      ['一般来得及的，不过旺季可能慢一两天', '下周五之前来得及吗'],
      ['是的，可以开发票', '能开发票吗'],
      ['不会的，我们不会泄露您的信息', '你们会把我电话给别人吗'],
    ],
  )
})

describe('absolute-promise: not one bad item, battery swelling, 不带 + an outcome', () => {
  check(
    'absolute-promise',
    [
      ['荔枝冰袋保鲜，到手一个软的都不会有', undefined, '软的都不会有', 'error'],
      ['这个驱虫项圈戴上，蜱虫一只都不会上身', undefined, '一只都不会上身', 'error'],
      ['这块移动电源用五年都不会鼓包', undefined, '不会鼓包', 'error'],
      ['这个编织线弯折上万次都不带断的', undefined, '上万次都不带断', 'error'],
    ],
    // A check that found nothing, a hedge, a question, 不带 meaning "without".
    [
      ['视频里看一个软的都没有'],
      ['一般用几年都不会鼓包，鼓包了可以保修'],
      ['电池会不会鼓包？'],
      ['这款不带充电头，需要另外买'],
      ['发货不带发票的话您说一声'],
    ],
  )
})

describe('exaggeration: a learning result with a promise word is still a claim (成绩保证提高)', () => {
  check(
    'exaggeration',
    [
      ['这套口算卡天天练，孩子数学成绩保证提高十五分', undefined, '成绩保证提高', 'error'],
      ['用这个单词机背一个学期，考试分数肯定提升一大截', undefined, '分数肯定提升', 'error'],
    ],
    // Denied, the child's own effort, a wish, a question.
    [
      ['“成绩保证提高”这种话我们不敢说'],
      ['成绩能不能提高主要还是看孩子自己'],
      ['想让成绩提高的话建议每天练十分钟'],
      ['用了成绩真的能提高吗？'],
    ],
  )
})

describe('absolute-promise: a cure or an instant result by a date (三天根治, 七天立刻瘦)', () => {
  check(
    'absolute-promise',
    [
      ['这款足贴贴两周根治脚气', undefined, '两周根治', 'error'],
      ['代餐粉冲着喝，十天立刻瘦五斤', undefined, '十天立刻瘦', 'error'],
      ['这个喷剂用一个疗程痊愈', undefined, '一个疗程痊愈', 'error'],
    ],
    // No date, a floor, denied, a question.
    [
      ['这款药膏不能根治，只能缓解'],
      ['至少要三个月才能见效'],
      ['不敢说两周根治'],
      ['两周能根治吗？'],
    ],
  )
})

describe('absolute-promise: 包 counting a packet, and the goods\' own authenticity', () => {
  check(
    'absolute-promise',
    [
      ['这款奶粉冲着喝包你满意', undefined, '包你', 'error'],
      ['这套漫画是出版社直发的，正版保证', undefined, '正版保证', 'info'],
    ],
    [
      ['漏发的那包您先拆开试试'],
      ['这一包您可以分三次冲'],
    ],
  )
})

describe('exaggeration: no rival, with any verb of looking or any counter (挑不出第二款, 没有比…更)', () => {
  check(
    'exaggeration',
    [
      ['这种手感的羊绒围巾，整个市场都挑不出第二条', undefined, '挑不出第二条', 'warning'],
      ['保温杯里选不出第二款比它更轻的', undefined, '选不出第二款', 'warning'],
      ['护手霜里没有比这支更滋润的了', undefined, '没有比这支更', 'warning'],
    ],
    // Denied, a question, the shop's own options, a missing item, an ordinal.
    [
      ['不敢说挑不出第二条'],
      ['有没有比这支更便宜的？'],
      ['没有比走加急更快的办法了'],
      ['包裹里找不到第二件的话马上联系我们'],
      ['第二条是深灰色的'],
    ],
  )
})

describe('exaggeration: a disease treated away by the act of use (牙周炎都能刷好)', () => {
  check(
    'exaggeration',
    [
      ['这款冲牙器天天用，牙龈炎都能冲好', undefined, '牙龈炎都能冲好', 'error'],
      ['这个药皂洗一周，脚气都能洗好', undefined, '脚气都能洗好', 'error'],
    ],
    [
      ['牙龈炎的话建议先去看牙医'],
      ['脚气洗好了吗？'],
    ],
  )
})

describe('exaggeration: a named master of the trade vouching (名家推荐, 特级教师编写)', () => {
  check(
    'exaggeration',
    [
      ['这套钢笔字帖由三位名师力荐', undefined, '名师力荐', 'warning'],
      ['这本题库是特级教师编写的', undefined, '特级教师编写', 'warning'],
    ],
    [['这本题库不是名师编写的'], ['题目不会的话可以问问名师推荐的解法']],
  )
})
