import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { LintMessage } from '../node.js'

/** The server's Prometheus metrics, in a registry of its own (never the global one). */
export function createMetrics(cacheSize: () => number) {
  const registry = new Registry()
  // Process memory, CPU, event-loop lag: what a soak test and an operator watch.
  collectDefaultMetrics({ register: registry, prefix: 'kefu_lint_' })
  const requests = new Counter({
    name: 'kefu_lint_http_requests_total',
    help: 'HTTP requests answered, by route and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  })
  const duration = new Histogram({
    name: 'kefu_lint_http_request_duration_seconds',
    help: 'Time from a request arriving to its reply being sent',
    labelNames: ['route'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  })
  const replies = new Counter({
    name: 'kefu_lint_replies_total',
    help: 'Replies linted or fixed',
    labelNames: ['route'] as const,
    registers: [registry],
  })
  const findings = new Counter({
    name: 'kefu_lint_findings_total',
    help: 'Findings reported, by rule and severity',
    labelNames: ['rule', 'severity'] as const,
    registers: [registry],
  })
  new Gauge({
    name: 'kefu_lint_request_linters',
    help: 'Linters compiled for per-request configs and kept in the cache',
    registers: [registry],
    collect() {
      this.set(cacheSize())
    },
  })
  return {
    registry,
    observe(method: string, route: string, status: number, seconds: number) {
      requests.inc({ method, route, status: String(status) })
      duration.observe({ route }, seconds)
    },
    linted(route: string, messageLists: readonly (readonly LintMessage[])[]) {
      replies.inc({ route }, messageLists.length)
      for (const list of messageLists) for (const m of list) findings.inc({ rule: m.ruleId, severity: m.severity })
    },
  }
}

export type Metrics = ReturnType<typeof createMetrics>
