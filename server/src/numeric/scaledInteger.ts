/**
 * Exact amounts as safe integers in their smallest displayed unit (330.62 with 2 decimals → 33062), for
 * sums that only need to be compared: integer additions are exact as long as every value stays a safe
 * integer, and far cheaper than decimal.js. Callers fall back to decimal.js whenever this answers undefined.
 */
import type Decimal from 'decimal.js';

/** 10^0 … 10^22: every one is exactly representable as a double. */
export const POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/**
 * `value × 10^decimals` as a safe integer; undefined when it is not an integer (the value has more
 * decimals) or not a safe integer. Reads decimal.js's documented representation: `d` holds base-10⁷ words
 * aligned on the decimal point (word i stands for d[i] × 10^(7·(⌊e/7⌋ − i))), `s` is the sign.
 */
export function scaledInteger(value: Decimal, decimals: number): number | undefined {
  const words = value.d;
  if (!words || decimals < 0 || decimals > 22) return undefined;
  const top = Math.floor(value.e / 7);
  let scaled = 0;
  for (let i = 0; i < words.length; i++) {
    const shift = 7 * (top - i) + decimals;
    const word = words[i]!;
    if (shift >= 0) {
      if (shift > 22) return undefined;
      scaled += word * POWERS_OF_TEN[shift]!;
    } else {
      // A word wholly below the last displayed digit (decimal.js drops trailing zero words: it is not zero).
      if (shift < -7) return undefined;
      const divisor = POWERS_OF_TEN[-shift]!;
      if (word % divisor !== 0) return undefined;
      scaled += word / divisor;
    }
  }
  // Every word is non-negative, so the running sum only grows: a final safe integer means every step was exact.
  if (!Number.isSafeInteger(scaled)) return undefined;
  return value.s < 0 ? -scaled : scaled;
}
