import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 25, lane cb25: curt-reply and blame-customer read from the shop QA teams' own 服务禁语 inventories
 * (否定语, 推卸语, 烦躁语, 斗气语, 鄙视语; JD's 消极服务) as composed classes in src/vocab/classes.yaml
 * (`# --- cb25 ---`). The sentences are ours, in several word orders and both scripts; the words reach them only
 * through the classes. Traps: a shrug followed by the agent's offer, a 到底 question about the goods, options offered
 * after "what do you want", policy on returns, a closing followed by the next step, apologies for "so many problems",
 * the agent's own check with the maker, a denial that checks, advice before a purchase, the shop owning its fault.
 */
describe('curt-reply: the QA lists\' 否定语, 推卸语, 烦躁语 and 斗气语 in any wording', () => {
  checkKinds(
    'curt-reply',
    [
      // 否定语: never heard of it, as the whole answer (class ignorance.unheard).
      ['这种型号从来没听说过', undefined, '从来没听说过', 'warning'],
      ['沒聽過耶', undefined, '沒聽過', 'warning'],
      // 斗气语: 到底 demands, the problem thrown back, helplessness and disowning asked back.
      ['你到底想让我怎么办', undefined, '到底想让我怎么办', 'warning'],
      ['您究竟要怎么样嘛', undefined, '究竟要怎么样', 'warning'],
      ['那你说咋办好了', undefined, '那你说咋办好了', 'warning'],
      ['那我又能怎么办', undefined, '那我又能怎么办', 'warning'],
      ['这也能怪我啊', undefined, '这也能怪我啊', 'warning'],
      // Dismissal: the buyer named between the objection and the return (class leave.it.return).
      ['嫌麻烦您直接退了吧', undefined, '嫌麻烦您直接退了', 'warning'],
      ['不喜欢你就退货', undefined, '不喜欢你就退货', 'warning'],
      // Ending the talk bare (class talk.end.bare).
      ['先这样吧', undefined, '先这样吧', 'warning'],
      ['不多说了', undefined, '不多说了', 'warning'],
      // 消极服务: a bare "say it" or a read receipt as the whole reply (class reply.bare.token).
      ['讲。', '在吗，问个事', '讲', 'warning'],
      ['已阅', '我的包裹到哪了', '已阅', 'warning'],
      // 烦躁语 and 鄙视语: too many questions, hurry up, you would not understand, that's my attitude.
      ['你这问题怎么那么多', undefined, '你这问题怎么那么多', 'warning'],
      ['有啥事快说', undefined, '有啥事快说', 'warning'],
      ['跟您说了您也理解不了的', undefined, '跟您说了您也理解不了的', 'warning'],
      ['我就这态度', undefined, '我就这态度', 'warning'],
      // 斗气语: the buyer dared to complain (class dare.complain).
      ['有本事你去告', undefined, '有本事你去告', 'warning'],
      ['你想怎么投诉就怎么投诉', undefined, '你想怎么投诉就怎么投诉', 'warning'],
      // 推卸语: the agent's own scope, and the buyer told they must ask a party (要 + party closing the clause).
      ['这超出我的权限了', undefined, '超出我的权限', 'warning'],
      ['这个要问顺丰', undefined, '要问顺丰', 'warning'],
      ['你要问厂家', undefined, '你要问厂家', 'warning'],
      ['你打电话问快递', undefined, '你打电话问快递', 'warning'],
      // 推卸语: the buyer told to search the web (class search.self).
      ['这种参数您自己上网查一下', undefined, '您自己上网查一下', 'warning'],
      ['你百度下就有', undefined, '你百度下', 'warning'],
      // 否定语 to a complaint: the report denied flat at the start (class deny.flat).
      ['根本不可能', '颜色发错了', '根本不可能', 'warning'],
      ['没这回事，我们都称过重的', '少了一个配件', '没这回事', 'warning'],
    ],
    [
      // A shrug about what the buyer may not know, with the agent offering to explain.
      ['没听说过的话，我给您介绍一下这个牌子'],
      ['不清楚的话，我给您介绍一下'],
      // 到底 asking about the goods; options offered after "what do you want".
      ['您到底想要哪个尺码呢？我帮您看看'],
      ['那您说怎么办吧，我们都听您的，补发或者退款都行'],
      ['我能怎么帮您呢'],
      // Return policy stated, not the buyer pushed out.
      ['不满意可以七天无理由退货的'],
      ['不喜欢的话可以退，运费险会赔'],
      // A closing with the next step; an invitation to speak; an apology for the trouble; the agent's own unclear words.
      ['先这样，我明天上午给您回电话'],
      ['有问题直接说哦，我都在'],
      ['亲，您说', '在吗，问个事'],
      ['说明书在盒子最底下'],
      ['给您带来这么多问题，真的很抱歉'],
      ['我说的可能不够清楚，我再解释一下'],
      // Policy with a path; the agent's own check with the maker; a party named in a condition; the buyer spared the errand.
      ['如果对处理结果不满意，您也可以找平台介入'],
      ['我们需要找厂家确认一下，明天回复您'],
      ['保固要找原厂的话，我把电话给您'],
      ['不要找快递，我们来处理'],
      // The agent searching; a search pointed at the shop's own account is off-platform's business, not a shrug.
      ['我帮您百度一下'],
      ['您可以百度一下型号，我也帮您问问厂家'],
      ['您搜一下我们店名就能找到这款'],
      // A denial that checks; an answer to a yes/no question; a policy about delivery.
      ['不可能吧？麻烦您拍张照片我核实一下', '颜色发错了'],
      ['不可能是化纤的，我们是纯棉的', '这是纯棉的吗'],
      ['不可能当天就到的哦'],
      // The shop owning its fault.
      ['是我们发错了，马上给您补发', '颜色发错了'],
    ],
  )
})

describe('blame-customer: lectures after the fact, 你不会…吗, 鄙视语 and the shop disowning, asked back', () => {
  checkKinds(
    'blame-customer',
    [
      // What should have been done before buying or signing, said after the trouble (class lecture.before.act × care.before.act).
      ['收货时要当面检查', '收到的是坏的', '收货时要当面检查', 'warning'],
      ['买之前就该看仔细', '尺码小了', '买之前就该看仔细', 'warning'],
      ['下單前要先確認好地址', '地址錯了寄到別處了', '下單前要先確認', 'warning'],
      // "Can't you look it up yourself?" (class retort.cannot.look).
      ['你不会看一下详情吗', undefined, '你不会看一下详情吗', 'error'],
      ['你就不能自己查查物流吗', undefined, '你就不能自己查查物流吗', 'error'],
      // …with nobody named, after the moment of buying (class frame.before.buy × retort.cannot.first).
      ['拍之前就不能先量一下吗', '太大了', '拍之前就不能先量一下吗', 'error'],
      // Even the simplest beyond the buyer (class mock.even.this).
      ['这么简单的操作也不会用吗', undefined, '这么简单的操作也不会用', 'error'],
      ['连开关都不会开吗', undefined, '连开关都不会开', 'error'],
      // s38 (bl38): the mocking question is reported with its 吗 (class mock.know.not), the retort whole.
      ['这个常识都不知道吗', undefined, '这个常识都不知道吗', 'error'],
      // The shop disowning, asked back (class disown.asked.shop).
      ['这能怪我们吗', undefined, '这能怪我们吗', 'error'],
      ['这个也怪我们家吗', undefined, '这个也怪我们家吗', 'error'],
    ],
    [
      // Advice before a purchase is a tip, not a lecture.
      ['下单前要先确认好地址哦'],
      ['购买前需要量一下尺寸，我们有尺码表'],
      ['下单前要先问一下库存哦', '这款有现货吗'],
      // After a complaint, the lecture owned and followed by help.
      ['买之前要看清楚尺码表的，这次是我们没提醒到，我帮您换大一码', '尺码小了'],
      // 不会 as "will not", an offer to teach, 连 with good news, reassurance.
      ['您不会看错的，就是这款'],
      ['您不会查物流的话我教您'],
      ['连运费都不用出'],
      ['这么简单的操作也不会出错的，放心'],
      ['下单前不会先扣款的，放心'],
      ['系统不会先查一下吗？我帮您看看'],
      // The shop owning the fault.
      ['这不怪您，是我们发错了'],
      ['这个不能怪您'],
      // A neutral diagnostic question answering a complaint: it asks whether the right procedure was followed and names no misuse.
      ['请问您是按说明书安装的吗？', '机器不转了'],
    ],
  )
})
