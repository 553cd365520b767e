package shingles

import "unicode/utf8"

// The byte-at-a-time scanners that appendWordsASCII and appendWords replaced,
// kept as the reference of the differential tests.

// refAppendWordsASCII is AppendWordHashes for ASCII s.
func refAppendWordsASCII(dst []uint64, s string) []uint64 {
	i, n := 0, len(s)
	for {
		for i < n && asciiClass[s[i]] == sep {
			i++
		}
		if i == n {
			return dst
		}
		start := i
		var cls uint8
		for i < n {
			k := asciiClass[s[i]]
			if k == sep {
				break
			}
			cls |= k
			i++
		}
		dst = append(dst, wordHash(s[start:i], cls&upper != 0))
	}
}

// appendWords is AppendWordHashes for any s. Unless nfkc is set (s is known
// to be in NFKC), it stops and reports false at the first rune that NFKC
// may change.
func refAppendWords(dst []uint64, s string, nfkc bool) ([]uint64, bool) {
	var tmp [64]byte
	t := classes()
	i, n := 0, len(s)
	for {
		// Skip separators; stop on the first rune of a word.
		var k uint8
		size := 1
		for i < n {
			if c := s[i]; c < utf8.RuneSelf {
				if k = asciiClass[c]; k != sep {
					size = 1
					break
				}
				i++
				continue
			}
			if k, size = runeClass(t, s, i, nfkc); k != cSep {
				break
			}
			i += size
		}
		if i == n {
			return dst, true
		}
		if k == cUnsafe {
			return dst, false
		}
		start, dirty := i, k == cFold
		i += size
		for i < n {
			if c := s[i]; c < utf8.RuneSelf {
				k = asciiClass[c]
				if k == sep {
					break
				}
				dirty = dirty || k == cFold
				i++
				continue
			}
			k, size = runeClass(t, s, i, nfkc)
			if k == cSep {
				break
			}
			if k == cUnsafe {
				return dst, false
			}
			dirty = dirty || k == cFold
			i += size
		}
		if w := s[start:i]; dirty {
			dst = append(dst, wordHash(appendFolded(tmp[:0], w), false))
		} else {
			dst = append(dst, wordHash(w, false))
		}
	}
}

// refAppendWordHashes is AppendWordHashes with the reference scanners.
func refAppendWordHashes(dst []uint64, text string) []uint64 {
	if isASCII(text) {
		return refAppendWordsASCII(dst, text)
	}
	start := len(dst)
	dst, ok := refAppendWords(dst, text, false)
	if ok {
		return dst
	}
	dst = dst[:start]
	withNFKC(text, func(s string, _ bool) { dst, _ = refAppendWords(dst, s, true) })
	return dst
}
