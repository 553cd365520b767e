package corpus

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A hand-written JSON scanner for JSONL records: one pass over a line
// validates it as one JSON object (as strictly as encoding/json does, with
// its nesting cap counted from each field's value as its Decoder's Token
// API counts it, one level deeper than json.Unmarshal, and with the same
// error messages as that API's
// Token API for the common cases) and finds the text and id fields; the
// cleaned text is quoted back as json.Encoder with SetEscapeHTML(false)
// would. It is several times faster than going through encoding/json, which
// cost as much CPU as cleaning the texts.

// maxJSONDepth is encoding/json's nesting cap for one value.
const maxJSONDepth = 10000

// errEOL is any JSON cut short by the end of the line.
var errEOL = errors.New("unexpected end of line")

// charClass classifies the bytes of a JSON string: 0 plain ASCII, 1 '"',
// 2 '\\', 3 a control character, 4 a byte of a multi-byte sequence.
var charClass = func() (t [256]uint8) {
	for c := 0; c < 0x20; c++ {
		t[c] = 3
	}
	t['"'], t['\\'] = 1, 2
	for c := 0x80; c < 0x100; c++ {
		t[c] = 4
	}
	return t
}()

// String flags: what scanString met between the quotes.
const (
	strEscape = 1 << iota // a backslash
	strHigh               // a byte >= 0x80
)

// synErr is a syntax error worded as encoding/json's scanner words it.
func synErr(c byte, context string) error {
	return errors.New("invalid character " + quoteChar(c) + " " + context)
}

// quoteChar is encoding/json's: c quoted in single quotes.
func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

func isSpace(c byte) bool { return c <= ' ' && (c == ' ' || c == '\t' || c == '\r' || c == '\n') }

func skipSpace(b []byte, i int) int {
	for i < len(b) && isSpace(b[i]) {
		i++
	}
	return i
}

// scanString scans the JSON string that starts at b[i] (a '"') and returns
// the index after its closing quote and what it met (strEscape, strHigh).
func scanString(b []byte, i int) (int, uint8, error) {
	var flags uint8
	i++
	for {
		// The bulk: plain ASCII, 8 bytes at a time when none of them is
		// a quote, a backslash, a control character or >= 0x80.
		for i+8 <= len(b) && plain8(binary.LittleEndian.Uint64(b[i:])) {
			i += 8
		}
		if i >= len(b) {
			return i, flags, errEOL
		}
		c := b[i]
		switch charClass[c] {
		case 0:
			i++
		case 1:
			return i + 1, flags, nil
		case 2:
			flags |= strEscape
			i++
			if i >= len(b) {
				return i, flags, errEOL
			}
			switch b[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i++
			case 'u':
				i++
				for k := 0; k < 4; k++ {
					if i >= len(b) {
						return i, flags, errEOL
					}
					if !isHex(b[i]) {
						return i, flags, synErr(b[i], `in \u hexadecimal character escape`)
					}
					i++
				}
			default:
				return i, flags, synErr(b[i], "in string escape code")
			}
		case 3:
			return i, flags, synErr(c, "in string literal")
		default:
			flags |= strHigh
			for i++; i < len(b) && b[i] >= 0x80; i++ {
			}
		}
	}
}

