#ifndef BRIEF_CHAMMING_H
#define BRIEF_CHAMMING_H

// Hamming distances between rows of sign bits and queries: the coarse stage of the sentence
// vectors' search (SentenceVectors+SignScan.swift). In C for the processor's popcount
// instruction: Swift's nonzeroBitCount is a sequence of shifts and masks on the baseline
// x86-64 target, which has no POPCNT.

#include <stddef.h>
#include <stdint.h>

/// The Hamming distance between each of `rows` rows of `words` 64-bit words (`signs`, one
/// row after another) and each of `query_count` queries of `words` words (`queries`), into
/// `distances[q * rows + r]` for query q and row r. `words` is at most 1,000 (a distance
/// fits 16 bits).
///
/// Uses the POPCNT instruction where the processor has it (checked at run time), else a
/// portable popcount; the distances are the same.
void brief_hamming_distances(const uint64_t *signs, size_t rows, size_t words,
                             const uint64_t *queries, size_t query_count,
                             uint16_t *distances);

/// Writes the offsets of the distances among `distances[0..<count]` that are at most
/// `limit` into `offsets`, in order, and returns how many there are (`offsets` has room for
/// `count`). Sixteen distances at a time are passed over when none is within the limit.
size_t brief_hamming_within(const uint16_t *distances, size_t count, uint16_t limit,
                            uint32_t *offsets);

/// The sign bits of `rows` rows of `width` signed bytes (`codes`, one row after another):
/// bit i % 64 of word i / 64 of a row is 1 where its byte i is negative, the bits past
/// `width` 0; `(width + 63) / 64` words a row into `signs`. With AVX2 where the processor
/// has it (checked at run time), 32 bytes at a time.
void brief_sign_bits(const int8_t *codes, size_t rows, size_t width, uint64_t *signs);

#endif
