import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 23, lane ap23 (issue 8): absolute-promise on new registers (pre-sales, escalations). The sentences are
 * ours; the words reach them through the classes appended under `# --- ap23 ---` in src/vocab/classes.yaml.
 */

// A bare yes to the customer's question about how the goods will look, fit or taste, and a bare "right" to
// "it won't hurt …, right?" (the previous turn is what makes the short answer a promise).
describe('absolute-promise: a bare yes to a question about look, fit, taste or harm to the body', () => {
  checkKinds(
    'absolute-promise',
    [
      ['会', '这条阔腿裤穿上会显高吗？', '会', 'error'],
      ['会的', '这个粉底会不会显白？', '会的', 'error'],
      ['能的能的', '我腰围二尺二能穿M吗', '能的', 'error'],
      ['脆的', '这批冬枣脆不脆？', '脆的', 'error'],
      ['甜的亲', '這批芒果甜嗎？', '甜的', 'error'],
      ['能用，放心用', '哺乳期能用这个护手霜吗', '能用', 'error'],
      ['嗯对', '这个台灯一直开着不会伤眼睛吧？', '嗯对', 'error'],
      ['对的', '这款牙膏天天用不伤牙齿吧', '对的', 'error'],
    ],
    [
      // Hedged, a condition, an apology, "by the way", a question about price or the shop's own service.
      ['一般会显高一点，看您的身高比例', '这条阔腿裤穿上会显高吗？'],
      ['甜的话您再回购', '这批冬枣甜不甜？'],
      ['对不起，让您久等了', '这个台灯一直开着不会伤眼睛吧？'],
      ['对了，您的赠品已经备注', '这个台灯一直开着不会伤眼睛吧？'],
      ['对的，不过敏感的话建议先少量试', '这款牙膏天天用不伤牙齿吧'],
      ['可以的', '能帮我换成M码吗？'],
      ['能用，但建议先问问医生', '哺乳期能用这个护手霜吗'],
      ['甜的', '这个价格合适吗？'],
    ],
  )
})

// 不会 + harm to the body or an illness, and any use "however done" + 都不 + a bad outcome (怎么写都不洇), a hard job
// of work survived (剁排骨都不卷刃).
describe('absolute-promise: harm ruled out, any use and hard work survived', () => {
  checkKinds(
    'absolute-promise',
    [
      ['这款护眼灯开一晚上也不会伤眼睛', undefined, '不会伤眼睛', 'error'],
      ['泡脚包泡完不会着凉的', undefined, '不会着凉', 'error'],
      ['这本手账随便画都不洇', undefined, '随便画都不洇', 'error'],
      ['拖鞋使劲踩也不变形', undefined, '使劲踩也不变形', 'error'],
      ['这把斩骨刀剁排骨都不卷刃', undefined, '剁排骨都不卷刃', 'error'],
      ['這床單天天機洗也不起球', undefined, '天天機洗也不起球', 'error'],
    ],
    [
      // A hedge, a question, a condition, advice, the customer's own report, a negated claim.
      ['这本手账一般随便画都不洇'],
      ['随便画都不洇吗？'],
      ['如果剁排骨都不卷刃的话说明钢材硬'],
      ['建议别开一晚上，会伤眼睛'],
      ['我这把刀剁排骨卷刃了'],
      ['不能说天天机洗也不起球'],
      ['洇墨的话可以换厚一点的纸'],
    ],
  )
})

// The shop vouching for its own goods or doing is its own commitment (info), not a promise about an outcome;
// keeping, escrow and a past date are other words.
describe('absolute-promise: the shop vouches for itself; 保管, 担保交易 and a past week are other words', () => {
  checkKinds(
    'absolute-promise',
    [
      ['鲜花都是当天从基地剪的，这一点我们可以承诺', undefined, '承诺', 'info'],
      ['茶叶都是当季采摘的，这点本店敢承诺。', undefined, '承诺', 'info'],
      ['名字绝对不会刻错的，师傅会核对两遍', undefined, '绝对', 'info'],
      ['试用期间摔坏了肯定不让您赔', undefined, '肯定', 'info'],
      // The vouched sentence holds an outcome: still a promise.
      ['至于祛痘的效果，这一点我们保证', undefined, '保证', 'error'],
      ['按平时的码拍，保管合身', undefined, '保管', 'error'],
    ],
    [
      ['每一瓶都有进口报关单，这一点我们可以保证'],
      ['寄存期间由店里负责保管，丢了照价赔'],
      ['我们负责保管和清洁，您放心寄过来'],
      ['建议走平台担保交易，钱款更有保障'],
      ['您的洗衣机是上周三送达的，签收人是您家人'],
      ['上个礼拜五已经送到了，您查一下驿站'],
    ],
  )
})

// privacy-leak: another person placed by a married or professional title (…的孙太太, 张医生…住几栋), and the agent's own
// circle (我邻居…住几栋) is someone else whose door is data.
describe('privacy-leak: titled people placed by where they live, and the agent circle', () => {
  checkKinds(
    'privacy-leak',
    [
      ['这块表原来的主人是杭州滨江的周太太', undefined, '杭州滨江的周太太', 'error'],
      ['隔壁单元也有个刘医生在我们这订菜，住8栋1单元', undefined, '8栋1单元', 'error'],
      ['取件可以找我同事小江，她住6栋501', undefined, '6栋501', 'error'],
    ],
    [
      ['周太太您好，您的表已经寄出'],
      ['这款护手霜是皮肤科医生推荐过的成分'],
      ['我同事也在用这款，挺好用的'],
      ['我们店的地址是6栋一楼，欢迎来自提'],
    ],
  )
})

// exaggeration: a hedge between the verb of use and its result (吃了一般不会胖) is an estimate — the rewrite the promise
// rule offers for 吃了不会胖 must not be reported again as an efficacy claim.
describe('exaggeration: a hedged result after a verb of use is an estimate', () => {
  checkKinds(
    'exaggeration',
    [['这款低脂饼干吃了不会胖', undefined, '吃了不会胖', 'error']],
    [['这款低脂饼干吃了一般不会胖'], ['这款低脂饼干吃了正常情况下不会胖']],
  )
})
