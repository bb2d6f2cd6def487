/**
 * In-place radix-2 complex FFT and a real cross-correlation built on it: what
 * {@link ./find-masked.ts} needs to find a pattern with `?` in a text in O(n log n).
 */

/** In-place FFT of (re, im), length a power of two; `invert` computes the unscaled inverse. */
function fft(re: Float64Array, im: Float64Array, invert: boolean): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      let t = re[i]!;
      re[i] = re[j]!;
      re[j] = t;
      t = im[i]!;
      im[i] = im[j]!;
      im[j] = t;
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const angle = ((invert ? 2 : -2) * Math.PI) / len;
    const wRe = Math.cos(angle);
    const wIm = Math.sin(angle);
    const half = len >> 1;
    for (let i = 0; i < n; i += len) {
      let cRe = 1;
      let cIm = 0;
      for (let k = 0; k < half; k++) {
        const a = i + k;
        const b = a + half;
        const xRe = re[b]! * cRe - im[b]! * cIm;
        const xIm = re[b]! * cIm + im[b]! * cRe;
        re[b] = re[a]! - xRe;
        im[b] = im[a]! - xIm;
        re[a] = re[a]! + xRe;
        im[a] = im[a]! + xIm;
        const nRe = cRe * wRe - cIm * wIm;
        cIm = cRe * wIm + cIm * wRe;
        cRe = nRe;
      }
    }
  }
}

export interface Spectrum {
  re: Float64Array;
  im: Float64Array;
}

/** The spectrum of `values` reversed and zero-padded to `size` (the pattern side of a correlation). */
export function reversedSpectrum(values: ArrayLike<number>, size: number): Spectrum {
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  const m = values.length;
  for (let j = 0; j < m; j++) re[m - 1 - j] = values[j]!;
  fft(re, im, false);
  return { re, im };
}

/**
 * Two correlations at once: out[i] = Σ_j a[j]·x[i+j] and Σ_j b[j]·y[i+j] for alignments
 * i = 0 … x.length − m, where `a`, `b` (length m) arrive as {@link reversedSpectrum}s and x, y
 * are real windows of the same length ≤ size (packed as one complex signal).
 */
export function correlatePair(a: Spectrum, b: Spectrum, m: number, x: ArrayLike<number>, y: ArrayLike<number>, size: number): { ax: Float64Array; by: Float64Array } {
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  for (let i = 0; i < x.length; i++) {
    re[i] = x[i]!;
    im[i] = y[i]!;
  }
  fft(re, im, false);
  // Separate the spectra of x and y (both real), multiply by a and b, recombine as ax + i·by.
  const outRe = new Float64Array(size);
  const outIm = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    const k2 = (size - k) & (size - 1);
    const xRe = (re[k]! + re[k2]!) / 2;
    const xIm = (im[k]! - im[k2]!) / 2;
    const yRe = (im[k]! + im[k2]!) / 2;
    const yIm = (re[k2]! - re[k]!) / 2;
    const pRe = xRe * a.re[k]! - xIm * a.im[k]!;
    const pIm = xRe * a.im[k]! + xIm * a.re[k]!;
    const qRe = yRe * b.re[k]! - yIm * b.im[k]!;
    const qIm = yRe * b.im[k]! + yIm * b.re[k]!;
    outRe[k] = pRe - qIm;
    outIm[k] = pIm + qRe;
  }
  fft(outRe, outIm, true);
  const count = Math.max(0, x.length - m + 1);
  const ax = new Float64Array(count);
  const by = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    ax[i] = outRe[i + m - 1]! / size;
    by[i] = outIm[i + m - 1]! / size;
  }
  return { ax, by };
}
