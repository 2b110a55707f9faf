import { describe, expect, it } from 'vitest'
import { unified } from 'unified'
import { retext } from 'retext'
import { toString } from 'nlcst-to-string'
import { visit } from 'unist-util-visit'
import type { Node } from 'unist'
import type { Root } from 'nlcst'
import { createLinter, kefuLint, parseChinese, retextChinese, type ConfigInput } from '../src/index.js'
import { loadEnglishSpell } from '../src/node.js'

const spell = loadEnglishSpell()
const process = (text: string, config: ConfigInput = {}) => unified().use(retextChinese).use(kefuLint, { spell, ...config }).processSync(text)

describe('kefuLint preset on the Chinese parser', () => {
  const text = '亲，保证明天到！\n这款绝对不会掉色的'

  it('yields vfile messages with the kefu-lint fields', () => {
    const file = process(text)
    expect(file.messages.map((m) => ({ ruleId: m.ruleId, source: m.source, actual: m.actual, expected: m.expected, fatal: m.fatal, place: m.place }))).toEqual([
      {
        ruleId: 'absolute-promise',
        source: 'kefu-lint',
        actual: '保证',
        expected: ['争取', '尽量'],
        fatal: true,
        place: { start: { line: 1, column: 3, offset: 2 }, end: { line: 1, column: 5, offset: 4 } },
      },
      {
        ruleId: 'absolute-promise',
        source: 'kefu-lint',
        actual: '绝对',
        expected: ['一般', '正常情况下'],
        fatal: true,
        place: { start: { line: 2, column: 3, offset: 11 }, end: { line: 2, column: 5, offset: 13 } },
      },
    ])
    for (const m of file.messages) {
      expect(m.url).toBe('https://github.com/kefu-lint/kefu-lint/blob/main/rules/absolute-promise/README.md')
      expect(m.reason).toMatch(/^「(保证|绝对)」是绝对化承诺/)
    }
  })

  it('reports exactly what linter.lint reports for the same config', () => {
    const config: ConfigInput = { locale: 'en' }
    const messages = createLinter({ spell, ...config }).lint(text).messages
    const file = process(text, config)
    expect(file.messages.map((m) => [m.ruleId, m.reason, m.place, m.actual, m.expected, m.url])).toEqual(
      messages.map((m) => [
        m.ruleId,
        m.message,
        { start: { line: m.line, column: m.column, offset: m.start }, end: { line: m.endLine, column: m.endColumn, offset: m.end } },
        m.actual,
        m.expected,
        m.url,
      ]),
    )
  })

  it('maps severity to vfile fatal: error → true, warning → false, info → undefined', () => {
    const fatal = (level: 'error' | 'warning' | 'info') =>
      process('保证明天到', { rules: { 'absolute-promise': level } }).messages.map((m) => [m.ruleId, m.fatal])
    expect(fatal('error')).toEqual([['absolute-promise', true]])
    expect(fatal('warning')).toEqual([['absolute-promise', false]])
    expect(fatal('info')).toEqual([['absolute-promise', undefined]])
    expect(process('保证明天到', { rules: { 'absolute-promise': 'off' } }).messages).toEqual([])
  })

  it('leaves the document unchanged (lint-only pipeline)', () => {
    expect(String(process(text))).toBe(text)
    expect(String(process('好的亲 😊\n\n  谢谢！ 再见'))).toBe('好的亲 😊\n\n  谢谢！ 再见')
  })

  it('reports nothing for a clean reply', () => {
    expect(process('好的亲，已经帮您备注了😊').messages).toEqual([])
  })
})

describe('kefuLint preset on the Latin parser (retext)', () => {
  it('still lints the whole file text', () => {
    const file = retext().use(kefuLint, { spell }).processSync('Hi 亲，保证明天到 OK')
    expect(file.messages.map((m) => [m.ruleId, m.actual, m.place])).toEqual([
      ['absolute-promise', '保证', { start: { line: 1, column: 6, offset: 5 }, end: { line: 1, column: 8, offset: 7 } }],
    ])
  })
})

