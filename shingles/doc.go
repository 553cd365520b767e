// Package shingles turns text into the form used to compare paragraphs and
// streams hashes of its word n-grams ("shingles").
//
// # Normalisation
//
// Text is compared in a normalised form:
//
//   - Unicode NFKC (compatibility composition), so ligatures, full-width
//     forms, superscripts and decomposed accents compare equal to their plain
//     forms. Pure ASCII text and text that NFKC would leave unchanged (checked
//     with the quick check) are not copied.
//   - Simple case folding: every letter is mapped to
//     unicode.ToLower(unicode.ToUpper(r)), so "A", "a" and final/non-final
//     sigma compare equal.
//   - Words are the maximal runs of letters and numbers (unicode.IsLetter,
//     unicode.IsNumber). Every other character (spaces, punctuation, straight
//     and curly quotes, hyphens and dashes, symbols, combining marks that NFKC
//     did not compose) separates words, so quote and dash styles and spacing
//     never matter.
//
// This is the benchmark's definition of a word (lower-case; every run of
// characters that are not letters or numbers becomes one space), with NFKC
// in front of it.
//
// # Shingles
//
// A shingle is n consecutive words (a word n-gram). A text of m >= n words has
// m-n+1 shingles; a text of 1 <= m < n words has exactly one shingle made of
// all its words, so it only ever matches a text with exactly the same words;
// a text without words has no shingles.
//
// Each word is hashed once with xxhash64 (seed 0) of its normalised UTF-8
// bytes; a shingle's hash combines the hashes of its words and its length with
// fixed odd multipliers and a 64-bit finaliser. Hashes are therefore
// deterministic across runs, machines and architectures, depend on word order,
// and do not depend on anything but the normalised words.
//
// The functions here allocate nothing per word or shingle: callers pass the
// destination slice and reuse it.
package shingles
