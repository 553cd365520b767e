package extract

import (
	"strings"
	"testing"
)

// TestQuotedPrintable checks that the text part of a raw e-mail in
// quoted-printable is decoded up to its boundary (a rule of dashes inside
// it is no boundary), the headers and the next part left as they are, and
// that text with no such part, or one that does not decode, is kept.
func TestQuotedPrintable(t *testing.T) {
	head := "From: The Dispatch <news@example.com>\nSubject: =?utf-8?Q?Morning_Dispatch?=\n" +
		"Content-Type: multipart/alternative; boundary=\"_b_1\"\n\n--_b_1\nContent-Type: text/plain; charset=\"utf-8\"\n" +
		"Content-Transfer-Encoding: quoted-printable\n\n"
	body := "The district=E2=80=99s billing software applied a commercial rate tier to hou=\nseholds.=20\n\n-----\n\nCredits start in May=2E\n"
	tail := "--_b_1\nContent-Type: text/html\n\n<p>=3D</p>\n--_b_1--\n"
	got, ok := decodeQuotedPrintable(head + body + tail)
	want := head + "The district\u2019s billing software applied a commercial rate tier to households. \n\n-----\n\nCredits start in May.\n" + tail
	if !ok || got != want {
		t.Errorf("decodeQuotedPrintable = %q, %v\nwant %q", got, ok, want)
	}
	for _, in := range []string{
		"The council met on Monday. It said quoted-printable text is hard to read.\n",
		"Content-Transfer-Encoding: base64\n\nVGhlIGNvdW5jaWw=\n",
	} {
		if got, ok := decodeQuotedPrintable(in); ok || got != in {
			t.Errorf("decodeQuotedPrintable(%q) = %q, %v; want the text kept", in, got, ok)
		}
	}
	// Bytes that are no UTF-8 once decoded (a part in Latin-1): kept.
	if in := head + "Caf=E9 prices rose.\n" + tail; func() bool { got, ok := decodeQuotedPrintable(in); return ok || got != in }() {
		t.Errorf("a part in Latin-1 was decoded")
	}
	// An escape that is none stays as it is, as the decoder reads it.
	if in := head + "A bad escape =ZZ here.\n" + tail; func() bool { got, _ := decodeQuotedPrintable(in); return got != in }() {
		t.Errorf("a bad escape changed the text")
	}
	d := Text("a.txt", []byte(head+body+tail))
	if !strings.Contains(d.Text, "district\u2019s") || len(d.Paragraphs) == 0 {
		t.Errorf("Text did not decode the part: %q", d.Text)
	}
}
