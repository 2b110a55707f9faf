import { parentPort } from 'node:worker_threads'
import { ConfigResolver } from './config.js'
import type { BatchRequest, BatchResponse } from './pool.js'
import type { LintMessage } from '../types.js'

/** The worker side of LintPool: builds one linter per config (as the main thread did) and lints. */
export function runWorker(): void {
  const resolvers = new Map<string, ConfigResolver>()
  parentPort!.on('message', async (req: BatchRequest) => {
    try {
      const key = JSON.stringify([req.configFile, req.overrides])
      let resolver = resolvers.get(key)
      if (!resolver) {
        resolver = new ConfigResolver(req.configFile, req.overrides)
        resolvers.set(key, resolver)
      }
      const config = await resolver.fromFile(req.configFile)
      const linter = resolver.linterFor(config)
      const results: [number, LintMessage[]][] = []
      for (let i = 0; i < req.texts.length; i++) {
        const previous = req.previous[i]
        const { messages } = linter.lint(req.texts[i]!, previous === undefined ? undefined : { previous })
        if (messages.length) results.push([i, messages])
      }
      parentPort!.postMessage({ id: req.id, results } satisfies BatchResponse)
    } catch (e) {
      parentPort!.postMessage({ id: req.id, error: (e as Error).message } satisfies BatchResponse)
    }
  })
}
