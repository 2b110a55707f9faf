import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 30 (twenty-sixth brief), lane ex30: recall of exaggeration, review-manipulation and privacy-leak on the
 * outside authors' sets AV, AW, AX and the older pool, grouped into kinds of language; each kind fixed here has members
 * from at least two sources (fixtures/eval/lanes-s26/LANE-ex30.md). The sentences are ours. Traps: negation, hedges,
 * questions, a cited test report, the shop's own price floor in a bargain, the shop's own refusal to delete, the
 * platform's process explained, the buyer's own room read back, greetings.
 */
describe('exaggeration: a condition or body word with a sure recovery (肯定能改善, 一定会变淡, 百分百淡化, 都会好)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款眼贴坚持贴，眼袋肯定会变淡', undefined, '眼袋肯定会变淡', 'error'],
      ['用了这个精华，细纹百分百淡化', undefined, '细纹百分百淡化', 'error'],
      ['孩子喝了这个，鼻炎都会好的', undefined, '鼻炎都会好', 'error'],
      ['喝一阵子这个茶，血糖能降回正常', undefined, '血糖能降回正常', 'error'],
    ],
    [
      ['眼袋一般都会淡一些，因人而异'],
      ['细纹不能保证一定会变淡'],
      ['细纹不一定会变淡，因人而异'],
      ['鼻炎都会好吗？'],
      ['体检的时候血压都正常'],
      ['皮肤一定好好保湿'],
    ],
  )
  checkKinds('exaggeration', [['這款乳霜擦兩週，痘印保證淡化', undefined, '痘印保證淡化', 'error']], [['皺紋不一定會變淡喔']], { profile: 'zh-TW' })
})

describe('exaggeration: supplied only to an authority (五星级酒店专供, 药店专供)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这套床品是五星级酒店专供的', undefined, '五星级酒店专供', 'warning'],
      ['这款鱼油是大药房专供款，外面少见', undefined, '大药房专供', 'warning'],
    ],
    [['这款是电商专供款'], ['春节专供礼盒现在有货'], ['药店也能买到同类产品'], ['这款不是药店专供的']],
  )
})

describe('exaggeration: the price said lowest with a copula between (价格是最低的, 今年最低的)', () => {
  checkKinds(
    'exaggeration',
    [
      ['我们这边的价格是最低的，别处都要贵', undefined, '价格是最低', 'warning'],
      ['这次大促的价格就是今年最便宜的', undefined, '价格就是今年最便宜', 'warning'],
    ],
    [
      // The shop's own floor in a bargain, its own price over a short time, a limit, a question, a denial.
      ['这个价格已经是最低了，实在没法再少'],
      ['这个价格是本月最低的了，月底恢复原价'],
      ['价格上最低可以做到九折'],
      ['哪个价格是最低的？'],
      ['价格不是最低的，但用料更好'],
    ],
  )
})

describe('exaggeration: a share of germs or residues removed, without its test report (能杀灭99.9%的细菌)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这台消毒柜能杀灭99.9%的细菌', undefined, '杀灭99.9%', 'error'],
      ['这款果蔬清洗剂可以去除99.99%的农残', undefined, '去除99.99%', 'error'],
    ],
    [
      ['检测报告显示能杀灭99.9%的细菌'],
      ['能杀灭99.9%的细菌，详情页有第三方检测报告'],
      ['真的能杀灭99.9%的细菌吗？'],
      ['这款不能杀灭99.9%的细菌'],
      ['足金的含金量不低于99.9%'],
    ],
  )
})

describe('review-manipulation: compensation by other words for a changed or withheld bad review', () => {
  checkKinds(
    'review-manipulation',
    [
      ['只要不给差评，坏掉的那个我们全额给您赔', undefined, '只要不给差评，坏掉的那个我们全额给您赔', 'error'],
      ['亲先别给差评，少发的那件我们给您退钱', undefined, '先别给差评，少发的那件我们给您退钱', 'error'],
      ['差评撤了吧，寄回来的运费我给您包了', undefined, '差评撤了吧，寄回来的运费我给您包了', 'error'],
      ['如果方便把中评改成好评，上门费我们给您退了', undefined, '中评改成好评，上门费我们给您退了', 'error'],
    ],
    [
      ['差评您删不删都行，坏的我们照样全额赔'],
      ['差评我们看到了，坏的我们全额给您赔'],
      ['好评不给也没关系，运费我们承担'],
      ['我们不会要求您删除差评，该退的钱一分不少'],
    ],
  )
})

describe('review-manipulation: the bad review named only in the buyer\'s turn (我给了差评 → 删了我就给您退款)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['删了我马上给您退款', '我给你们店打了差评', '删了我马上给您退款', 'error'],
      ['亲别这样，撤掉的话我送您一盒茶叶', '东西太差了，我要给差评', '撤掉的话我送您', 'error'],
    ],
    [
      ['删不删都行，退款照常给您处理', '我给了差评'],
      ['已经删了，退款给您处理好了', '我给了差评'],
      ['全额退款后评价会被系统自动删除的', '退款了评价是不是就没了'],
      ['您先别急，我们先帮您查物流', '我要给差评'],
      ['可以的，在订单页就能删', '差评能删吗'],
    ],
  )
})

describe('privacy-leak: another person\'s door by its number (她住1206房, 房号是805, 1502的张先生)', () => {
  checkKinds(
    'privacy-leak',
    [
      ['同一个团的李女士也订了这间，她住1808房，您可以问问她', undefined, '1808', 'error'],
      ['楼上那位顾客就是902的王先生，他家装的也是这款', undefined, '902', 'error'],
      ['跟您同天入住的周小姐房号是1106，您可以找她拼车', undefined, '1106', 'error'],
    ],
    [
      // The buyer's own room, a layout, a price, a greeting.
      ['您的房号是1206，请确认一下'],
      ['您住1206房对吧？'],
      ['王女士说想要3房2厅的户型图'],
      ['她住了三天，房费是399'],
      // Review mend: money for a room after the figure is a sum (1500房费, 2600房租), not a door.
      ['王女士订的也是1200房价的大床房'],
      ['隔壁的孙先生每月交2600房租'],
    ],
  )
})

describe('privacy-leak: a neighbour named by where they live beside the buyer (您楼下那位陈先生)', () => {
  checkKinds(
    'privacy-leak',
    [
      ['您楼下那位孙先生也买了这款，您可以去看看', undefined, '您楼下', 'error'],
      ['跟您同一个小区的吴阿姨也订了两箱', undefined, '跟您同一个小区', 'error'],
    ],
    [['您楼下的快递柜满了，放驿站了'], ['跟您一个小区的客户也买过'], ['您好，楼下的快递点已经通知了']],
  )
  checkKinds('privacy-leak', [['您樓上那位林小姐也是跟我們買的', undefined, '您樓上', 'error']], [['您樓下的管理室可以代收']], { profile: 'zh-TW' })
})
