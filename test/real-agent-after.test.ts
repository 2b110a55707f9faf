import { describe, expect, it } from 'vitest'
// @ts-expect-error plain ESM script without types
import { agentAfterOf } from '../scripts/real/score.mjs'

/** Session 28 (tt28): what the agent sends after each reply of a real corpus in its turn, from corpus order. */
describe('scripts/real/score.mjs agentAfterOf', () => {
  it('chains replies with consecutive turn indexes answering the same customer message', () => {
    const replies = [
      { id: 'd1:1', text: '抱歉', previous: '能换色吗' },
      { id: 'd1:2', text: '颜色是随机的', previous: '能换色吗' },
      { id: 'd1:3', text: '改不了哦', previous: '能换色吗' },
      { id: 'd1:5', text: '好的', previous: '那算了' },
      { id: 'd2:6', text: '在的', previous: '在吗' },
    ]
    expect([...agentAfterOf(replies)]).toEqual([
      ['d1:2', '改不了哦'],
      ['d1:1', '颜色是随机的\n改不了哦'],
    ])
  })

  it('reads records that carry their own agentBefore (cut messages included) for the rest of the turn', () => {
    const cut = '这边给您看了一下物流信息显示包裹已经到达您所在城市的站点了正在派送'
    const replies = [
      { id: 'csds-tods-val-d0-t1', text: '好的', previous: '快递到哪了' },
      { id: 'csds-tods-val-d0-t3', text: '请您耐心等待', previous: '快递到哪了', agentBefore: `好的\n${cut}` },
      { id: 'csds-tods-val-d0-t5', text: '您好', previous: '在吗' },
      { id: 'csds-tods-val-d1-t1', text: '您好', previous: '在吗', agentBefore: '您好' },
    ]
    expect([...agentAfterOf(replies)]).toEqual([['csds-tods-val-d0-t1', `${cut}\n请您耐心等待`]])
  })
})
