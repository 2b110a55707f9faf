import { describe, expect, it } from 'vitest'
import { checkKinds, linterFor } from './support/harness.js'

// Issue 8, set AA (ex19): kinds of claim and of non-claim, each written fresh for these tests (no
// sentence of a dev set or of real traffic), every must-flag kind with its traps beside it.

describe('exaggeration ex19: a pollutant or a decay said to be zero', () => {
  checkKinds(
    'exaggeration',
    [
      ['这个净水器出水的余氯绝对为零', undefined, '余氯绝对为零', 'error'],
      ['这块复合地板甲醛完全为零', undefined, '甲醛完全为零', 'error'],
      ['这个路灯头零光衰', undefined, '零光衰', 'warning'],
      ['投影仪的灯泡衰减为零', undefined, '衰减为零', 'warning'],
    ],
    [
      // A test result, a denial, a question, a condition.
      ['第三方检测甲醛为零，报告在详情页'],
      ['甲醛为零是不可能的，只能说低于国标'],
      ['这块地板甲醛能为零吗？'],
      ['不敢说零光衰，三年光通维持率在九成左右'],
    ],
  )
})

describe('exaggeration ex19: a condition or the skin promised to get well', () => {
  checkKinds(
    'exaggeration',
    [
      ['这个护膝戴一阵关节痛保证好', undefined, '关节痛保证好', 'error'],
      ['这个热敷贴贴上肩周炎肯定会好', undefined, '肩周炎肯定会好', 'error'],
      ['猫咪吃这个化毛膏吐毛包好', undefined, '吐毛包好', 'error'],
      ['这款燕窝喝一段时间气色一定变好', undefined, '气色一定变好', 'error'],
    ],
    [
      // Care advice, a hedge, a question, a denial.
      ['换季时皮肤一定好好保湿'],
      ['肩周炎一般坚持热敷会好一些'],
      ['这个贴了肩周炎肯定会好吗？'],
      ['我们不敢说颈椎病保证好，建议去医院看看'],
    ],
  )
})

describe('exaggeration ex19: first of its kind with a scope, players vouching, 用了就瘦', () => {
  checkKinds(
    'exaggeration',
    [
      ['这台咖啡机是国内第一台用这种磨芯的', undefined, '国内第一台', 'warning'],
      ['這款球拍是職業選手指定的', undefined, '職業選手指定', 'warning'],
      ['这个减肥贴用了就瘦', undefined, '用了就瘦', 'error'],
    ],
    [
      // An ordinal without a scope, a player who is the customer, a wish, a question.
      ['这是我们店第一台到货的样机'],
      ['您是选手的话可以开比赛发票'],
      ['这个贴用了就瘦吗？'],
      ['用了就瘦是不可能的，要配合饮食'],
    ],
  )
})

describe('exaggeration ex19: meme praise in a meme register is slang, not a claim', () => {
  checkKinds(
    'exaggeration',
    [
      // No meme register: the praise is a claim.
      ['这款拖把是拖地神器', undefined, '神器', 'warning'],
      // A scope keeps it a claim even among memes.
      ['家人们，这款电煮锅是小家电界的天花板', undefined, '界的天花板', 'warning'],
    ],
    [
      ['家人们这个发夹真的绝了，懒人神器，冲冲冲'],
      ['这款保温杯yyds，打工人福音'],
      ['这个眼影盘谁用谁说好，姐妹们闭眼入'],
    ],
  )
})

describe('exaggeration ex19: "only we are genuine" against rivals just named', () => {
  checkKinds(
    'exaggeration',
    [
      // No rival named: the exclusivity is the claim.
      ['全城只有我们家是正品', undefined, '只有我们家是', 'warning'],
      // A rival named, but no authenticity after it: a quality claim stays.
      ['别家都涨价了，只有我们家是平价', undefined, '只有我们家是', 'warning'],
    ],
    [
      ['别家那些都是仿款，只有我们家是正品'],
      ['其他卖家的茶叶都是陈货拼的，就我们家是原装'],
    ],
  )
})

describe('exaggeration ex19: 最 after a timing or frequency tip is a tip on use', () => {
  checkKinds(
    'exaggeration',
    [
      // Without the tip, 最 + a quality said of the product is a claim.
      ['我们家的荔枝是最甜的', undefined, '最甜', 'warning'],
    ],
    [
      ['荔枝到了放冰箱，尽快吃最甜'],
      ['滤芯三个月至少换一次效果最好'],
      ['牛油果按着有点软了再吃最香'],
    ],
  )
})

