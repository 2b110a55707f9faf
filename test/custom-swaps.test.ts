import { describe, expect, it } from 'vitest'
import { ConfigError, createLinter } from '../src/index.js'

/** Custom swaps that --fix could never settle are refused when the config loads (issue 13.8). */
const swapRule = (swap: Record<string, string | string[]>, exceptions: string[] = []) => ({
  custom: [{ id: 'shop/swap', kind: 'substitution' as const, swap, exceptions, fixable: true }],
})

const refusal = (config: ReturnType<typeof swapRule>) => {
  try {
    createLinter(config)
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    return (e as Error).message
  }
  throw new Error('expected a ConfigError')
}

describe('custom swaps that never settle', () => {
  it('a replacement containing its own phrase is refused ({哦: 哦哦} grew the file 8× per run)', () => {
    expect(refusal(swapRule({ 哦: '哦哦' }))).toBe(
      'Invalid kefu-lint config:\nconfig.custom.0.swap.哦: the replacement "哦哦" contains "哦" again, so a fix would never settle',
    )
  })

  it('swaps that lead back to themselves are refused ({你: 您, 您: 你} flipped forever)', () => {
    expect(refusal(swapRule({ 你: '您', 您: '你' }))).toBe('Invalid kefu-lint config:\nconfig.custom.0.swap: "你" → "您" → "你" is a cycle, so a fix would never settle')
    expect(refusal(swapRule({ 酱紫: '这样', 这样: '那样子', 样子: '酱紫' }))).toBe(
      'Invalid kefu-lint config:\nconfig.custom.0.swap: "酱紫" → "这样" → "样子" → "酱紫" is a cycle, so a fix would never settle',
    )
  })

  it('swaps that settle are accepted: chains, and a replacement its exception covers', () => {
    const chain = createLinter(swapRule({ 酱紫: '这样', 木有: '没有' }))
    expect(chain.fix('酱紫木有问题').output).toBe('这样没有问题')
    const covered = createLinter(swapRule({ 你: '您' }, ['你们']))
    expect(covered.fix('你们好，你好').output).toBe('你们好，您好')
    const exempt = createLinter(swapRule({ 亲: '亲爱的' }, ['亲爱的']))
    expect(exempt.fix('亲，在的').output).toBe('亲爱的，在的')
    expect(exempt.fix(exempt.fix('亲，在的').output).output).toBe('亲爱的，在的')
  })
})
