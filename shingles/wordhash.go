package shingles

import (
	"math/bits"

	"github.com/cespare/xxhash/v2"
)

// xxhash64 constants.
const (
	prime1 uint64 = 11400714785074694791
	prime2 uint64 = 14029467366897019727
	prime3 uint64 = 1609587929392839161
	prime4 uint64 = 9650029242287828579
	prime5 uint64 = 2870177450012600261
)

// lane returns the 8 bytes of w at i, little-endian.
func lane[T string | []byte](w T, i int) uint64 {
	_ = w[i+7]
	return uint64(w[i]) | uint64(w[i+1])<<8 | uint64(w[i+2])<<16 | uint64(w[i+3])<<24 |
		uint64(w[i+4])<<32 | uint64(w[i+5])<<40 | uint64(w[i+6])<<48 | uint64(w[i+7])<<56
}

// lowerLane maps the ASCII upper-case letters of x, whose bytes are all
// ASCII, to lower case.
func lowerLane(x uint64) uint64 {
	const ones = 0x0101010101010101
	ge := x + (0x80-'A')*ones   // high bit set where byte >= 'A'
	gt := x + (0x80-'Z'-1)*ones // high bit set where byte > 'Z'
	return x | (ge&^gt&(0x80*ones))>>2
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

// wordHash returns xxhash.Sum64 of w, or of w with its ASCII letters
// lower-cased when lower is set (then w must be ASCII). Words under 32 bytes,
// nearly all of them, are hashed inline: a call into xxhash costs more than
// hashing a short word.
func wordHash[T string | []byte](w T, lower bool) uint64 {
	n := len(w)
	if n >= 32 {
		if lower {
			var tmp [128]byte
			b := tmp[:0]
			for i := 0; i < n; i++ {
				b = append(b, lowerByte(w[i]))
			}
			return xxhash.Sum64(b)
		}
		return xxhash.Sum64([]byte(w))
	}
	h := prime5 + uint64(n)
	i := 0
	for ; i+8 <= n; i += 8 {
		x := lane(w, i)
		if lower {
			x = lowerLane(x)
		}
		h ^= bits.RotateLeft64(x*prime2, 31) * prime1
		h = bits.RotateLeft64(h, 27)*prime1 + prime4
	}
	if i+4 <= n {
		x := uint64(w[i]) | uint64(w[i+1])<<8 | uint64(w[i+2])<<16 | uint64(w[i+3])<<24
		if lower {
			x = lowerLane(x)
		}
		h ^= x * prime1
		h = bits.RotateLeft64(h, 23)*prime2 + prime3
		i += 4
	}
	for ; i < n; i++ {
		c := w[i]
		if lower {
			c = lowerByte(c)
		}
		h ^= uint64(c) * prime5
		h = bits.RotateLeft64(h, 11) * prime1
	}
	h ^= h >> 33
	h *= prime2
	h ^= h >> 29
	h *= prime3
	h ^= h >> 32
	return h
}
