import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 31 (twenty-seventh brief), lane ex31: exaggeration, review-manipulation and privacy-leak on the open sets AZ and
 * AY (and AX, AW, the older pool), grouped into kinds of language; each kind fixed here has members from at least two
 * sources (fixtures/eval/lanes-s27/LANE-ex31.md). The sentences are ours. Traps: a price compared, a hedge or a question,
 * a quoted claim disowned, the shop's own floor in a bargain, a visa or an authenticity check, the platform's process
 * explained, the shop's own warehouse, the buyer's own order, a neighbour shop, a review word with nothing paid.
 */
describe('review-manipulation: a quoted line of the review taken out for more goods (那句删了，再补一斤; 那几个字删掉，其他不用动)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['您把追评里“太咸了”那句删掉，我再补两包给您', undefined, '追评里“太咸了”那句删掉，我再补两包', 'error'],
      ['追评里“发货慢”那几句删了，我这边给您再补一盒', undefined, '那几句删了，我这边给您再补一盒', 'error'],
      ['麻烦把“有异味”那句改一改，我给您补一瓶', undefined, '”那句改一改，我给您补一瓶', 'error'],
      ['帮忙把“褪色”那几个字删掉，别的不用动，我给您补个小礼物', undefined, '那几个字删掉，别的不用动，我给您补个小礼物', 'error'],
      ['评价里别提漏发的事，我给您多补一包', undefined, '评价里别提漏发的事，我给您多补一包', 'error'],
    ],
    [
      // The line passed on, nothing paid; what to leave out for another reason.
      ['追评里“有点酸”那句我们会反馈给果园'],
      ['评价里别提快递员的名字哦，保护隐私'],
      ['差评我们看到了，删了的话评价就没法恢复'],
    ],
  )
})

describe('review-manipulation: a service fee waived or paid for the buyer (下次清洗免工费, 下次保养给您免人工费, 运费我们帮您出)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['给五星好评的客户，下次清洗免工费', undefined, '五星好评的客户，下次清洗免工费', 'error'],
      ['评价打满分，下次保养给您免人工费', undefined, '评价打满分，下次保养给您免人工费', 'error'],
      ['中评改成好评的话，回寄的邮费由我们承担', undefined, '中评改成好评的话，回寄的邮费由我们承担', 'error'],
    ],
    [['我们上门安装免工费'], ['满意的话给个五星好评哦，下次保养记得找我们']],
  )
})

describe('review-manipulation: service only once the review is gone, and the change verb opening its clause (才会帮您处理; 现在删了我给您补)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['先把负评删了，我们才会帮您处理退款', undefined, '负评删了，我们才会帮您处理退款', 'error'],
      ['那条差评改掉才能通过售后', undefined, '差评改掉才能通过', 'error'],
      ['中评我们看到了，现在删了我给您补10块', undefined, '中评我们看到了，现在删了我给您补10块', 'error'],
      ['差评的事您别急 删了我们送您个小样', undefined, '差评的事您别急 删了我们送您', 'error'],
    ],
    [
      // The platform's process explained; a refund by its own steps.
      ['评价审核通过后才能显示'],
      ['差评删除后才能重新评价，这是平台规则'],
      ['您要退款的话请先在订单页申请，我们才会处理'],
    ],
  )
  checkKinds('review-manipulation', [['您先撤掉負評，我們才會幫您處理退款', undefined, '撤掉負評，我們才會幫您處理退款', 'error']], [['評價審核通過後才能顯示']], {
    profile: 'zh-TW',
  })
})

describe('review-manipulation: money handed to the buyer first, the review all that is asked for it (转你20，给个五星好评就行)', () => {
  checkKinds(
    'review-manipulation',
    [
      ['我先转您10块，您给个五星好评就好', undefined, '转您10块，您给个五星好评', 'error'],
      ['运费我直接退你，另外多转3块，给个好评就行', undefined, '退你，另外多转3块，给个好评', 'error'],
    ],
    [
      // Made already, the platform's own, the review left free, a plain request.
      ['已经给您补发了，给个好评就好'],
      ['运费险是下单自带的，给个好评就行'],
      ['差价给您退了，评价您随意就好'],
      ['收到满意的话给个好评就行'],
    ],
  )
})

describe('exaggeration: a replacement or a used device said to beat the original or a new one (比原装还耐用, 比新机还好用, 完胜新机)', () => {
  checkKinds(
    'exaggeration',
    [
      ['我们换的屏幕比原装还清楚', undefined, '比原装还', 'warning'],
      ['这台二手机用起来比新机还流畅', undefined, '比新机还', 'warning'],
      ['这块副厂电池完胜原装', undefined, '完胜原装', 'warning'],
    ],
    [
      // A price, a plain comparison, a hedge, a question.
      ['这台展示机比新机便宜五百'],
      ['副厂电池比原装的容量小一些'],
      ['不敢说比原装还耐用，但够用两年'],
      ['能比原装还耐用吗？'],
    ],
  )
})