describe('exaggeration ex19: messages and suggestions', () => {
  const linter = linterFor('exaggeration')
  it('a pollutant said to be zero: an efficacy error, no rewrite, the test report named', () => {
    const [m, ...rest] = linter.lint('这个衣柜甲醛绝对为零').messages
    expect(rest).toEqual([])
    expect(m).toMatchObject({ ruleId: 'exaggeration', severity: 'error', actual: '甲醛绝对为零', expected: [] })
    expect(m!.message).toContain('检测报告只能给出检出量')
    expect(m!.message).toContain('《广告法》第十七条')
  })
  it('zero decay: drop it, give the test results', () => {
    const [m] = linter.lint('这盏台灯零光衰').messages
    expect(m).toMatchObject({ ruleId: 'exaggeration', severity: 'warning', actual: '零光衰', expected: [] })
    expect(m!.message).toContain('零问题')
  })
  it('a condition promised to get well: an efficacy error with the medical law', () => {
    const [m] = linter.lint('这个护腰戴上腰椎病保证好').messages
    expect(m).toMatchObject({ ruleId: 'exaggeration', severity: 'error', actual: '腰椎病保证好', expected: [] })
    expect(m!.message).toContain('功效或医疗宣称')
  })
})

describe('exaggeration ex19: guards read from the pool (many not all, service rates, grades, lists, rivals)', () => {
  checkKinds(
    'exaggeration',
    [
      // The claims these guards sit beside still stand.
      ['买过的都说好，您放心拍', undefined, '买过的都说好', 'warning'],
      ['这台净化器除醛率百分之百', undefined, '率百分之百', 'error'],
      ['我们家空调能效排名第一', undefined, '排名第一', 'warning'],
      ['这套教辅是重点中学指定的', undefined, '重点中学指定', 'warning'],
      ['好多营养师都推荐这款代餐', undefined, '营养师都推荐', 'warning'],
      ['这款益生菌能调节肠道', undefined, '调节肠道', 'error'],
    ],
    [
      ['不少老顾客都说好用，您可以先拍一件试试'],
      ['这趟专线的准点率一直百分百'],
      ['这批月季扦插的成活率百分之百'],
      ['这款冰箱能效第1级，一天0.5度电'],
      ['班主任指定清单上的文具这套都有'],
      ['得物上那些达人推荐的鞋都是广告'],
      ['这款酸奶粉是帮助调节肠道的，孩子腹泻不止要去医院看医生'],
    ],
  )
})

describe('exaggeration ex19: a condition changed totally, or never worse again', () => {
  checkKinds(
    'exaggeration',
    [
      ['这个祛痘膏用完痘印能彻底淡化', undefined, '痘印能彻底淡化', 'error'],
      ['这款狗粮吃两个月泪痕完全消失', undefined, '泪痕完全消失', 'error'],
      ['坚持用这个颈枕，颈椎曲度能完全恢复', undefined, '颈椎曲度能完全恢复', 'error'],
      ['这副护眼镜戴着孩子视力不会下降', undefined, '视力不会下降', 'error'],
      ['喝这款米粉宝宝不会再积食', undefined, '不会再积食', 'error'],
    ],
    [
      // No body word, a hedge, a wish, a question, a denial, a care tip.
      ['这个清洁剂能把油污彻底去除'],
      ['系统重启后可以完全恢复'],
      ['痘印想彻底淡化的话要做好防晒'],
      ['泪痕能完全消失吗？'],
      ['痘印不可能彻底淡化，只能慢慢变浅'],
      ['视力一般不会下降太多'],
      ['只要少食多餐宝宝就不会再积食'],
    ],
  )
})

describe('exaggeration ex19: conditions said to come right (就能好, 都能调下来, 通通搞定)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款药枕睡一个月失眠就能好', undefined, '失眠就能好', 'error'],
      ['这个茶喝三个月尿酸都能调下来', undefined, '尿酸都能调下来', 'error'],
      ['这个理疗仪肩周炎、腰肌劳损通通搞定', undefined, '腰肌劳损通通搞定', 'error'],
    ],
    [
      ['失眠一般调整作息会好一些'],
      ['失眠就能好吗？'],
      ['我们不敢说失眠就能好，严重的话建议去医院'],
      ['尿酸都能调下来是不可能的，只能辅助'],
    ],
  )
})

describe('exaggeration ex19: the sensitive said safe to put on the skin or to move in', () => {
  checkKinds(
    'exaggeration',
    [
      ['这支润唇膏宝宝都能抹', undefined, '宝宝都能抹', 'error'],
      ['这套实木家具孕妇住进去都没事', undefined, '孕妇住进去都没事', 'error'],
    ],
    [
      ['宝宝都能抹吗？'],
      ['孕妇能不能抹建议先咨询医生'],
      ['地板和瓷砖都能擦'],
    ],
  )
})
