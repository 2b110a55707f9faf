import { describe, expect, it } from 'vitest'
import { FindingPacker, unpack } from '../src/cli/transfer.js'
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
})
