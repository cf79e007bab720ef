/**
 * e^x, ln x and tanh x from IEEE-754 arithmetic alone (+, −, ×, ÷, which every JavaScript engine
 * rounds the same way), so that training gives the same numbers, bit for bit, in every browser
 * and in Node. `Math.exp` and `Math.log` are left to each engine: Node 24 and Chromium 156
 * disagree in the last bit on about one value in ten of e^x, and a learning curve, run for
 * thousands of steps, then goes its own way: a lesson's claim checked in Node ("stays below 70%
 * for 30 epochs") was not what the browser showed.
 *
 * exp and log are ports of fdlibm's e_exp.c and e_log.c (Sun Microsystems, 1993; error under
 * 1 ulp), with its high-word tests written as comparisons of values. tanh is built on exp.
 */

/** 2^k for every k that exp needs, by exact doubling and halving: POW2[k + 1074] = 2^k. */
const POW2 = new Float64Array(1074 + 1024);
POW2[1074] = 1;
for (let k = 1; k <= 1023; k++) POW2[1074 + k] = POW2[1074 + k - 1]! * 2;
for (let k = -1; k >= -1074; k--) POW2[1074 + k] = POW2[1074 + k + 1]! / 2;
const pow2 = (k: number): number => POW2[k + 1074]!;

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;
/** Above this e^x overflows, below U_THRESHOLD it is 0. */
const O_THRESHOLD = 7.09782712893383973096e2;
const U_THRESHOLD = -7.4513321910194110842e2;
const HALF_LN2 = 0.34657359027997264;

/**
 * e^x to within 1 ulp. x = k ln 2 + r with |r| ≤ ½ ln 2 (k = 0 for |x| ≤ ½ ln 2); e^r from a
 * rational approximation on that interval; then e^x = 2^k e^r. Kept short, with fdlibm's
 * special cases for k = ±1 and tiny x folded into the general path (the same results), so that
 * V8 inlines it into the activations: a call that is not inlined returns its number boxed,
 * which allocates on every neuron.
 */
export function exp(x: number): number {
  if (!(x <= O_THRESHOLD)) return x !== x ? x : Infinity;
  if (x < U_THRESHOLD) return 0;
  const k = x > HALF_LN2 || x < -HALF_LN2 ? Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5)) : 0;
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return k >= -1021 && k <= 1023 ? y * POW2[k + 1074]! : scaleFar(y, k);
}

/** y 2^k for k outside [−1021, 1023], as fdlibm does it: one rounding at most. */
function scaleFar(y: number, k: number): number {
  return k > 1023 ? y * 2 * pow2(1023) : y * pow2(k + 1000) * pow2(-1000);
}

const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;
/** fdlibm's split points, on the mantissa q of x = 2^k q, 1 ≤ q < 2 (its high-word tests). */
const HALVE_FROM = 1 + 0x6a09e / 2 ** 20; // about √2: above it, x = 2^(k+1) (q / 2)
const NEAR_FROM = 1 + 0x6147b / 2 ** 20; // q in [NEAR_FROM, NEAR_TO): the ½f² form is more accurate
const NEAR_TO = 1 + 0x6b851 / 2 ** 20;

/**
 * ln x to within 1 ulp. x = 2^k (1 + f) with about √2/2 ≤ 1 + f < √2; ln(1 + f) from
 * s = f / (2 + f) and a polynomial in s²; then ln x = k ln 2 + ln(1 + f). The exponent k is
 * found by exact multiplications by powers of 2, not by reading the bits.
 */
export function log(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  let k = 0;
  let q = x;
  if (q < pow2(-1022)) {
    q *= pow2(54);
    k = -54;
  }
  // q = 2^e (1.f); bring e to 0, largest powers first (each step exact).
  for (let step = 512; step >= 1; step >>= 1) {
    if (q >= pow2(step)) {
      q *= pow2(-step);
      k += step;
    }
  }
  for (let step = 512; step >= 1; step >>= 1) {
    if (q < pow2(1 - step)) {
      q *= pow2(step);
      k -= step;
    }
  }
  const near = q >= NEAR_FROM && q < NEAR_TO;
  let m = q;
  if (q >= HALVE_FROM) {
    m = q / 2;
    k += 1;
  }
  const f = m - 1;
  const dk = k;
  if (f === 0) return k === 0 ? 0 : dk * LN2_HI + dk * LN2_LO;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const R = t2 + t1;
  if (near) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + R));
    return dk * LN2_HI - (hfsq - (s * (hfsq + R) + dk * LN2_LO) - f);
  }
  if (k === 0) return f - s * (f - R);
  return dk * LN2_HI - (s * (f - R) - dk * LN2_LO - f);
}

/** tanh's series x Σ c_n x^2n (c_n from the Bernoulli numbers), for |x| < SERIES_BELOW. */
const TANH_SERIES = [
  1,
  -1 / 3,
  2 / 15,
  -17 / 315,
  62 / 2835,
  -1382 / 155925,
  21844 / 6081075,
  -929569 / 638512875,
  6404582 / 10854718875,
  -443861162 / 1856156927625,
  18888466084 / 194896477400625,
  -113927491862 / 2900518163668125,
];
const SERIES_BELOW = 0.25;

/**
 * tanh x: below |x| = 1/4 its series (12 terms, the next under 10^−17 of x there); above,
 * (1 − e^−2|x|) / (1 + e^−2|x|), signed; ±1 beyond 22. Within 3 ulps of Math.tanh.
 */
export function tanh(x: number): number {
  if (x !== x) return x;
  const ax = x < 0 ? -x : x;
  if (ax < SERIES_BELOW) {
    const x2 = x * x;
    let sum = 0;
    for (let n = TANH_SERIES.length - 1; n >= 0; n--) sum = sum * x2 + TANH_SERIES[n]!;
    return x * sum;
  }
  if (ax > 22) return x < 0 ? -1 : 1;
  const t = exp(-2 * ax);
  const r = (1 - t) / (1 + t);
  return x < 0 ? -r : r;
}
