import { z } from 'zod'
import { findNumbers, type MobilePlan } from './numbers.js'

/** The option allowNumbers: the shop's or a station's public numbers, and digitsOf, how they compare with a hit. */

export const Options = z.object({
  /** Numbers that may appear in replies: the shop's or a station's public numbers. Any punctuation is ignored. */
  allowNumbers: z.array(z.string().min(1)).default([]),
})
export type Options = z.infer<typeof Options>

/** 138-1234-5678, +86 13812345678 and 11010519491231002x all compare by their national digits. */
export function digitsOf(s: string, plans: readonly MobilePlan[]): string {
  if (s.includes('@')) return s.trim().toLowerCase()
  const d = s.toUpperCase().replace(/[^\dX]/g, '')
  const phone = findNumbers(d, plans).find((h) => h.kind === 'phone' && h.start === 0 && h.end === d.length)
  return phone ? phone.digits : d
}
