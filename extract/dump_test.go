package extract

import (
	"slices"
	"testing"
)

// TestLinkMarks checks that the link numbers of a text browser's dump go
// from the paragraphs' text, and that bracketed numbers of other text
// (references in prose, too few marks, marks out of order) stay.
func TestLinkMarks(t *testing.T) {
	const dump = "   [1]Skip to main content\n\n     * [3]News\n     * [4]Sport\n\n   [13]News > [14]Transport\n\n" +
		"   By [15]Maren Holt, transport correspondent\n\n   [21][IMG]\n\n   A figure [2] stands alone.\n"
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"lynx dump", dump, []string{"Skip to main content", "News", "Sport", "News > Transport",
			"By Maren Holt, transport correspondent", "[IMG]", "A figure [2] stands alone."}},
		{"references in prose", "The study said so.[1] Others agreed.[2]\n\nIt rained [3] days.\n\n(see [4]) and [5] more.\n\nEnd.[6]",
			[]string{"The study said so.[1] Others agreed.[2]", "It rained [3] days.", "(see [4]) and [5] more.", "End.[6]"}},
		{"three marks", "[1]Home\n\n[2]News\n\n[3]Sport", []string{"[1]Home", "[2]News", "[3]Sport"}},
		{"out of order", "[9]Home\n\n[2]News\n\n[7]Sport\n\n[1]Weather", []string{"[9]Home", "[2]News", "[7]Sport", "[1]Weather"}},
		{"four marks", "[1]Home\n\n[2]News\n\n[3]Sport\n\n(x [4]Weather)", []string{"Home", "News", "Sport", "(x Weather)"}},
		{"marks after brackets and quotes", "[1]Home\n\n[2]News\n\n([3]Sport) \"[4]Quote\" a |[5]b >[6]c :[7]d '[8]e said.[9]Then []x",
			[]string{"Home", "News", "(Sport) \"Quote\" a |b >c :d 'e said.[9]Then []x"}},
		{"one number again and again", "[2]Home\n\n[2]News\n\n[2]Sport\n\n[2]Weather", []string{"[2]Home", "[2]News", "[2]Sport", "[2]Weather"}},
		{"six digits", "[1]Home\n\n[2]News\n\n[3]Sport\n\n[4]Weather [123456]x", []string{"Home", "News", "Sport", "Weather [123456]x"}},
	}
	for _, tc := range tests {
		got := texts(Text("t.txt", []byte(tc.in)).Paragraphs)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// TestLinkURLs checks that the addresses a plain-text e-mail writes in
// brackets after a link's text go from the paragraphs, that an address
// alone loses only its brackets, and that brackets holding anything else
// stay.
func TestLinkURLs(t *testing.T) {
	src := "Share [https://news.example/p/vote?utm_source=email&action=share]\n\n" +
		"READ IN APP <https://open.example/p/vote>\n\n" +
		"[https://cdn.example/image/fetch/w_1456/photo.jpg]\n\n" +
		"The council voted 5-4 [https://news.example/p/vote] after a long night, and the mayor [http://x.example/m] spoke.\n\n" +
		"See [the full report] and <b>this</b> and [https://broken example] here.\n\n" +
		"Ask the clerk at <clerk@example.org> for the minutes."
	want := []string{
		"Share",
		"READ IN APP",
		"https://cdn.example/image/fetch/w_1456/photo.jpg",
		"The council voted 5-4 after a long night, and the mayor spoke.",
		"See [the full report] and <b>this</b> and [https://broken example] here.",
		"Ask the clerk at <clerk@example.org> for the minutes.",
	}
	if got := texts(Text("x", []byte(src)).Paragraphs); !slices.Equal(got, want) {
		t.Fatalf("paragraphs\n%q\nwant\n%q", got, want)
	}
	checkSplit(t, []byte(src))
}

func TestWithoutLinkURLs(t *testing.T) {
	for in, want := range map[string]string{
		"Share [https://a.example/s]":             "Share",
		"[https://a.example/x.jpg]":               "https://a.example/x.jpg",
		"[https://a.example] [https://b.example]": "[https://a.example] [https://b.example]",
		"Vote <https://a.example> today":          "Vote today",
		"[https://a.example":                      "[https://a.example",
		"[http://a.example>":                      "[http://a.example>",
		"x [ftp://a.example] y":                   "x [ftp://a.example] y",
		"Photo [https://a.example/p] by Ann [1]":  "Photo by Ann [1]",
	} {
		if got := withoutLinkURLs(in); got != want {
			t.Errorf("withoutLinkURLs(%q) = %q, want %q", in, got, want)
		}
	}
}
