import { describe, expect, it } from 'vitest'
import { HEAP_GROWING_PERCENT, setHeapGrowing } from '../src/cli/heap.js'

/** When the CLI sets V8's heap growing factor for itself (src/cli/heap.ts). */
describe('heap growing factor', () => {
  const argv = (...rest: string[]) => ['node', 'cli.js', ...rest]

  it('a lint run sets it; the servers keep V8 own', () => {
    expect(setHeapGrowing(argv('--format', 'json', 'chat.jsonl'), {}, [])).toBe(HEAP_GROWING_PERCENT)
    expect(setHeapGrowing(argv('serve', '--port', '0'), {}, [])).toBeUndefined()
    expect(setHeapGrowing(argv('mcp'), {}, [])).toBeUndefined()
  })

  it('what the user gave node wins, on its command line or in NODE_OPTIONS', () => {
    expect(setHeapGrowing(argv('chat.jsonl'), {}, ['--heap-growing-percent=80'])).toBeUndefined()
    expect(setHeapGrowing(argv('chat.jsonl'), { NODE_OPTIONS: '--heap_growing_percent=20' }, [])).toBeUndefined()
  })

  it('KEFU_LINT_HEAP_GROWING_PERCENT sets another value; 0 leaves V8 its own', () => {
    expect(setHeapGrowing(argv('chat.jsonl'), { KEFU_LINT_HEAP_GROWING_PERCENT: '30' }, [])).toBe(30)
    expect(setHeapGrowing(argv('chat.jsonl'), { KEFU_LINT_HEAP_GROWING_PERCENT: '0' }, [])).toBeUndefined()
    expect(setHeapGrowing(argv('chat.jsonl'), { KEFU_LINT_HEAP_GROWING_PERCENT: 'lots' }, [])).toBe(HEAP_GROWING_PERCENT)
  })
})
