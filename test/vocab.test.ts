import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ConfigError, createLinter } from '../src/index.js'
import { parseLexicon } from '../src/lexicon/schema.js'
import { extendVocab, parseVocab, vocab } from '../src/vocab/index.js'

const lexicon = (entry: Record<string, unknown>) => ({ rule: 'x', message: { zh: '{actual}', en: '{actual}' }, entries: [entry] })

describe('shared word classes', () => {
  it('expands @class references in phrases, exceptions and constructions', () => {
    const lex = parseLexicon(lexicon({ phrases: ['@certain.negative'], construction: { next: { words: ['@outcome.colour'] } } }), 'test')
    // The class's words first, then their generated variants (Cantonese 唔/冇…, README "Regular variation").
    const words = [...vocab.get('certain.negative')!]
    expect(lex.entries[0]!.phrases.slice(0, words.length)).toEqual(words)
    const plain = parseLexicon(lexicon({ phrases: ['@certain.negative'], variation: { dialect: false } }), 'test')
    expect(plain.entries[0]!.phrases).toEqual(words)
    expect(lex.entries[0]!.construction!.next!.words).toEqual([...vocab.get('outcome.colour')!])
  })

  it('names the place of an unknown class when a lexicon loads', () => {
    expect(() => parseLexicon(lexicon({ phrases: ['不会'], construction: { next: { words: ['@outcome.colours'] } } }), 'rules/x/lexicon.yaml')).toThrow(
      /^Invalid lexicon rules\/x\/lexicon.yaml:\nlexicon.entries.0.construction.next.words.0: unknown word class "outcome.colours"; known classes: outcome.arrival, /,
    )
  })

  it('rejects an unknown key in a construction', () => {
    expect(() => parseLexicon(lexicon({ phrases: ['不会'], construction: { nxt: { words: ['掉色'] } } }), 'test')).toThrow(/unknown key "nxt"/)
  })

  it('lets a class name other classes, and refuses a cycle or an unknown member', () => {
    const classes = parseVocab({ classes: { a: { description: 'a', words: ['甲', '@b'] }, b: { description: 'b', words: ['乙'] } } }, 'v.yaml')
    expect(classes.get('a')).toEqual(['甲', '乙'])
    expect(() => parseVocab({ classes: { a: { description: 'a', words: ['@b'] }, b: { description: 'b', words: ['@a'] } } }, 'v.yaml')).toThrow(
      'Invalid word classes:\nv.yaml: classes.a: refers to itself through a → b → a',
    )
    expect(() => parseVocab({ classes: { a: { description: 'a', words: ['@c'] } } }, 'v.yaml')).toThrow('v.yaml: classes.a.words.0: unknown word class "c"')
    expect(() => parseVocab({ classes: { Bad: { description: 'x', words: ['甲'] } } }, 'v.yaml')).toThrow(/class names are lower-case words/)
  })

  it('composes a class as the product of its parts, in order, with optional parts and class members', () => {
    const classes = parseVocab(
      {
        classes: {
          name: { description: 'n', words: ['京东', '淘宝'] },
          there: { description: 't', compose: [['@name'], ['', '上', '那边']] },
          both: { description: 'b', words: ['别家'], compose: [['比'], ['@name', '隔壁'], ['差', '慢']] },
        },
      },
      'v.yaml',
    )
    expect(classes.get('there')).toEqual(['京东', '京东上', '京东那边', '淘宝', '淘宝上', '淘宝那边'])
    expect(classes.get('both')).toEqual(['别家', '比京东差', '比京东慢', '比淘宝差', '比淘宝慢', '比隔壁差', '比隔壁慢'])
  })

  it('refuses a composed class with an unknown part, a single part, no words at all, or a runaway product', () => {
    expect(() => parseVocab({ classes: { a: { description: 'a', compose: [['@nope'], ['上']] } } }, 'v.yaml')).toThrow('v.yaml: classes.a.compose.0.0: unknown word class "nope"')
    expect(() => parseVocab({ classes: { a: { description: 'a', compose: [['甲']] } } }, 'v.yaml')).toThrow(/classes\.a\.compose/)
    expect(() => parseVocab({ classes: { a: { description: 'a' } } }, 'v.yaml')).toThrow('a class needs words, compose, or both')
    const many = Array.from({ length: 200 }, (_, i) => `w${i}`)
    expect(() => parseVocab({ classes: { a: { description: 'a', compose: [many, many, ['x']] } } }, 'v.yaml')).toThrow(
      'v.yaml: classes.a.compose: generates more than 20000 words; split it into smaller classes',
    )
  })

  it('gives a word added to a part (config `classes`) to every combination', () => {
    const { classes } = extendVocab({ 'competitor.platform.name': ['样样网'] })
    expect(classes.get('competitor.platform.there')).toContain('样样网那边')
    expect(vocab.get('competitor.platform.there')).not.toContain('样样网那边')
  })

  it('outcome.bad takes the words of its member classes', () => {
    for (const w of vocab.get('outcome.colour')!) expect(vocab.get('outcome.bad')).toContain(w)
  })
})

describe('config: words added to a class', () => {
  it('reach every construction that names the class (and the unions that include it)', () => {
    const text = '这双鞋穿一年也不会脱胶'
    expect(createLinter({}).lint(text).messages).toEqual([])
    const linter = createLinter({ classes: { 'outcome.damage': ['脱胶'] } })
    expect(linter.lint(text).messages.map((m) => [m.ruleId, m.actual, m.severity])).toEqual([['absolute-promise', '不会脱胶', 'error']])
    // The built-in linter is not changed by another linter's classes.
    expect(createLinter({}).lint(text).messages).toEqual([])
  })

  it('refuses an unknown class with the classes that exist', () => {
    expect(() => createLinter({ classes: { 'outcome.damages': ['脱胶'] } })).toThrow(ConfigError)
    expect(() => createLinter({ classes: { 'outcome.damages': ['脱胶'] } })).toThrow(/config.classes.outcome.damages: unknown word class \(got "outcome.damages"\); expected one of outcome.arrival, /)
  })
})

describe('README: extending a word class and a construction', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const block = (marker: string) => {
    const at = readme.indexOf(marker)
    expect(at).toBeGreaterThan(-1)
    const start = readme.indexOf('\n', readme.indexOf('```', at)) + 1
    return readme.slice(start, readme.indexOf('```', start))
  }
  it('runs the config example as written', async () => {
    const { parse } = await import('yaml')
    const config = parse(block('<!-- example: classes -->'))
    const linter = createLinter(config)
    expect(linter.lint('这双鞋穿一年也不会脱胶').messages.map((m) => m.actual)).toEqual(['不会脱胶'])
    expect(linter.lint('正常穿一般不会脱胶').messages).toEqual([])
  })
  it('runs the construction example as written', async () => {
    const { parse } = await import('yaml')
    const entry = parse(block('<!-- example: construction -->'))
    const lex = parseLexicon({ rule: 'absolute-promise', message: { zh: '{actual}', en: '{actual}' }, entries: entry }, 'README')
    expect(lex.entries[0]!.construction!.next!.words).toContain('过敏')
  })
})
