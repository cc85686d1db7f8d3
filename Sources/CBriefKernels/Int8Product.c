// The 8-bit matrix product of include/CBriefKernels.h.
//
// The product's kernel takes 4 rows × 16 columns at a time (8 vectors of eight 32-bit
// sums, the rest of AVX2's 16 registers for the panel's two weight vectors, the broadcast
// activations, the products and the vector of ones): for each group of four inputs, each
// row's four activation bytes broadcast, vpmaddubsw against the panel's two vectors (pairs
// of byte products into 16 bits, which cannot saturate: see BRIEF_INT8_WEIGHT_LEVELS), then
// vpmaddwd by ones (pairs of those into 32 bits). Rows go in blocks of ROW_BLOCK, so that a
// block's activations stay in the level-2 cache while each panel of weights is read once
// from it per block and stays in the level-1 cache for the block's rows.

#include "CBriefKernels.h"

#include <math.h>
#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define BRIEF_X86 1
#define AVX2 __attribute__((target("avx2,fma")))
#endif

enum { ROW_BLOCK = 64 };

int brief_int8_supported(void) {
#ifdef BRIEF_X86
  // The compiler runtime's CPU model (as CHamming uses it): it checks the CPUID bits and
  // that the system saves the AVX registers, once, before main.
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
  return 0;
#endif
}

void brief_int8_pack(
    const float *weights, int n, int k, int stride, int8_t *packed, float *scales,
    int32_t *sums) {
  const int depth = brief_int8_depth(k);
  const int columns = brief_int8_columns(n);
  memset(packed, 0, brief_int8_packed_bytes(n, k));
  for (int j = 0; j < columns; j++) {
    scales[j] = 0;
    sums[j] = 0;
    if (j >= n) continue;
    const float *column = weights + (size_t)j * (size_t)stride;
    float largest = 0;
    for (int i = 0; i < k; i++) largest = fmaxf(largest, fabsf(column[i]));
    const float scale = largest > 0 ? largest / BRIEF_INT8_WEIGHT_LEVELS : 1;
    int8_t *panel = packed + (size_t)(j / BRIEF_INT8_PANEL) * (size_t)depth * BRIEF_INT8_PANEL;
    const int lane = j % BRIEF_INT8_PANEL;
    int32_t sum = 0;
    for (int i = 0; i < k; i++) {
      long code = lrintf(column[i] / scale);
      if (code > BRIEF_INT8_WEIGHT_LEVELS) code = BRIEF_INT8_WEIGHT_LEVELS;
      if (code < -BRIEF_INT8_WEIGHT_LEVELS) code = -BRIEF_INT8_WEIGHT_LEVELS;
      panel[(size_t)(i / 4) * 4 * BRIEF_INT8_PANEL + lane * 4 + i % 4] = (int8_t)code;
      sum += (int32_t)code;
    }
    scales[j] = scale;
    sums[j] = sum;
  }
}

/// A row's range (0 included) as a scale, its reciprocal and a zero point.
static void range(float low, float high, float *scale, float *inverse, int32_t *zero) {
  float step = (high - low) / 255;
  if (!(step > 0)) step = 1;
  *scale = step;
  *inverse = 1 / step;
  long z = lrintf(-low * *inverse);
  *zero = (int32_t)(z < 0 ? 0 : z > 255 ? 255 : z);
}

static void quantizeRow(const float *row, int k, int depth, uint8_t *codes, float *scale,
                        int32_t *zero) {
  float low = 0, high = 0;
  for (int i = 0; i < k; i++) {
    low = fminf(low, row[i]);
    high = fmaxf(high, row[i]);
  }
  float inverse;
  range(low, high, scale, &inverse, zero);
  for (int i = 0; i < k; i++) {
    const float scaled = row[i] * inverse;
    long code = lrintf(scaled) + *zero;
    codes[i] = (uint8_t)(code < 0 ? 0 : code > 255 ? 255 : code);
  }
  for (int i = k; i < depth; i++) codes[i] = (uint8_t)*zero;
}

