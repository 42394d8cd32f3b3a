/**
 * A seeded pseudo-random generator (mulberry32): deterministic inputs and bootstrap resamples.
 * Not cryptographic; chosen for speed and a 32-bit state that is easy to record as a seed.
 */
export type Rng = () => number;

/** Uniform floats in [0, 1), the same sequence for the same seed. */
export function seeded(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal variate (Box-Muller), for simulations. */
export function normal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
