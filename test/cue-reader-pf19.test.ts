import { describe, expect, it } from 'vitest'
import { CUE_READER, cueFrom, cueStartsWithin, cueTo, cuesWithin, firstCue, lastCue, type CueReader } from '../src/context/cues.js'
import { CueTable } from '../src/match/cue-table.js'
import { createLinter, defineRule } from '../src/index.js'
import type { LintContext } from '../src/types.js'

/**
 * The windowed cue look-ups read a linter's cue table in place (CUE_READER) instead of the list
 * ctx.cues(name) makes. They must answer exactly as the list walk does: the same spans in the same
 * order, the same choice between two spans starting or ending together, and the same edges (a span
 * ending at `from`, starting at `to`, reaching just past the window). No timings here.
 */
describe('cue look-ups through the table (CUE_READER) and through ctx.cues', () => {
  // Patterns 0..4; pattern p carries cue ids idList[idStart[p] .. idStart[p + 1]).
  const idStart = Int32Array.from([0, 2, 3, 3, 5, 6])
  const idList = Int32Array.from([0, 1, 1, 2, 2, 0])
  const names = ['a', 'b', 'c', 'd']

  /** (pattern, start, end) triples in order of end, as the automaton reports them; spans overlap, share starts and ends. */
  const matches = (count: number, seed: number) => {
    let x = seed
    const rand = (n: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0
      return (x >>> 8) % n
    }
    const found: number[] = []
    let end = 1
    for (let i = 0; i < count; i++) {
      end += rand(3)
      const length = 1 + rand(4)
      found.push(rand(5), Math.max(0, end - length), end)
    }
    return found
  }

  const contexts = (table: CueTable) => {
    const idOf = (name: string) => {
      const id = names.indexOf(name)
      if (id < 0) throw new Error(`unknown cue ${name}`)
      return id
    }
    const cues = (name: string) => table.spans(idOf(name))
    const base = { text: '', original: '', profile: 'marketplace', locale: 'zh', previous: undefined, previousHasCue: () => false, hasCue: () => false, cues }
    const reader: CueReader = { table: () => table, idOf }
    const plain = base as unknown as LintContext
    const read = { ...base, [CUE_READER]: reader } as unknown as LintContext
    return { plain, read }
  }

  for (const count of [0, 3, 40, 64, 65, 400]) {
    it(`gives the same answers on ${count} matches (placed as asked and all at once)`, () => {
      const table = new CueTable(4)
      for (const seed of [1, 7, 42]) {
        const found = matches(count, seed)
        table.fill(Int32Array.from(found), found.length, idStart, idList)
        const { plain, read } = contexts(table)
        const last = found.length ? found[found.length - 1]! : 0
        // Windows on and around every offset, some empty, some past the text.
        for (let from = -1; from <= last + 2; from++) {
          for (const width of [0, 1, 2, 3, 5, 9, 40]) {
            const to = from + width
            for (const name of names) {
              expect(cuesWithin(read, name, from, to)).toEqual(cuesWithin(plain, name, from, to))
              expect(firstCue(read, name, from, to)).toEqual(firstCue(plain, name, from, to))
              expect(lastCue(read, name, from, to)).toEqual(lastCue(plain, name, from, to))
              expect(cueStartsWithin(read, name, from, to)).toBe(cueStartsWithin(plain, name, from, to))
            }
          }
          for (const name of names) {
            expect(cueFrom(read, name, from)).toBe(cueFrom(plain, name, from))
            expect(cueTo(read, name, from)).toBe(cueTo(plain, name, from))
          }
        }
      }
    })
  }

  it('fails on an unknown cue name as ctx.cues does', () => {
    const table = new CueTable(4)
    table.fill(new Int32Array(0), 0, idStart, idList)
    const { plain, read } = contexts(table)
    expect(() => cuesWithin(plain, 'nope', 0, 5)).toThrow(/unknown cue nope/)
    expect(() => cuesWithin(read, 'nope', 0, 5)).toThrow(/unknown cue nope/)
    expect(() => firstCue(read, 'nope', 0, 5)).toThrow(/unknown cue nope/)
  })

  it("a linter's contexts carry the reader; a rule reading its cues gets the same answers without it", () => {
    // A plugin rule whose finding depends on windowed cue look-ups: its phrase is reported only
    // when a cue ends right where the phrase starts (the window's edge).
    const seen: boolean[] = []
    const rule = defineRule({
      meta: { id: 'shop/cue-edge', category: 'custom', description: { zh: '测试', en: 'Test' }, defaultSeverity: 'warning', fixable: false },
      lexicon: { cues: { near: ['您', '亲'] }, entries: [{ phrases: ['保证'] }] },
      create: () => ({
        cueNames: ['near'],
        judge(f, ctx) {
          const hit = lastCue(ctx, 'near', f.start - 1, f.start)
          const all = cuesWithin(ctx, 'near', 0, f.start)
          seen.push(CUE_READER in ctx)
          const plain = { ...ctx, [CUE_READER]: undefined } as unknown as LintContext
          expect(lastCue(plain, 'near', f.start - 1, f.start)).toEqual(hit)
          expect(cuesWithin(plain, 'near', 0, f.start)).toEqual(all)
          expect(cueTo(plain, 'near', f.start)).toBe(cueTo(ctx, 'near', f.start))
          return hit ? f : null
        },
      }),
    })
    const linter = createLinter(undefined, { plugins: [rule] })
    const flagged = linter.lint('亲您保证明天到，您 保证，保证').messages.filter((m) => m.ruleId === 'shop/cue-edge')
    expect(flagged.map((m) => [m.column, m.endColumn])).toEqual([[3, 5]])
    expect(seen).toEqual([true, true, true])
  })
})
