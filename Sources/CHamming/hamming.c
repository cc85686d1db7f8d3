#include "CHamming.h"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

// One kernel body, compiled twice: with the POPCNT instruction and without. Rows are read
// once per query from a block the caller keeps small (it stays in cache across queries);
// the query's words stay in registers. Six words (384 bits, the sentence model's width)
// are unrolled.
#define BRIEF_HAMMING_BODY                                                                 \
  for (size_t q = 0; q < query_count; q++) {                                               \
    const uint64_t *query = queries + q * words;                                           \
    uint16_t *out = distances + q * rows;                                                  \
    if (words == 6) {                                                                      \
      const uint64_t q0 = query[0], q1 = query[1], q2 = query[2];                          \
      const uint64_t q3 = query[3], q4 = query[4], q5 = query[5];                          \
      const uint64_t *row = signs;                                                         \
      for (size_t r = 0; r < rows; r++, row += 6) {                                        \
        out[r] = (uint16_t)(__builtin_popcountll(row[0] ^ q0) +                            \
                            __builtin_popcountll(row[1] ^ q1) +                            \
                            __builtin_popcountll(row[2] ^ q2) +                            \
                            __builtin_popcountll(row[3] ^ q3) +                            \
                            __builtin_popcountll(row[4] ^ q4) +                            \
                            __builtin_popcountll(row[5] ^ q5));                            \
      }                                                                                    \
    } else {                                                                               \
      const uint64_t *row = signs;                                                         \
      for (size_t r = 0; r < rows; r++, row += words) {                                    \
        unsigned distance = 0;                                                             \
        for (size_t w = 0; w < words; w++) distance += __builtin_popcountll(row[w] ^ query[w]); \
        out[r] = (uint16_t)distance;                                                       \
      }                                                                                    \
    }                                                                                      \
  }

static void distances_portable(const uint64_t *signs, size_t rows, size_t words,
                               const uint64_t *queries, size_t query_count,
                               uint16_t *distances) {
  BRIEF_HAMMING_BODY
}

#if defined(__x86_64__)
__attribute__((target("popcnt"))) static void distances_popcnt(
    const uint64_t *signs, size_t rows, size_t words, const uint64_t *queries,
    size_t query_count, uint16_t *distances) {
  BRIEF_HAMMING_BODY
}
#endif

void brief_hamming_distances(const uint64_t *signs, size_t rows, size_t words,
                             const uint64_t *queries, size_t query_count,
                             uint16_t *distances) {
#if defined(__x86_64__)
  if (__builtin_cpu_supports("popcnt")) {
    distances_popcnt(signs, rows, words, queries, query_count, distances);
    return;
  }
#endif
  distances_portable(signs, rows, words, queries, query_count, distances);
}

size_t brief_hamming_within(const uint16_t *distances, size_t count, uint16_t limit,
                            uint32_t *offsets) {
  size_t found = 0;
  size_t start = 0;
  for (; start + 16 <= count; start += 16) {
    // The smallest of sixteen, in a loop the compiler turns into vector minimums.
    uint16_t least = distances[start];
    for (size_t i = 1; i < 16; i++) {
      uint16_t distance = distances[start + i];
      least = distance < least ? distance : least;
    }
    if (least > limit) continue;
    for (size_t i = start; i < start + 16; i++) {
      offsets[found] = (uint32_t)i;
      found += distances[i] <= limit;
    }
  }
  for (size_t i = start; i < count; i++) {
    offsets[found] = (uint32_t)i;
    found += distances[i] <= limit;
  }
  return found;
}

static void sign_bits_portable(const int8_t *codes, size_t rows, size_t width,
                               uint64_t *signs) {
  const size_t words = (width + 63) / 64;
  for (size_t r = 0; r < rows; r++) {
    const int8_t *row = codes + r * width;
    uint64_t *out = signs + r * words;
    for (size_t w = 0; w < words; w++) out[w] = 0;
    for (size_t i = 0; i < width; i++) {
      out[i / 64] |= (uint64_t)(row[i] < 0) << (i % 64);
    }
  }
}

#if defined(__x86_64__)
// Each byte's top bit is its sign: one movemask gives 32 of them.
__attribute__((target("avx2"))) static void sign_bits_avx2(const int8_t *codes, size_t rows,
                                                            size_t width, uint64_t *signs) {
  const size_t words = (width + 63) / 64;
  for (size_t r = 0; r < rows; r++) {
    const int8_t *row = codes + r * width;
    uint64_t *out = signs + r * words;
    size_t i = 0;
    for (size_t w = 0; w < words; w++) {
      uint64_t bits = 0;
      if (i + 64 <= width) {
        const uint32_t low = (uint32_t)_mm256_movemask_epi8(
            _mm256_loadu_si256((const __m256i *)(row + i)));
        const uint32_t high = (uint32_t)_mm256_movemask_epi8(
            _mm256_loadu_si256((const __m256i *)(row + i + 32)));
        bits = (uint64_t)low | ((uint64_t)high << 32);
        i += 64;
      } else {
        for (size_t bit = 0; i < width; i++, bit++) bits |= (uint64_t)(row[i] < 0) << bit;
      }
      out[w] = bits;
    }
  }
}
#endif

void brief_sign_bits(const int8_t *codes, size_t rows, size_t width, uint64_t *signs) {
#if defined(__x86_64__)
  if (__builtin_cpu_supports("avx2")) {
    sign_bits_avx2(codes, rows, width, signs);
    return;
  }
#endif
  sign_bits_portable(codes, rows, width, signs);
}
