/** Escaping and number formatting shared by the HTML report's sections. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for element content AND double- or single-quoted attribute values. */
export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!)
}

/** 12345 → "12,345"; locale-independent so the same input always gives the same bytes. */
export function int(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** One decimal, trailing ".0" kept so columns line up. */
export function dec(n: number): string {
  return Number.isFinite(n) ? n.toFixed(1) : '–'
}

export function per100(count: number, replies: number | undefined): number | undefined {
  return replies ? (count * 100) / replies : undefined
}

/**
 * Only links a QA lead can follow safely: http(s) pages (rule docs) and file paths. A custom
 * rule's url is data from a config file, so `javascript:` and friends must never become a link.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined
  return /^(https?:|file:)/i.test(url) ? url : undefined
}

/** Shortens a label for a chart axis; the full text goes in a <title>. */
export function clip(label: string, max: number): string {
  const chars = Array.from(label)
  return chars.length <= max ? label : chars.slice(0, max - 1).join('') + '…'
}