#ifdef BRIEF_X86
/// quantizeRow on AVX2, to the same codes (cvtps rounds to nearest even, as lrintf does in
/// the default rounding mode).
AVX2 static void quantizeRowAVX2(const float *row, int k, int depth, uint8_t *codes,
                                 float *scale, int32_t *zero) {
  __m256 low = _mm256_setzero_ps(), high = _mm256_setzero_ps();
  int i = 0;
  for (; i + 8 <= k; i += 8) {
    const __m256 x = _mm256_loadu_ps(row + i);
    low = _mm256_min_ps(low, x);
    high = _mm256_max_ps(high, x);
  }
  float lows[8], highs[8];
  _mm256_storeu_ps(lows, low);
  _mm256_storeu_ps(highs, high);
  float lo = 0, hi = 0;
  for (int l = 0; l < 8; l++) {
    lo = fminf(lo, lows[l]);
    hi = fmaxf(hi, highs[l]);
  }
  for (int t = i; t < k; t++) {
    lo = fminf(lo, row[t]);
    hi = fmaxf(hi, row[t]);
  }
  float inverse;
  range(lo, hi, scale, &inverse, zero);
  const __m256 factor = _mm256_set1_ps(inverse);
  const __m256i offset = _mm256_set1_epi32(*zero);
  const __m256i order = _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7);
  i = 0;
  for (; i + 32 <= k; i += 32) {
    __m256i q[4];
    for (int v = 0; v < 4; v++) {
      const __m256 scaled = _mm256_mul_ps(_mm256_loadu_ps(row + i + 8 * v), factor);
      q[v] = _mm256_add_epi32(_mm256_cvtps_epi32(scaled), offset);
    }
    // 32 → 16 bits (signed saturation), 16 → 8 (unsigned saturation: 0…255), in order.
    const __m256i words01 = _mm256_packs_epi32(q[0], q[1]);
    const __m256i words23 = _mm256_packs_epi32(q[2], q[3]);
    const __m256i bytes = _mm256_packus_epi16(words01, words23);
    _mm256_storeu_si256((__m256i *)(codes + i),
                        _mm256_permutevar8x32_epi32(bytes, order));
  }
  for (; i < k; i++) {
    const float scaled = row[i] * inverse;
    long code = lrintf(scaled) + *zero;
    codes[i] = (uint8_t)(code < 0 ? 0 : code > 255 ? 255 : code);
  }
  for (; i < depth; i++) codes[i] = (uint8_t)*zero;
}
#endif

void brief_int8_quantize(
    const float *rows, int m, int k, int stride, uint8_t *codes, float *scales,
    int32_t *zeros) {
  const int depth = brief_int8_depth(k);
  for (int r = 0; r < m; r++) {
    const float *row = rows + (size_t)r * (size_t)stride;
    uint8_t *target = codes + (size_t)r * (size_t)depth;
#ifdef BRIEF_X86
    if (brief_int8_supported()) {
      quantizeRowAVX2(row, k, depth, target, scales + r, zeros + r);
      continue;
    }
#endif
    quantizeRow(row, k, depth, target, scales + r, zeros + r);
  }
}