describe('exaggeration: many buyers said to find it works, as the proof of an effect (回购的都说有用, 很多客人都說有效)', () => {
  checkKinds(
    'exaggeration',
    [
      ['这款鱼油好多老顾客都说有效', undefined, '老顾客都说有效', 'warning'],
      ['很多宝妈反馈有用，您放心买', undefined, '很多宝妈反馈有用', 'warning'],
    ],
    [['很多顾客说有用，不过效果因人而异'], ['个别顾客反馈有用'], ['有人说有效吗？'], ['很多顾客说好吃，您可以试试']],
  )
  checkKinds('exaggeration', [['這款葉黃素很多客人都說有效', undefined, '很多客人都說有效', 'warning']], [['有客人說有效嗎？']], { profile: 'zh-TW' })
})

describe('exaggeration: a shade counted by 色号 for a course of use with a promise word (敷一周保证白一个色号)', () => {
  checkKinds(
    'exaggeration',
    [['这款面霜擦两周保证白一个色号', undefined, '保证白一个色号', 'error']],
    [['这个色号比自然色白一个色号'], ['不敢保证两周白一个色号']],
  )
  checkKinds('exaggeration', [['這款面霜擦十天保證白一個色號', undefined, '保證白一個色號', 'error']], [['這個色號比自然色白一個色號']], { profile: 'zh-TW' })
})

describe('exaggeration: the shop’s own floor as what it can give, and a claim quoted with a pointer (能给的最低价; 您说的那个“…”)', () => {
  checkKinds(
    'exaggeration',
    [['全网最低价，错过就没了', undefined, '全网最低价', 'warning']],
    [
      ['这个已经是我们能给的最低价了，真的没法再少'],
      ['这是我这边权限能给的最低价了'],
      ['您说的那个“史上最强”是别家的宣传，我们不这么说'],
      ['您看到的那个“销量第一”是别的店铺的，我们没这么写'],
    ],
  )
})

describe('exaggeration: 包过 of a visa or an authenticity check is no learning result (签证包过; 专柜鉴定能验得过吗 — 包过的)', () => {
  checkKinds(
    'exaggeration',
    [
      ['驾照科目一我们包过', undefined, '包过', 'error'],
      ['这套题做完考试包过', '考试能过吗', '考试包过', 'error'],
    ],
    [['日本签证我们包过', '日本签证能办下来吗'], ['包过的，随便验', '送去专柜鉴定能验得过吗？'], ['旅游签证我们包过，拒签全额退']],
  )
})

describe('privacy-leak: another person named with the city and district they live in (南京鼓楼区的王女士; 黄小姐，住成都武侯区)', () => {
  checkKinds(
    'privacy-leak',
    [
      ['跟您同一批下单的是南京鼓楼区的王女士，她已经签收了', undefined, '南京鼓楼区', 'error'],
      ['跟您同一天下单的黄小姐，住成都武侯区，也买了这款', undefined, '住成都武侯区', 'error'],
    ],
    [
      // The shop's own warehouse, a buyer in general, the buyer's own order, a greeting.
      ['我们仓库在杭州余杭区，发货很快'],
      ['有位杭州西湖区的顾客也买了这款'],
      ['您的订单寄往成都市武侯区，请确认'],
      ['您好张女士，我们发货仓在广州白云区'],
    ],
  )
  checkKinds('privacy-leak', [['上一單的買家叫黃小姐，住高雄苓雅區，也是買這款', undefined, '住高雄苓雅區', 'error']], [['我們倉庫在高雄苓雅區']], { profile: 'zh-TW' })
})

describe('privacy-leak: a passport number next to someone else, and a neighbour by surname or told after the person (护照号; 姓李的那家; 住您隔壁)', () => {
  checkKinds(
    'privacy-leak',
    [
      ['您先生的护照号G12345678已经核对了', undefined, 'G12345678', 'error'],
      ['那位客人护照号码是E87654321，我帮您查到了', undefined, 'E87654321', 'error'],
      ['就住您楼下姓李的那家也订了这批橙子', undefined, '您楼下', 'error'],
      ['老顾客王姐，她昨天也订了，住您隔壁', undefined, '住您隔壁', 'error'],
    ],
    [['您的护照号请在订单页填写，不要发在聊天里'], ['姓王的那位师傅明天上门安装'], ['住您隔壁的那家店也卖这个']],
  )
})
