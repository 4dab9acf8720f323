/**
 * Deterministic synthetic data: the same seed string always yields the same numbers, on every machine.
 * Everything generated here is SYNTHETIC and must be labelled so wherever it is shown.
 */
export const SYNTHETIC_LABEL = 'SYNTHETIC: generated demo data (deterministic seeded generator), not official statistics';

/** FNV-1a hash of a string to 32 bits. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32 PRNG seeded from a string; returns numbers in [0, 1). */
export function rng(seed: string): () => number {
  let a = hashString(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const between = (r: () => number, lo: number, hi: number) => lo + (hi - lo) * r();
export const intBetween = (r: () => number, lo: number, hi: number) => Math.floor(between(r, lo, hi + 1));
export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export interface AreaClasses {
  border: boolean;
  highland: boolean;
  extremelyDifficult: boolean;
  resettlement: boolean;
}

/**
 * Area classes of a commune. No public per-commune list was at hand, so these are SYNTHETIC, derived from
 * the code: about a quarter of communes border Laos, most are highland, about a third are extremely
 * difficult (ĐBKK), a few are resettlement areas (hydropower). Urban wards (phường) are none of these.
 */
export function syntheticAreaClasses(code: string, type: string): AreaClasses {
  if (type === 'Phường') return { border: false, highland: false, extremelyDifficult: false, resettlement: false };
  const r = rng(`area:${code}`);
  return { border: r() < 0.25, highland: r() < 0.85, extremelyDifficult: r() < 0.35, resettlement: r() < 0.12 };
}

/** How "difficult" a commune is, 0 (urban) to 1, to spread synthetic statistics plausibly by area. */
export function difficulty(code: string, type: string): number {
  const a = syntheticAreaClasses(code, type);
  if (type === 'Phường') return 0;
  if (type === 'Thị trấn') return 0.2;
  return clamp(0.3 + (a.extremelyDifficult ? 0.35 : 0) + (a.border ? 0.15 : 0) + (a.highland ? 0.1 : 0) - 0.1 * rng(`d:${code}`)(), 0, 1);
}