#ifdef BRIEF_X86
/// Up to 4 rows × one panel: the sums over all inputs, then scaled into `c` (`width` of the
/// panel's columns, the rest of a last panel computed and dropped).
AVX2 static inline __attribute__((always_inline)) void block(
    const int rows, int groups, const uint8_t *a, int depth, const int8_t *panel,
    const float *rowScales, const int32_t *zeros, const float *columnScales,
    const int32_t *sums, float *c, int ldc, int accumulate, int width) {
  __m256i sum[4][2];
  for (int r = 0; r < rows; r++) sum[r][0] = sum[r][1] = _mm256_setzero_si256();
  const __m256i ones = _mm256_set1_epi16(1);
  for (int g = 0; g < groups; g++) {
    const __m256i w0 = _mm256_loadu_si256((const __m256i *)(panel + 64 * (size_t)g));
    const __m256i w1 = _mm256_loadu_si256((const __m256i *)(panel + 64 * (size_t)g + 32));
    for (int r = 0; r < rows; r++) {
      int32_t four;
      memcpy(&four, a + (size_t)r * (size_t)depth + 4 * (size_t)g, 4);
      const __m256i x = _mm256_set1_epi32(four);
      sum[r][0] = _mm256_add_epi32(sum[r][0],
                                   _mm256_madd_epi16(_mm256_maddubs_epi16(x, w0), ones));
      sum[r][1] = _mm256_add_epi32(sum[r][1],
                                   _mm256_madd_epi16(_mm256_maddubs_epi16(x, w1), ones));
    }
  }
  for (int r = 0; r < rows; r++) {
    const __m256i zero = _mm256_set1_epi32(zeros[r]);
    const __m256 rowScale = _mm256_set1_ps(rowScales[r]);
    float *target = c + (size_t)r * (size_t)ldc;
    float buffer[BRIEF_INT8_PANEL];
    const int whole = width == BRIEF_INT8_PANEL;
    if (!whole) {
      for (int j = 0; j < BRIEF_INT8_PANEL; j++) {
        buffer[j] = j < width && accumulate ? target[j] : 0;
      }
    }
    for (int v = 0; v < 2; v++) {
      const __m256i corrected = _mm256_sub_epi32(
          sum[r][v], _mm256_mullo_epi32(zero, _mm256_loadu_si256((const __m256i *)(sums + 8 * v))));
      const __m256 scale = _mm256_mul_ps(rowScale, _mm256_loadu_ps(columnScales + 8 * v));
      __m256 base;
      if (whole) {
        base = accumulate ? _mm256_loadu_ps(target + 8 * v) : _mm256_setzero_ps();
      } else {
        base = _mm256_loadu_ps(buffer + 8 * v);
      }
      const __m256 out = _mm256_fmadd_ps(_mm256_cvtepi32_ps(corrected), scale, base);
      _mm256_storeu_ps(whole ? target + 8 * v : buffer + 8 * v, out);
    }
    if (!whole) memcpy(target, buffer, sizeof(float) * (size_t)width);
  }
}

AVX2 void brief_int8_multiply(
    int m, int n, int k, const uint8_t *codes, const float *rowScales, const int32_t *zeros,
    const int8_t *packed, const float *columnScales, const int32_t *sums, float *c, int ldc,
    int accumulate) {
  const int depth = brief_int8_depth(k);
  const int groups = depth / 4;
  const int panels = brief_int8_columns(n) / BRIEF_INT8_PANEL;
  const size_t panelBytes = (size_t)depth * BRIEF_INT8_PANEL;
  for (int start = 0; start < m; start += ROW_BLOCK) {
    const int end = start + ROW_BLOCK < m ? start + ROW_BLOCK : m;
    for (int p = 0; p < panels; p++) {
      const int column = p * BRIEF_INT8_PANEL;
      const int width = n - column < BRIEF_INT8_PANEL ? n - column : BRIEF_INT8_PANEL;
      const int8_t *panel = packed + (size_t)p * panelBytes;
      for (int i = start; i < end; i += 4) {
        const uint8_t *a = codes + (size_t)i * (size_t)depth;
        float *target = c + (size_t)i * (size_t)ldc + column;
#define BLOCK(rows)                                                                     \
  block(rows, groups, a, depth, panel, rowScales + i, zeros + i, columnScales + column, \
        sums + column, target, ldc, accumulate, width)
        switch (end - i) {
          case 1: BLOCK(1); break;
          case 2: BLOCK(2); break;
          case 3: BLOCK(3); break;
          default: BLOCK(4); break;
        }
#undef BLOCK
      }
    }
  }
}
#else
void brief_int8_multiply(
    int m, int n, int k, const uint8_t *codes, const float *rowScales, const int32_t *zeros,
    const int8_t *packed, const float *columnScales, const int32_t *sums, float *c, int ldc,
    int accumulate) {
  (void)m, (void)n, (void)k, (void)codes, (void)rowScales, (void)zeros, (void)packed;
  (void)columnScales, (void)sums, (void)c, (void)ldc, (void)accumulate;
}
#endif
