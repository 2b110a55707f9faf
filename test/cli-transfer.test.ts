import { describe, expect, it } from 'vitest'
import { FindingPacker, unpack, unpackTo } from '../src/cli/transfer.js'
import type { CliMessage, RecordInfo } from '../src/cli/types.js'

/**
 * A range's findings come back from a worker as packed text, or as the objects themselves when
 * the main thread linted the range: either way they are placed in the file by the same shift
 * (lines by the range's first line, record indexes by the turns before it) and read the same.
 */
function findings(): CliMessage[] {
  const a = { index: 0, text: '亲，明天肯定到' } as RecordInfo
  const b = { index: 3, text: '100%正品' } as RecordInfo
  const at = (record: RecordInfo, line: number, column: number, ruleId: string): CliMessage =>
    ({ ruleId, severity: 'warning', message: 'm', start: column - 1, end: column, line, column, endLine: line, endColumn: column + 1, record }) as CliMessage
  // A reply with two findings shares one record: its index must move once, not twice.
  return [at(a, 1, 3, 'absolute-promise'), at(a, 1, 5, 'absolute-promise'), at(b, 4, 1, 'exaggeration')]
}

describe('FindingPacker and unpack', () => {
  it('text and objects give the same findings, shifted by the range start', () => {
    const text = new FindingPacker(true)
    const objects = new FindingPacker(false)
    text.add(findings())
    objects.add(findings())
    const fromText = unpack(text.pack(), 100, 40)
    const fromObjects = unpack(objects.pack(), 100, 40)
    expect(JSON.stringify(fromObjects)).toBe(JSON.stringify(fromText))
    expect(fromObjects.map((f) => [f.line, f.endLine, f.record.index])).toEqual([
      [101, 101, 40],
      [101, 101, 40],
      [104, 104, 43],
    ])
    expect(fromObjects[0]!.record).toBe(fromObjects[1]!.record)
  })

  it('nothing found: nothing to unpack, either way', () => {
    expect(unpack(new FindingPacker(true).pack(), 5, 5)).toEqual([])
    expect(unpack(new FindingPacker(false).pack(), 5, 5)).toEqual([])
  })

  it('a held place is filled in file order, packed as text or kept as objects', () => {
    // A range's pending reply holds its place; its findings are known only when the range is settled.
    const [a1, a2, b] = findings()
    for (const asText of [true, false]) {
      const packer = new FindingPacker(asText)
      packer.hold(7)
      packer.add([b!])
      packer.hold(8)
      const filled: number[] = []
      const packed = packer.pack((index) => {
        filled.push(index)
        return index === 7 ? [a1!, a2!] : []
      })
      expect(filled).toEqual([7, 8])
      expect(unpack(packed, 10, 0).map((f) => [f.ruleId, f.line, f.column])).toEqual([
        ['absolute-promise', 11, 3],
        ['absolute-promise', 11, 5],
        ['exaggeration', 14, 1],
      ])
    }
  })

  it('reports a batch at a time and lets the output go between batches', async () => {
    const packer = new FindingPacker(true)
    // 65 replies: more than one batch of 64 groups.
    for (let i = 0; i < 65; i++) packer.add([{ ...findings()[2]!, record: { index: i, text: 'x' } as RecordInfo }])
    const events: string[] = []
    await unpackTo(packer.pack(), (ms) => events.push(`emit ${ms.length}`), 0, 0, async () => {
      events.push('ready')
    })
    expect(events).toEqual(['emit 64', 'ready', 'emit 1', 'ready'])
  })
})

