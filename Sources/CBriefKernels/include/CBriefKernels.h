#ifndef BRIEF_CBRIEFKERNELS_H
#define BRIEF_CBRIEFKERNELS_H

// The sentence encoder's 8-bit matrix product: weights quantized per output column (signed,
// symmetric, ±64 a step: see BRIEF_INT8_WEIGHT_LEVELS), activations per row (unsigned,
// with a zero point), products summed in 32-bit integers and scaled back to floats.
//
// The product runs on AVX2 (vpmaddubsw + vpmaddwd), chosen at run time: call
// brief_int8_supported() first; the other functions are plain C and run anywhere.

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The largest magnitude of a quantized weight. vpmaddubsw adds two products of an unsigned
/// byte (at most 255) and a signed one into 16 bits: 255 · (64 + 64) = 32,640 stays below
/// 32,767, so no sum saturates.
#define BRIEF_INT8_WEIGHT_LEVELS 64

/// Columns a packed panel holds (two AVX2 vectors of eight 32-bit sums).
#define BRIEF_INT8_PANEL 16

/// Whether this processor runs brief_int8_multiply (AVX2); 0 or 1.
int brief_int8_supported(void);

/// `k` rounded up to a multiple of 4: the row length of quantized activations.
static inline int brief_int8_depth(int k) { return (k + 3) / 4 * 4; }

/// `n` rounded up to a multiple of BRIEF_INT8_PANEL: the length of a packed matrix's scales
/// and sums.
static inline int brief_int8_columns(int n) {
  return (n + BRIEF_INT8_PANEL - 1) / BRIEF_INT8_PANEL * BRIEF_INT8_PANEL;
}

/// Bytes of a packed `k × n` weight matrix.
static inline size_t brief_int8_packed_bytes(int n, int k) {
  return (size_t)brief_int8_columns(n) * (size_t)brief_int8_depth(k);
}

/// Quantizes and packs a weight matrix of `n` output columns, each given as `k` contiguous
/// floats (row `j` of `weights`, stride `stride`: PyTorch's `outputs × inputs` layout).
///
/// Writes `packed` (brief_int8_packed_bytes(n, k), in panels of BRIEF_INT8_PANEL columns:
/// for each group of four inputs, the panel's columns' four bytes in turn), and for each of
/// brief_int8_columns(n) columns its scale (`scales`: a column's largest magnitude over
/// BRIEF_INT8_WEIGHT_LEVELS) and the sum of its quantized weights (`sums`); padding columns
/// and inputs are 0.
void brief_int8_pack(
    const float *weights, int n, int k, int stride, int8_t *packed, float *scales,
    int32_t *sums);

/// Quantizes `m` rows of `k` floats (stride `stride`) to bytes, each row by its own scale and
/// zero point: `value ≈ scale · (code − zero)`, codes 0…255 spanning the row's range (with
/// 0 in it). Writes rows of brief_int8_depth(k) codes to `codes` (padding set to the zero
/// point), and `scales` and `zeros` for each row.
void brief_int8_quantize(
    const float *rows, int m, int k, int stride, uint8_t *codes, float *scales,
    int32_t *zeros);

/// `c = (accumulate ? c : 0) + A · W` for `m` quantized rows of `k` inputs (as
/// brief_int8_quantize writes them) and a packed `k × n` matrix (as brief_int8_pack writes
/// it), `c` row-major with stride `ldc`. AVX2 only: call when brief_int8_supported().
void brief_int8_multiply(
    int m, int n, int k, const uint8_t *codes, const float *rowScales, const int32_t *zeros,
    const int8_t *packed, const float *columnScales, const int32_t *sums, float *c, int ldc,
    int accumulate);

#ifdef __cplusplus
}
#endif

#endif
