package shingles_test

import (
	"fmt"

	"github.com/cleantext/clean/shingles"
)

func Example() {
	a := "It’s the “latest” wave of severe air pollution."
	b := `IT'S the "latest" wave of severe   air-pollution!`
	fmt.Println(shingles.Normalize(a))

	ha := shingles.AppendHashes(nil, a, 5) // 9 words: 5 shingles
	hb := shingles.AppendHashes(nil, b, 5)
	fmt.Println(len(ha), len(hb), fmt.Sprint(ha) == fmt.Sprint(hb))

	// A text shorter than n words is one shingle of all its words.
	fmt.Println(len(shingles.AppendHashes(nil, "Read more", 5)))
	// Output:
	// it s the latest wave of severe air pollution
	// 5 5 true
	// 1
}
