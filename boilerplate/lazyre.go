package boilerplate

import (
	"regexp"
	"sync"
)

// A lazyRE is a regular expression compiled on its first use. The HTML
// rules hold some forty of them; compiled at start, they cost every run
// of the cleaner 30 million instructions before its first document,
// though the text path asks none of them (its datelines are found by
// dateSpans, written out from what was one of them).
// TestLazyREs compiles them all.
type lazyRE struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// lazyREs lists every lazyRE, for the test.
var lazyREs []*lazyRE

// newLazyRE returns the regular expression expr, to be compiled (by
// regexp.MustCompile) on first use.
func newLazyRE(expr string) *lazyRE {
	l := &lazyRE{expr: expr}
	lazyREs = append(lazyREs, l)
	return l
}

// get returns the compiled expression.
func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

// The methods of regexp.Regexp the rules use.

func (l *lazyRE) Match(b []byte) bool                    { return l.get().Match(b) }
func (l *lazyRE) MatchString(s string) bool              { return l.get().MatchString(s) }
func (l *lazyRE) FindStringIndex(s string) []int         { return l.get().FindStringIndex(s) }
func (l *lazyRE) FindStringSubmatch(s string) []string   { return l.get().FindStringSubmatch(s) }
func (l *lazyRE) FindStringSubmatchIndex(s string) []int { return l.get().FindStringSubmatchIndex(s) }
func (l *lazyRE) ReplaceAllString(s, repl string) string {
	return l.get().ReplaceAllString(s, repl)
}
func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}
