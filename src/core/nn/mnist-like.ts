/**
 * Turns a drawing (a grey raster of any size, ink = 1) into what the networks were trained on.
 *
 * MNIST (LeCun et al.): each digit's bounding box was scaled, keeping its aspect ratio, to fit a
 * 20×20 box (anti-aliased), then placed in a 28×28 image so that its centre of mass sits at the
 * centre. UCI 8×8 digits: a 32×32 normalised bitmap divided into 4×4 blocks, each block counting ink
 * (0–16). A drawing that skips these steps looks nothing like the training data, and the network
 * guesses badly: that is the lesson behind "preprocess new inputs exactly like the training set".
 */

export interface Raster {
  width: number;
  height: number;
  /** Ink per pixel in [0, 1], row-major. */
  data: ArrayLike<number>;
}

/** Bounding box of pixels above `threshold`, or null for a blank raster. */
export function inkBox(r: Raster, threshold = 0.05): { x0: number; y0: number; x1: number; y1: number } | null {
  let x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1;
  for (let y = 0; y < r.height; y++) {
    for (let x = 0; x < r.width; x++) {
      if (r.data[y * r.width + x] > threshold) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return x1 < 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 }; // x1, y1 exclusive
}

/** Overlap weights of a 1-D area resampling: source cell i covers [i·s, (i+1)·s) in target units. */
function overlapWeights(nSrc: number, nDst: number, s: number): Float64Array {
  const w = new Float64Array(nDst * nSrc);
  for (let i = 0; i < nSrc; i++) {
    const a = i * s, b = (i + 1) * s;
    for (let t = Math.max(0, Math.floor(a)); t < Math.min(nDst, Math.ceil(b)); t++) {
      w[t * nSrc + i] = Math.max(0, Math.min(b, t + 1) - Math.max(a, t));
    }
  }
  return w;
}

/** Area-averaging resize of the box of `r` by factor s (target pixels per source pixel), separable. */
function resizeBox(r: Raster, box: { x0: number; y0: number; x1: number; y1: number }, s: number, tw: number, th: number): Float64Array {
  const bw = box.x1 - box.x0, bh = box.y1 - box.y0;
  const wx = overlapWeights(bw, tw, s), wy = overlapWeights(bh, th, s);
  const tmp = new Float64Array(bh * tw); // rows resized horizontally
  for (let y = 0; y < bh; y++) {
    for (let t = 0; t < tw; t++) {
      let acc = 0;
      for (let x = 0; x < bw; x++) {
        const w = wx[t * bw + x];
        if (w) acc += w * r.data[(box.y0 + y) * r.width + box.x0 + x];
      }
      tmp[y * tw + t] = acc;
    }
  }
  const out = new Float64Array(th * tw);
  for (let t = 0; t < th; t++) {
    for (let y = 0; y < bh; y++) {
      const w = wy[t * bh + y];
      if (w) for (let x = 0; x < tw; x++) out[t * tw + x] += w * tmp[y * tw + x];
    }
  }
  return out; // already an average: the overlaps of one target cell sum to its unit area
}

/** MNIST-style 28×28 (values in [0, 1]): bounding box to fit 20×20, centre of mass at the centre. */
export function toMnist(r: Raster, size = 28, box = 20): Float32Array {
  const out = new Float32Array(size * size);
  if (r.data.length !== r.width * r.height) throw new Error('raster data length does not match width × height');
  const b = inkBox(r);
  if (!b) return out;
  const bw = b.x1 - b.x0, bh = b.y1 - b.y0;
  const s = box / Math.max(bw, bh);
  const tw = Math.max(1, Math.min(box, Math.round(bw * s))), th = Math.max(1, Math.min(box, Math.round(bh * s)));
  const small = resizeBox(r, b, s, tw, th);
  let m = 0, mx = 0, my = 0;
  for (let y = 0; y < th; y++) for (let x = 0; x < tw; x++) {
    const v = small[y * tw + x];
    m += v; mx += v * (x + 0.5); my += v * (y + 0.5);
  }
  const dx = Math.round(size / 2 - (m ? mx / m : tw / 2)), dy = Math.round(size / 2 - (m ? my / m : th / 2));
  for (let y = 0; y < th; y++) for (let x = 0; x < tw; x++) {
    const X = x + dx, Y = y + dy;
    if (X >= 0 && X < size && Y >= 0 && Y < size) out[Y * size + X] = Math.min(1, small[y * tw + x]);
  }
  return out;
}

/** UCI-style 8×8 (values in [0, 1] = count/16): bounding box fit into 32×32, centred, 4×4 block means. */
export function toDigits8x8(r: Raster): Float32Array {
  const out = new Float32Array(64);
  if (r.data.length !== r.width * r.height) throw new Error('raster data length does not match width × height');
  const b = inkBox(r);
  if (!b) return out;
  const bw = b.x1 - b.x0, bh = b.y1 - b.y0;
  const s = 32 / Math.max(bw, bh);
  const tw = Math.max(1, Math.min(32, Math.round(bw * s))), th = Math.max(1, Math.min(32, Math.round(bh * s)));
  const big = resizeBox(r, b, s, tw, th);
  const ox = Math.floor((32 - tw) / 2), oy = Math.floor((32 - th) / 2);
  for (let y = 0; y < th; y++) for (let x = 0; x < tw; x++) {
    // The UCI bitmaps are binary: a 32×32 pixel is ink or not, and a block counts its ink pixels.
    if (big[y * tw + x] > 0.3) out[((y + oy) >> 2) * 8 + ((x + ox) >> 2)] += 1 / 16;
  }
  return out;
}
