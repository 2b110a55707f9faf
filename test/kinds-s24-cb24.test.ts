import { describe } from 'vitest'
import { checkKinds } from './support/harness.js'

/**
 * Session 24, lane cb24 (issue 8). The sentences are ours; the words reach them through the shared classes
 * (src/vocab/classes.yaml, `# --- cb24 ---`).
 */
describe('curt-reply: the buyer sent to a party named before, by a pronoun (party.pronoun × party.answerable)', () => {
  checkKinds(
    'curt-reply',
    [
      ['那是主播直播时答应的，不归我们，你找他', undefined, '你找他', 'warning'],
      ['安装师傅是外包的，您自己联系他', undefined, '您自己联系他', 'warning'],
      ['快遞員自己送錯的，你去問他', undefined, '你去問他', 'warning'],
      ['厂家那边定的价，你去找他们', undefined, '你去找他们', 'warning'],
      // The trouble as a condition closed by 了, then the bare imperative (坏了找物流).
      ['碎了找快递，我们出库是好的', undefined, '找快递', 'warning'],
      ['少了问仓库', undefined, '问仓库', 'warning'],
    ],
    [
      // The agent asks; the buyer asked whether they did; help offered; a person, not a party.
      ['师傅那边我去问他，今天给您答复'],
      ['主播说的话您问他了吗？'],
      ['安装师傅的电话发您了，有问题您找他就行，他会帮您处理'],
      ['快递送到隔壁阿姨家了，她在家，您去找她拿一下'],
      ['上次买的那位顾客说效果不错，您可以问问她'],
      ['这款其他颜色也有，我找他们要一下实拍图'],
      // 了 after an adverb or the agent's own asking is no named trouble.
      ['刚问了快递，说明天到'],
      ['已经找了厂家，在安排换货'],
      ['坏了找物流不如找我们，我们直接给您补发'],
    ],
  )
})
