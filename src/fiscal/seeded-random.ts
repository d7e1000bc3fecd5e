import { FairlodeError } from '../diagnostics/diagnostic.js';

const MASK = (1n << 64n) - 1n;
const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;
const TWO_POW_MINUS_53 = 2 ** -53;

/**
 * A seeded pseudo-random generator: SplitMix64 (Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014; the reference C code is Vigna's splitmix64.c at
 * prng.di.unimi.it). The caller passes the seed; nothing is read from a clock or a global random
 * source, so the same seed gives the same sequence on every run and every machine.
 *
 * Seeded with 1234567 its first outputs are 6457827717110365317, 3203168211198807973,
 * 9817491932198370423, 4593380528125082431, 16408922859458223821 (the published reference values,
 * Rosetta Code "Pseudo-random numbers/Splitmix64").
 *
 * Uniform numbers take the top 53 bits of an output (exact in a JS number); normal deviates use
 * Marsaglia's polar method, which needs only `Math.log` and `Math.sqrt` (no trigonometry).
 *
 * @example
 * ```ts
 * const random = new SeededRandom(1234567n);
 * random.nextUint64(); // 6457827717110365317n
 * random.nextNormal(); // a standard normal deviate, the same for this seed on every run
 * ```
 */
export class SeededRandom {
  private state: bigint;
  private spare: number | undefined;

  /**
   * @param seed - any integer (a safe-integer number or a bigint); it is taken modulo 2^64
   */
  constructor(seed: number | bigint) {
    this.state = BigInt.asUintN(64, readSeed(seed));
    this.spare = undefined;
  }

  /**
   * The generator of stream `index` under `seed`: seeded with the `index`-th output (from 0) of
   * the generator seeded with `seed`, which is mix(seed + (index + 1)·γ) and needs no stepping
   * through the outputs before it. Path k of a simulation draws from stream k, so its prices
   * depend only on the seed and k: a worker pool can run any share of the paths and get the same
   * result as one thread.
   *
   * @example
   * ```ts
   * SeededRandom.stream(1234567n, 0).nextUint64(); // the same as new SeededRandom(6457827717110365317n).nextUint64()
   * ```
   */
  static stream(seed: number | bigint, index: number): SeededRandom {
    if (!Number.isSafeInteger(index) || index < 0) {
      throw new FairlodeError({ code: 'fiscal/invalid-stream', message: `A stream index must be a whole number, 0 or more, not ${String(index)}.` });
    }
    const base = BigInt.asUintN(64, readSeed(seed));
    return new SeededRandom(mix((base + BigInt(index + 1) * GOLDEN_GAMMA) & MASK));
  }

  /**
   * The next 64-bit output, as an unsigned bigint.
   *
   * @example
   * ```ts
   * new SeededRandom(0).nextUint64().toString(16); // 'e220a8397b1dcdaf'
   * ```
   */
  nextUint64(): bigint {
    this.state = (this.state + GOLDEN_GAMMA) & MASK;
    return mix(this.state);
  }

  /**
   * The next uniform number in [0, 1): the top 53 bits of the next output times 2^−53.
   *
   * @example
   * ```ts
   * const u = new SeededRandom(7).nextUniform(); // 0 <= u < 1
   * ```
   */
  nextUniform(): number {
    return Number(this.nextUint64() >> 11n) * TWO_POW_MINUS_53;
  }

  /**
   * The next standard normal deviate (mean 0, variance 1), by Marsaglia's polar method: draw
   * u, v uniform in (−1, 1) until s = u² + v² is in (0, 1); then u·√(−2 ln s / s) is returned and
   * v·√(−2 ln s / s) kept for the next call.
   *
   * @example
   * ```ts
   * const z = new SeededRandom(7).nextNormal();
   * ```
   */
  nextNormal(): number {
    if (this.spare !== undefined) {
      const z = this.spare;
      this.spare = undefined;
      return z;
    }
    for (;;) {
      const u = 2 * this.nextUniform() - 1;
      const v = 2 * this.nextUniform() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const f = Math.sqrt((-2 * Math.log(s)) / s);
        this.spare = v * f;
        return u * f;
      }
    }
  }
}

// SplitMix64's output function (a variant of MurmurHash3's 64-bit finaliser).
function mix(state: bigint): bigint {
  let z = state;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
  return z ^ (z >> 31n);
}

function readSeed(seed: number | bigint): bigint {
  if (typeof seed === 'bigint') return seed;
  if (typeof seed === 'number' && Number.isSafeInteger(seed)) return BigInt(seed);
  throw new FairlodeError({ code: 'fiscal/invalid-seed', message: `The seed must be an integer (a safe-integer number or a bigint), not ${String(seed)}.`, hint: 'for example seed: 7' });
}