// plain8 reports whether the 8 bytes of v are all plain ASCII in a JSON
// string: none is a quote, a backslash, a control character or >= 0x80.
func plain8(v uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	quote := v ^ (ones * '"')
	bslash := v ^ (ones * '\\')
	return (v|(v-ones*0x20)|(quote-ones)&^quote|(bslash-ones)&^bslash)&highs == 0
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// scanNumber scans the JSON number that starts at b[i] (a '-' or a digit).
func scanNumber(b []byte, i int) (int, error) {
	if b[i] == '-' {
		i++
		if i >= len(b) {
			return i, errEOL
		}
		if !isDigit(b[i]) {
			return i, synErr(b[i], "in numeric literal")
		}
	}
	if b[i] == '0' {
		i++
	} else {
		for i < len(b) && isDigit(b[i]) {
			i++
		}
	}
	var err error
	if i < len(b) && b[i] == '.' {
		if i, err = scanDigits(b, i+1, "after decimal point in numeric literal"); err != nil {
			return i, err
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		return scanDigits(b, i, "in exponent of numeric literal")
	}
	return i, nil
}

// scanDigits scans the one or more digits a fraction or an exponent
// needs, from b[i]; what says where they are for the error.
func scanDigits(b []byte, i int, what string) (int, error) {
	if i >= len(b) {
		return i, errEOL
	}
	if !isDigit(b[i]) {
		return i, synErr(b[i], what)
	}
	for i < len(b) && isDigit(b[i]) {
		i++
	}
	return i, nil
}

// scanLiteral scans true, false or null, starting at b[i].
func scanLiteral(b []byte, i int) (int, error) {
	var lit string
	switch b[i] {
	case 't':
		lit = "true"
	case 'f':
		lit = "false"
	default:
		lit = "null"
	}
	for k := 1; k < len(lit); k++ {
		if i+k >= len(b) {
			return i + k, errEOL
		}
		if b[i+k] != lit[k] {
			return i + k, synErr(b[i+k], "in literal "+lit+" (expecting "+quoteChar(lit[k])+")")
		}
	}
	return i + len(lit), nil
}

// scanValue scans the JSON value that starts at or after b[i] (after
// whitespace), depth being the number of arrays and objects it is in
// (counted from the value being decoded, as encoding/json counts). It
// returns the index after the value.
func scanValue(b []byte, i, depth int) (int, error) {
	i = skipSpace(b, i)
	if i >= len(b) {
		return i, errEOL
	}
	switch c := b[i]; {
	case c == '"':
		j, _, err := scanString(b, i)
		return j, err
	case c == '-' || isDigit(c):
		return scanNumber(b, i)
	case c == 't' || c == 'f' || c == 'n':
		return scanLiteral(b, i)
	case c == '[':
		if depth+1 > maxJSONDepth {
			return i, synErr(c, "exceeded max depth")
		}
		i = skipSpace(b, i+1)
		if i < len(b) && b[i] == ']' {
			return i + 1, nil
		}
		for {
			var err error
			if i, err = scanValue(b, i, depth+1); err != nil {
				return i, err
			}
			i = skipSpace(b, i)
			if i >= len(b) {
				return i, errEOL
			}
			switch b[i] {
			case ',':
				i++
			case ']':
				return i + 1, nil
			default:
				return i, synErr(b[i], "after array element")
			}
		}
	case c == '{':
		if depth+1 > maxJSONDepth {
			return i, synErr(c, "exceeded max depth")
		}
		i = skipSpace(b, i+1)
		if i < len(b) && b[i] == '}' {
			return i + 1, nil
		}
		for {
			if i >= len(b) {
				return i, errEOL
			}
			if b[i] != '"' {
				return i, synErr(b[i], "looking for beginning of object key string")
			}
			var err error
			if i, _, err = scanString(b, i); err != nil {
				return i, err
			}
			i = skipSpace(b, i)
			if i >= len(b) {
				return i, errEOL
			}
			if b[i] != ':' {
				return i, synErr(b[i], "after object key")
			}
			if i, err = scanValue(b, i+1, depth+1); err != nil {
				return i, err
			}
			i = skipSpace(b, i)
			if i >= len(b) {
				return i, errEOL
			}
			switch b[i] {
			case ',':
				i = skipSpace(b, i+1)
			case '}':
				return i + 1, nil
			default:
				return i, synErr(b[i], "after object key:value pair")
			}
		}
	default:
		return i, synErr(c, "looking for beginning of value")
	}
}

// notObject words a record that is not one JSON object.
func notObject(err error) error { return errors.New("not a JSON object: " + err.Error()) }

// parseRecord finds the text and the id of a record: the line must be one
// JSON object with a string in the text field. start and end are the text
// value's byte span in line (the JSON string, quotes included). It
// accepts and refuses what encoding/json does, and decodes strings as it
// does (invalid UTF-8 and lone surrogates become U+FFFD).
func parseRecord(line []byte, o JSONLOptions) (text, id string, start, end int, err error) {
	textField, idField := o.textField(), o.idField()
	i := skipSpace(line, 0)
	if i >= len(line) {
		return "", "", 0, 0, notObject(errEOL)
	}
	if c := line[i]; c != '{' {
		switch {
		case c == '[':
		case c == '"' || c == '-' || isDigit(c) || c == 't' || c == 'f' || c == 'n':
			if _, err := scanValue(line, i, 0); err != nil {
				return "", "", 0, 0, notObject(err)
			}
		default:
			return "", "", 0, 0, notObject(synErr(c, "looking for beginning of value"))
		}
		return "", "", 0, 0, errors.New("not a JSON object: " + kindOf(line[i:]))
	}
	start = -1
	var textStr []byte // the text's JSON string
	var textFlags uint8
	i = skipSpace(line, i+1)
	if i < len(line) && line[i] == '}' {
		i++
	} else {
		first := true
		for {
			// A key.
			if i >= len(line) {
				return "", "", 0, 0, notObject(errEOL)
			}
			if line[i] != '"' {
				if first { // the Decoder's Token gives no context here
					return "", "", 0, 0, notObject(errors.New("invalid character " + quoteChar(line[i])))
				}
				return "", "", 0, 0, notObject(synErr(line[i], "looking for beginning of object key string"))
			}
			first = false
			ks := i
			ke, kflags, err := scanString(line, i)
			if err != nil {
				return "", "", 0, 0, notObject(err)
			}
			i = skipSpace(line, ke)
			if i >= len(line) {
				return "", "", 0, 0, notObject(errEOL)
			}
			if line[i] != ':' {
				return "", "", 0, 0, notObject(errors.New("expected colon after object key"))
			}
			// Its value.
			vs := skipSpace(line, i+1)
			var ve int
			var vflags uint8 // when the value is a string
			if vs < len(line) && line[vs] == '"' {
				ve, vflags, err = scanString(line, vs)
			} else {
				ve, err = scanValue(line, vs, 0)
			}
			if err != nil {
				return "", "", 0, 0, notObject(err)
			}
			key := line[ks+1 : ke-1]
			switch {
			case keyIs(key, kflags, textField):
				if start >= 0 {
					return "", "", 0, 0, errors.New(strconv.Quote(textField) + " field twice")
				}
				if line[vs] != '"' {
					return "", "", 0, 0, errors.New(strconv.Quote(textField) + " field is " + kindOf(line[vs:]) + ", not a string")
				}
				start, end = vs, ve
				textStr, textFlags = line[vs+1:ve-1], vflags
			case keyIs(key, kflags, idField):
				switch line[vs] {
				case '"':
					id = unquote(line[vs+1:ve-1], vflags)
				case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
					id = string(line[vs:ve])
				}
			}
			// What follows it.
			i = skipSpace(line, ve)
			if i >= len(line) {
				return "", "", 0, 0, notObject(errEOL)
			}
			if line[i] == '}' {
				i++
				break
			}
			if line[i] != ',' {
				return "", "", 0, 0, notObject(synErr(line[i], "after object key:value pair"))
			}
			i = skipSpace(line, i+1)
		}
	}
	if skipSpace(line, i) < len(line) {
		return "", "", 0, 0, errors.New("not a JSON object: more after its end")
	}
	if start < 0 {
		return "", "", 0, 0, errors.New("no " + strconv.Quote(textField) + " field")
	}
	return unquote(textStr, textFlags), id, start, end, nil
}

// keyIs reports whether the key (a JSON string's contents, with the flags
// scanString gave it) decodes to name.
func keyIs(key []byte, flags uint8, name string) bool {
	if flags == 0 {
		return string(key) == name
	}
	return unquote(key, flags) == name
}

// unquote decodes the contents of a valid JSON string as encoding/json
// does: invalid UTF-8 bytes become U+FFFD one by one, and so do surrogate
// escapes that are not a high and a low one in a row. flags are what
// scanString met.
func unquote(s []byte, flags uint8) string {
	if flags&strEscape == 0 && (flags&strHigh == 0 || utf8.Valid(s)) {
		return string(s)
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for r := 0; r < len(s); {
		// A run without backslashes, then an escape.
		n := bytes.IndexByte(s[r:], '\\')
		if n < 0 {
			n = len(s) - r
		}
		writeValid(&b, s[r:r+n], flags&strHigh != 0)
		if r += n; r >= len(s) {
			break
		}
		switch e := s[r+1]; e {
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			rr := getu4(s[r:])
			r += 6
			if utf16.IsSurrogate(rr) {
				if rr1 := getu4(s[r:]); rr1 >= 0 {
					if dec := utf16.DecodeRune(rr, rr1); dec != utf8.RuneError {
						r += 6
						b.WriteRune(dec)
						continue
					}
				}
				rr = utf8.RuneError
			}
			b.WriteRune(rr)
			continue
		default: // " \ /
			b.WriteByte(e)
		}
		r += 2
	}
	return b.String()
}

// writeValid writes s to b, each invalid UTF-8 byte as U+FFFD; high tells
// whether s may hold bytes >= 0x80.
func writeValid(b *strings.Builder, s []byte, high bool) {
	if !high || utf8.Valid(s) {
		b.Write(s)
		return
	}
	for r := 0; r < len(s); {
		rr, size := utf8.DecodeRune(s[r:])
		if rr == utf8.RuneError && size == 1 {
			b.WriteString("\uFFFD")
		} else {
			b.Write(s[r : r+size])
		}
		r += size
	}
}

// getu4 decodes \uXXXX at the start of s, or returns -1.
func getu4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c = c - '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// quoteClass tells which bytes appendQuoted copies as they are (0), which
// it escapes (1: the quote, the backslash and control characters) and
// which start a multi-byte sequence to look at (2), from charClass.
var quoteClass = func() (t [256]uint8) {
	for c, k := range charClass {
		switch k {
		case 1, 2, 3:
			t[c] = 1
		case 4:
			t[c] = 2
		}
	}
	return t
}()

const hexDigits = "0123456789abcdef"

// appendQuoted appends s as a JSON string, byte for byte as json.Encoder
// with SetEscapeHTML(false) writes it: " and \ escaped, control characters
// as \b \f \n \r \t or \u00XX, U+2028 and U+2029 as \u2028 and \u2029,
// each invalid UTF-8 byte as \ufffd.
func appendQuoted(dst, s []byte) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		for i+8 <= len(s) && plain8(binary.LittleEndian.Uint64(s[i:])) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		switch quoteClass[c] {
		case 0:
			i++
			continue
		case 1:
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRune(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