/** Every node with a position, and the text its offsets cover. */
function positioned(tree: Root, doc: string) {
  const out: { type: string; slice: string; text: string; node: Node }[] = []
  visit(tree, (node: Node) => {
    const p = node.position
    if (!p) return
    out.push({ type: node.type, slice: doc.slice(p.start.offset, p.end.offset), text: toString(node as never), node })
  })
  return out
}

function pointAt(doc: string, offset: number) {
  const before = doc.slice(0, offset).split('\n')
  return { line: before.length, column: before[before.length - 1]!.length + 1, offset }
}

const sentences = (tree: Root) => {
  const out: string[] = []
  visit(tree, 'SentenceNode', (node) => void out.push(toString(node)))
  return out
}

describe('parseChinese: NLCST with exact positions', () => {
  const docs = [
    '您好！这款保证不掉色。请问还有什么问题吗？\n好的',
    '亲，iPhone 15 Pro的壳子😊保證不褪色，Type-C接口👍🏻\n\n新段落：订单号 2024061512345678',
    '  前导空格 和 尾随空格  ',
    '１００％正品！ＹＹＤＳ～多行\r\n第二行\n\n\n第三段',
    'e\u0301\u200b👨‍👩‍👧 组合字符',
    '',
  ]

  it.each(docs)('every node of %j slices back to its own text, with consistent line/column', (doc) => {
    const tree = parseChinese(doc)
    expect(tree.position).toEqual({ start: pointAt(doc, 0), end: pointAt(doc, doc.length) })
    for (const { type, slice, text, node } of positioned(tree, doc)) {
      if (type !== 'RootNode' && type !== 'ParagraphNode' && type !== 'SentenceNode') expect(slice).toBe(text)
      expect(node.position!.start).toEqual(pointAt(doc, node.position!.start.offset!))
      expect(node.position!.end).toEqual(pointAt(doc, node.position!.end.offset!))
    }
  })

  it.each(docs)('the tree of %j reads back as the document (no text dropped)', (doc) => {
    const tree = parseChinese(doc)
    expect(toString(tree)).toBe(doc)
    for (const { type, slice, text } of positioned(tree, doc)) if (type !== 'RootNode') expect(slice).toBe(text)
  })

  it('ends sentences at 。！？ and at line breaks', () => {
    expect(sentences(parseChinese('您好！这款保证不掉色。请问还有什么问题吗？\n好的'))).toEqual([
      '您好！',
      '这款保证不掉色。',
      '请问还有什么问题吗？',
      '好的',
    ])
  })

  it('ends paragraphs at blank lines', () => {
    const tree = parseChinese('第一段。\n\n第二段！还有一句\n\n\n第三段')
    expect(tree.children.filter((p) => p.type === 'ParagraphNode').map((p) => [p.type, toString(p)])).toEqual([
      ['ParagraphNode', '第一段。'],
      ['ParagraphNode', '第二段！还有一句'],
      ['ParagraphNode', '第三段'],
    ])
  })

  it('keeps Latin words, numbers, emoji and Traditional characters as their own nodes', () => {
    const doc = '亲，iPhone 15 Pro的壳子😊保證不褪色'
    const nodes = positioned(parseChinese(doc), doc)
    const words = nodes.filter((n) => n.type === 'WordNode').map((n) => n.text)
    expect(words).toEqual(expect.arrayContaining(['iPhone', '15', 'Pro']))
    expect(words.join('')).toContain('保證')
    expect(nodes.filter((n) => n.type === 'SymbolNode').map((n) => n.text)).toContain('😊')
    expect(nodes.filter((n) => n.type === 'PunctuationNode').map((n) => n.text)).toContain('，')
    const emoji = nodes.find((n) => n.text === '😊')!.node.position!
    expect([emoji.start.offset, emoji.end.offset]).toEqual([doc.indexOf('😊'), doc.indexOf('😊') + 2])
  })
})
