package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// parseRecordStd is parseRecord as it was written with encoding/json's
// Decoder: the reference the hand-written scanner is checked against.
func parseRecordStd(line []byte, o JSONLOptions) (text, id string, start, end int, err error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return "", "", 0, 0, fmt.Errorf("not a JSON object: %v", syntaxErrorStd(err))
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return "", "", 0, 0, fmt.Errorf("not a JSON object: %s", kindOf(line[dec.InputOffset()-1:]))
	}
	textField, idField := o.textField(), o.idField()
	start = -1
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return "", "", 0, 0, fmt.Errorf("not a JSON object: %v", syntaxErrorStd(err))
		}
		key, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return "", "", 0, 0, fmt.Errorf("not a JSON object: %v", syntaxErrorStd(err))
		}
		switch key {
		case textField:
			if start >= 0 {
				return "", "", 0, 0, fmt.Errorf("%q field twice", textField)
			}
			if v[0] != '"' {
				return "", "", 0, 0, fmt.Errorf("%q field is %s, not a string", textField, kindOf(v))
			}
			end = int(dec.InputOffset())
			start = end - len(v)
			if err := json.Unmarshal(v, &text); err != nil {
				return "", "", 0, 0, err
			}
		case idField:
			switch v[0] {
			case '"':
				json.Unmarshal(v, &id)
			case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
				id = string(v)
			}
		}
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return "", "", 0, 0, fmt.Errorf("not a JSON object: %v", syntaxErrorStd(err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return "", "", 0, 0, errors.New("not a JSON object: more after its end")
	}
	if start < 0 {
		return "", "", 0, 0, fmt.Errorf("no %q field", textField)
	}
	return text, id, start, end, nil
}

func syntaxErrorStd(err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return errors.New("unexpected end of line")
	}
	return err
}

// quoteStd is the reference for appendQuoted.
func quoteStd(s []byte) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(string(s))
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// checkParse compares parseRecord with parseRecordStd on line: the same
// text, id and span, and an error in the same cases. With sameMsg, the
// errors must read the same too.
func checkParse(t *testing.T, line []byte, o JSONLOptions, sameMsg bool) {
	t.Helper()
	text, id, start, end, err := parseRecord(line, o)
	wtext, wid, wstart, wend, werr := parseRecordStd(line, o)
	if (err == nil) != (werr == nil) {
		t.Fatalf("%q: error %v; encoding/json: %v", line, err, werr)
	}
	if err != nil {
		if sameMsg && err.Error() != werr.Error() {
			t.Errorf("%q: error %q; encoding/json: %q", line, err, werr)
		}
		return
	}
	if text != wtext || id != wid || start != wstart || end != wend {
		t.Fatalf("%q: text %q id %q span %d-%d; encoding/json: %q %q %d-%d", line, text, id, start, end, wtext, wid, wstart, wend)
	}
}

