import { beforeAll, describe, expect, it } from 'vitest'
import { at, buildOnce, lintJson } from './cli-support.js'

/**
 * Bad input: reported with file and line in that file's `errors`; the rest of the file and the
 * other files are still linted; exit code 2.
 */
beforeAll(buildOnce, 180_000)

const only = ['--rules', 'absolute-promise']

describe('bad input', () => {
  it('undecodable bytes on one line of a UTF-8 file: that line is reported, the others linted', () => {
    const { code, results } = lintJson([...only, 'fixtures/cli/bad/bad-bytes.txt'])
    expect(code).toBe(2)
    expect(results[0]!.errors).toEqual([
      { message: 'undecodable bytes: not valid UTF-8 (shown as U+FFFD; use --encoding if the file is in another encoding)', line: 2 },
    ])
    expect(results[0]!.messages.map(at)).toEqual(['1:3-1:5 warning absolute-promise 肯定', '3:3-3:5 info absolute-promise 绝对'])
  })

  it('malformed CSV rows: each reported at its line, parsing resumes on the next line', () => {
    const { code, results } = lintJson([...only, 'fixtures/cli/bad/broken.csv'])
    expect(code).toBe(2)
    expect(results[0]!.errors).toEqual([
      { message: 'malformed CSV row: text after the closing quote of a quoted field', line: 3 },
      { message: 'malformed CSV row: Quote Not Closed: the parsing is finished with an opening quote', line: 5 },
    ])
    // Row a3 after the broken a2 is still linted, as the spreadsheet's row 4 (the broken row counts).
    expect(results[0]!.messages.map((m) => [at(m), m.record.code, m.record.row])).toEqual([['4:6-4:8 warning absolute-promise 肯定', 'a3', 4]])
  })

  it('malformed JSON lines: each reported, the other lines linted', () => {
    const { code, results } = lintJson([...only, 'fixtures/cli/bad/broken.jsonl'])
    expect(code).toBe(2)
    expect(results[0]!.errors).toEqual([
      { message: "invalid JSON line: Unexpected token 'b'", line: 2 },
      { message: 'invalid JSON line: expected an object', line: 3 },
    ])
    expect(results[0]!.messages.map(at)).toEqual(['1:27-1:29 info absolute-promise 肯定', '4:25-4:27 error absolute-promise 保证'])
  })

  it('a JSON file that is not JSON: reported at the line where parsing stopped', () => {
    const { code, results } = lintJson([...only, 'fixtures/cli/bad/broken.json'])
    expect(code).toBe(2)
    expect(results[0]!.errors).toEqual([{ message: "invalid JSON: Unexpected token ']'", line: 4 }])
    expect(results[0]!.replies).toBe(0)
  })

  it('YAML syntax errors are reported with their line', () => {
    const { code, results } = lintJson([...only, '--stdin-filename', 'lib.yaml', '-'], { input: '售前:\n  - 亲，在的\n  - "没有闭合\n售后: [a\n' })
    expect(code).toBe(2)
    expect(results[0]!.errors.length).toBeGreaterThan(0)
    expect(results[0]!.errors[0]!.message).toMatch(/^invalid YAML: /)
    expect(results[0]!.errors[0]!.line).toBeGreaterThanOrEqual(3)
  })

  it('one broken file does not stop the others', () => {
    const { code, results } = lintJson([...only, 'fixtures/cli/bad', 'fixtures/cli/missing.jsonl', 'fixtures/cli/formats/replies.txt'])
    expect(code).toBe(2)
    expect(results.map((r) => [r.file, r.errors.length > 0, r.messages.length])).toEqual([
      ['fixtures/cli/bad/bad-bytes.txt', true, 2],
      ['fixtures/cli/bad/broken.csv', true, 1],
      ['fixtures/cli/bad/broken.json', true, 0],
      ['fixtures/cli/bad/broken.jsonl', true, 2],
      ['fixtures/cli/formats/replies.txt', false, 3],
      ['fixtures/cli/missing.jsonl', true, 0],
    ])
  })
})