var parseCases = []string{
	// good
	`{"text":"a"}`, ` { "text" : "a" } `, "\t{\"text\":\"a\"}\r\n ",
	`{"id":"x","text":"One.","n":[1,-0.5e+3,{"a":[true,false,null]},[]],"o":{}}`,
	`{"text":"caf\u00e9 \"q\" \ud83d\ude00 \/ \\ \b\f\n\r\t \u0000 \u001F"}`,
	`{"text":"lone \ud800 high, lone \udc00 low, \ud800\ud800\udc00 high high-low, \ud800\u0041, \ud800x, \uD83D\uDE00"}`,
	"{\"text\":\"bad \xff utf8 \xe2\x82 cut \xed\xa0\x80 surrogate \xef\xbf\xbd real fffd\"}",
	"{\"text\":\"fine \xe2\x82\xac and \xf0\x9f\x98\x80\"}",
	"{\"text\":\"\xc0\xaf overlong \x7f del\"}",
	`{"\u0074ext":"escaped key"}`, "{\"te\xffxt\":\"bad key\",\"text\":\"b\"}",
	`{"id":12,"text":"a"}`, `{"id":-1.5E-3,"text":"a"}`, `{"id":"a\u00e9","text":"a"}`, `{"id":null,"text":"a"}`,
	`{"id":"a","id":true,"text":"a"}`, `{"id":"a","id":"b","text":"a"}`, `{"id":"a","id":7,"text":"a"}`,
	`{"id":"\ud800","text":"a"}`, "{\"id\":\"\xff\",\"text\":\"a\"}",
	`{"text":""}`, `{"text":"\\"}`, `{"x":"\"}","text":"a"}`,
	`{"a":0,"b":-0,"c":0.0,"d":1e5,"e":1E+5,"f":1e-5,"g":123456789012345678901234567890,"text":"a"}`,
	// errors
	``, ` `, `not json`, `nul`, `[1,2]`, `[`, `]`, `}`, `,`, `:`, `"text"`, `"text`, `"a"x`, `12`, `-`, `1x`, `01`, `true`, `false`, `null`, `tru`, `x`,
	`{`, `{ `, `{}`, `{}x`, `{} {}`, `{"text":"a"}}`, `{"text":"a"} {"text":"b"}`, `{"text":"a"},`,
	`{"title":"no text"}`, `{"text":5}`, `{"text":null}`, `{"text":["a"]}`, `{"text":{}}`, `{"text":true}`, `{"text":false}`, `{"text":-1}`,
	`{"text":"a","text":"b"}`, `{"text":"a","text":5}`, `{"text":5,"text":"a"}`, `{"text":"a","text":[1,}`,
	`{"text":"a",}`, `{"text":"a" "b":1}`, `{"text":"a";}`, `{"text" "a"}`, `{"text"}`, `{"text":}`, `{"text":,}`,
	`{,"text":"a"}`, `{1:2}`, `{]`, `{[`, `{:`, `{'a':1}`, `{"a":1,,"text":"a"}`, `{"a":1,1:2}`, `{"a":1,}`,
	`{"text":"a`, `{"text":"a\`, `{"text":"a\u12`, `{"text":"a\u12x4"}`, `{"text":"a\x"}`, `{"text":"a\'"}`,
	"{\"text\":\"a\x01b\"}", "{\"text\":\"a\nb\"}", "{\"text\":\"a\tb\"}", "{\"text\":\"a\x00\"}",
	`{"a":01,"text":"a"}`, `{"a":-,"text":"a"}`, `{"a":-a}`, `{"a":1.}`, `{"a":1.e5}`, `{"a":1e}`, `{"a":1e+}`, `{"a":.5}`, `{"a":+1}`,
	`{"a":1.5x}`, `{"a":0x10}`, `{"a":1`, `{"a":1.`, `{"a":1e`, `{"a":-`,
	`{"a":tru}`, `{"a":trux}`, `{"a":nul}`, `{"a":fals}`, `{"a":falsey}`, `{"a":nulll}`, `{"a":True}`, `{"a":NaN}`,
	`{"a":[1 2]}`, `{"a":[1,]}`, `{"a":[,1]}`, `{"a":[}`, `{"a":[1}`, `{"a":{"b"}}`, `{"a":{"b":}}`, `{"a":{"b":1,}}`, `{"a":{1:2}}`,
	`{"a":{"b":1]}`, `{"a":[1]x}`, `{"a":"b"x}`, `{"a":{}x}`, `{"a":[`, `{"a":{`, `{"a":{"b"`, `{"a":{"b":1`,
	"{\"a\":\"b\xff\"}", "{\"a\xff\":\"b\"}", "\xef\xbb\xbf{\"text\":\"bom\"}",
}

// TestParseRecord compares parseRecord with encoding/json on tricky cases,
// error messages included but for those noted.
func TestParseRecord(t *testing.T) {
	// Where the messages differ on purpose: the old code named the last
	// byte of a top-level literal (true: "a number").
	differ := map[string]bool{`true`: true, `false`: true, `null`: true}
	for _, o := range []JSONLOptions{{}, {TextField: "a", IDField: "text"}, {TextField: "id", IDField: "id"}} {
		for _, c := range parseCases {
			checkParse(t, []byte(c), o, !differ[c])
		}
	}
}

// TestParseRecordDepth: a value nested 10000 deep is accepted, one level
// more is refused, as encoding/json does.
func TestParseRecordDepth(t *testing.T) {
	for _, n := range []int{9999, 10000, 10001} {
		for _, open := range []string{"[", `{"a":`} {
			shut := "]"
			if open != "[" {
				shut = "}"
			}
			line := `{"text":"a","x":` + strings.Repeat(open, n) + "1" + strings.Repeat(shut, n) + "}"
			checkParse(t, []byte(line), JSONLOptions{}, true)
			if _, _, _, _, err := parseRecord([]byte(line), JSONLOptions{}); (err != nil) != (n > 10000) {
				t.Errorf("depth %d: %v", n, err)
			}
		}
	}
}

func TestAppendQuoted(t *testing.T) {
	var all []byte
	for c := 0; c < 256; c++ {
		all = append(all, byte(c))
	}
	for _, s := range []string{
		"", "plain", `"q" \ /`, "\b\f\n\r\t\x00\x01\x1f\x7f", "<>&", "\u2028\u2029\u2027\u202a",
		"caf\xc3\xa9 \xff \xe2\x82 \xed\xa0\x80 \xef\xbf\xbd \xf4\x90\x80\x80 \xf0\x9f\x98\x80",
		string(all), strings.Repeat("abcdefg\n", 5),
	} {
		if got, want := appendQuoted([]byte("x"), []byte(s)), append([]byte("x"), quoteStd([]byte(s))...); !bytes.Equal(got, want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	}
}

func FuzzParseRecord(f *testing.F) {
	for _, c := range parseCases {
		f.Add([]byte(c), false)
	}
	f.Fuzz(func(t *testing.T, line []byte, other bool) {
		o := JSONLOptions{}
		if other {
			o = JSONLOptions{TextField: "a", IDField: "b"}
		}
		checkParse(t, line, o, false)
	})
}

func FuzzAppendQuoted(f *testing.F) {
	for _, s := range []string{"", "a\"b\\c\n\x01\u2028\xff\xe2\x82", "caf\u00e9 <b> & \u2029", "\xed\xa0\x80\xef\xbf\xbd"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, s []byte) {
		got, want := appendQuoted(nil, s), quoteStd(s)
		if !bytes.Equal(got, want) {
			t.Fatalf("%q: got %s, want %s", s, got, want)
		}
		if utf8.Valid(s) && !bytes.ContainsAny(s, "\x00") {
			// A round trip through the new parser gives s back.
			line := append(append([]byte(`{"text":`), got...), '}')
			if text, _, _, _, err := parseRecord(line, JSONLOptions{}); err != nil || text != string(s) {
				t.Fatalf("%q: round trip %q, %v", s, text, err)
			}
		}
	})
}

// benchLines are JSONL records like scraped news: a few fields and a text
// of a few KB with escapes and some non-ASCII.
func benchLines() [][]byte {
	para := "The council approved the new budget on Tuesday after a long debate, said the mayor \u2014 \u201cwe are pleased\u201d. "
	var lines [][]byte
	for i := 0; i < 200; i++ {
		var text strings.Builder
		for p := 0; p < 3+i%10; p++ {
			text.WriteString(strings.Repeat(para, 2+p%4))
			text.WriteString("\n\n")
		}
		rec := map[string]any{"id": fmt.Sprint("doc-", i), "url": fmt.Sprintf("https://news.example/%d", i),
			"text": text.String(), "meta": map[string]any{"lang": "en", "score": 0.5, "tags": []string{"a", "b"}}}
		b, _ := json.Marshal(rec)
		lines = append(lines, b)
	}
	return lines
}

// BenchmarkParseRecord reports the MB/s of parsing records with
// encoding/json (std) and with the scanner (scan).
func BenchmarkParseRecord(b *testing.B) {
	lines := benchLines()
	var size int64
	for _, l := range lines {
		size += int64(len(l))
	}
	for _, bc := range []struct {
		name  string
		parse func([]byte, JSONLOptions) (string, string, int, int, error)
	}{{"std", parseRecordStd}, {"scan", parseRecord}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for _, l := range lines {
					if _, _, _, _, err := bc.parse(l, JSONLOptions{}); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkQuote reports the MB/s of quoting texts with json.Encoder (std)
// and with appendQuoted (scan).
func BenchmarkQuote(b *testing.B) {
	var texts [][]byte
	var size int64
	for _, l := range benchLines() {
		text, _, _, _, _ := parseRecord(l, JSONLOptions{})
		texts = append(texts, []byte(text))
		size += int64(len(text))
	}
	b.Run("std", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for _, t := range texts {
				quoteStd(t)
			}
		}
	})
	b.Run("scan", func(b *testing.B) {
		b.SetBytes(size)
		var dst []byte
		for b.Loop() {
			for _, t := range texts {
				dst = appendQuoted(dst[:0], t)
			}
		}
	})
}
