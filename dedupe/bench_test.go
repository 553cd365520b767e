package dedupe

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/cleantext/clean/internal/benchcpu"

	"github.com/cleantext/clean"
)

// The dev split of the shared near-duplicate benchmark, copied under
// testdata/benchdev (see its NOTICE.md): corpus.tsv holds the paragraphs in
// corpus order, truth.tsv every pair with exact Jaccard >= 0.3 on the
// benchmark's word 5-grams.
const benchDir = "testdata/benchdev"

type benchPara struct {
	doc  int
	text string
}

type benchPair struct {
	i, j int
	J    float64
}

func loadBench(tb testing.TB) ([]benchPara, []benchPair) {
	tb.Helper()
	var paras []benchPara
	readTSV(tb, benchDir+"/corpus.tsv", 3, func(f []string) {
		id, _ := strconv.Atoi(f[0])
		doc, err := strconv.Atoi(f[1])
		if err != nil || id != len(paras) {
			tb.Fatalf("corpus.tsv: bad line %q", f)
		}
		paras = append(paras, benchPara{doc, f[2]})
	})
	var pairs []benchPair
	readTSV(tb, benchDir+"/truth.tsv", 4, func(f []string) {
		i, _ := strconv.Atoi(f[0])
		j, _ := strconv.Atoi(f[1])
		J, err := strconv.ParseFloat(f[2], 64)
		if err != nil || i >= j || j >= len(paras) {
			tb.Fatalf("truth.tsv: bad line %q", f)
		}
		pairs = append(pairs, benchPair{i, j, J})
	})
	return paras, pairs
}

func readTSV(tb testing.TB, path string, fields int, fn func([]string)) {
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		fn(strings.SplitN(sc.Text(), "\t", fields))
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
}

// benchDocs builds one document per article, paragraphs in corpus order,
// and returns the corpus id of each document's first paragraph.
func benchDocs(paras []benchPara) ([]*clean.Document, []int) {
	var docs []*clean.Document
	var first []int
	for id, p := range paras {
		if len(docs) == 0 || p.doc != paras[id-1].doc {
			docs = append(docs, &clean.Document{ID: fmt.Sprintf("%06d.txt", p.doc), Format: clean.FormatText})
			first = append(first, id)
		}
		d := docs[len(docs)-1]
		start := len(d.Text)
		if start > 0 {
			d.Text += "\n\n"
			start += 2
		}
		d.Text += p.text
		d.Paragraphs = append(d.Paragraphs, clean.Paragraph{Text: p.text, Start: start, End: len(d.Text)})
	}
	return docs, first
}

// resetDocs marks every paragraph kept again.
func resetDocs(docs []*clean.Document) {
	for _, d := range docs {
		for i := range d.Paragraphs {
			d.Paragraphs[i].Removal = nil
		}
	}
}

// dropped returns the corpus ids of the paragraphs removed as duplicates.
func dropped(docs []*clean.Document, first []int) map[int]bool {
	m := map[int]bool{}
	for k, d := range docs {
		for i, p := range d.Paragraphs {
			if p.Removal != nil && p.Removal.Stage == clean.StageDuplicate {
				m[first[k]+i] = true
			}
		}
	}
	return m
}

// truthDups is the benchmark's decision: paragraph j is a duplicate iff some
// earlier i (in the same article when within) has J(i, j) >= t.
func truthDups(paras []benchPara, pairs []benchPair, t float64, within bool) map[int]bool {
	m := map[int]bool{}
	for _, p := range pairs {
		if p.J >= t && (!within || paras[p.i].doc == paras[p.j].doc) {
			m[p.j] = true
		}
	}
	return m
}

type score struct {
	P, R                float64
	truth, found, right int
}

func scoreDups(found, truth map[int]bool) score {
	s := score{truth: len(truth), found: len(found)}
	for j := range found {
		if truth[j] {
			s.right++
		}
	}
	s.P, s.R = 1, 1
	if s.found > 0 {
		s.P = float64(s.right) / float64(s.found)
	}
	if s.truth > 0 {
		s.R = float64(s.right) / float64(s.truth)
	}
	return s
}

// runBench marks docs with the given scope and options.
func runBench(docs []*clean.Document, opts Options, corpus bool) {
	if corpus {
		c := NewCorpus(opts)
		for _, d := range docs {
			c.Mark(d)
		}
		return
	}
	s := Within(opts)
	for _, d := range docs {
		s.Mark(d)
	}
}

// TestBenchDev scores within-article and corpus dedup against the
// benchmark's truth at t = 0.8 and 0.5, with MinHash banding and with the
// exact reference.
func TestBenchDev(t *testing.T) {
	paras, pairs := loadBench(t)
	docs, first := benchDocs(paras)
	for _, th := range []float64{0.8, 0.5} {
		for _, corpus := range []bool{false, true} {
			truth := truthDups(paras, pairs, th, !corpus)
			var got [2]score
			var decisions [2]map[int]bool
			for k, exact := range []bool{false, true} {
				resetDocs(docs)
				runBench(docs, Options{Threshold: th, Exact: exact}, corpus)
				decisions[k] = dropped(docs, first)
				got[k] = scoreDups(decisions[k], truth)
			}
			scope := map[bool]string{false: "within", true: "corpus"}[corpus]
			for k, mode := range []string{"minhash", "exact"} {
				s := got[k]
				t.Logf("t=%.1f %-6s %-7s P=%.4f R=%.4f (truth %d, dropped %d, right %d)",
					th, scope, mode, s.P, s.R, s.truth, s.found, s.right)
			}
			// MinHash must take the reference's decisions here.
			for j := range decisions[1] {
				if !decisions[0][j] {
					t.Errorf("t=%.1f %s: paragraph %d dropped by the exact reference, kept with MinHash", th, scope, j)
				}
			}
			for j := range decisions[0] {
				if !decisions[1][j] {
					t.Errorf("t=%.1f %s: paragraph %d dropped with MinHash, kept by the exact reference", th, scope, j)
				}
			}
			if th == 0.8 && (got[0].P < 0.99 || got[0].R < 0.99) {
				t.Errorf("t=0.8 %s: P=%.4f R=%.4f, want both >= 0.99", scope, got[0].P, got[0].R)
			}
		}
	}
}

// BenchmarkBenchDev measures within-article and corpus dedup (shingling
// included) on the benchmark's paragraphs, MinHash against the exact
// reference.
func BenchmarkBenchDev(b *testing.B) {
	paras, _ := loadBench(b)
	docs, _ := benchDocs(paras)
	n := 0
	for _, p := range paras {
		n += len(p.text)
	}
	for _, corpus := range []bool{false, true} {
		for _, exact := range []bool{false, true} {
			name := fmt.Sprintf("%s/%s", map[bool]string{false: "within", true: "corpus"}[corpus],
				map[bool]string{false: "minhash", true: "exact"}[exact])
			b.Run(name, func(b *testing.B) {
				opts := Options{Exact: exact}
				stage := Within(opts)
				b.SetBytes(int64(n))
				b.ReportAllocs()
				cpu := benchcpu.Start()
				for b.Loop() {
					resetDocs(docs)
					if corpus {
						c := NewCorpus(opts)
						for _, d := range docs {
							c.Mark(d)
						}
					} else {
						for _, d := range docs {
							stage.Mark(d)
						}
					}
				}
				cpu.Report(b, int64(n))
			})
		}
	}
}

// TestWithinConcurrent checks that Within gives the same decisions whether
// documents are marked one by one or from many goroutines at once.
func TestWithinConcurrent(t *testing.T) {
	paras, _ := loadBench(t)
	seq, _ := benchDocs(paras)
	par, _ := benchDocs(paras)
	stage := Within(Options{})
	for _, d := range seq {
		stage.Mark(d)
	}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := w; k < len(par); k += 8 {
				stage.Mark(par[k])
			}
		}()
	}
	wg.Wait()
	for k := range seq {
		for i := range seq[k].Paragraphs {
			a, b := seq[k].Paragraphs[i].Removal, par[k].Paragraphs[i].Removal
			if (a == nil) != (b == nil) || a != nil && (a.Rule != b.Rule || *a.DupOf != *b.DupOf || a.Similarity != b.Similarity) {
				t.Errorf("%s paragraph %d: sequential %+v, concurrent %+v", seq[k].ID, i, a, b)
			}
		}
	}
}

// BenchmarkWithinASCII measures the within-document stage on the
// benchmark's paragraphs made plain ASCII (curly quotes and dashes replaced,
// paragraphs in other scripts left out): the fast path of plain English text.
func BenchmarkWithinASCII(b *testing.B) {
	paras, _ := loadBench(b)
	ascii := strings.NewReplacer("“", `"`, "”", `"`, "’", "'", "‘", "'", "—", "-", "–", "-", "\u00a0", " ", "…", "...")
	var kept []benchPara
	for _, p := range paras {
		t := ascii.Replace(p.text)
		if strings.IndexFunc(t, func(r rune) bool { return r >= 0x80 }) < 0 {
			kept = append(kept, benchPara{p.doc, t})
		}
	}
	docs, _ := benchDocs(kept)
	n := 0
	for _, p := range kept {
		n += len(p.text)
	}
	stage := Within(Options{})
	b.SetBytes(int64(n))
	b.ReportAllocs()
	cpu := benchcpu.Start()
	for b.Loop() {
		resetDocs(docs)
		for _, d := range docs {
			stage.Mark(d)
		}
	}
	cpu.Report(b, int64(n))
}

// TestCorpusMemory logs the heap held by a Corpus per kept paragraph on the
// benchmark (run with -v to see it).
func TestCorpusMemory(t *testing.T) {
	paras, _ := loadBench(t)
	docs, _ := benchDocs(paras)
	for _, exact := range []bool{false, true} {
		resetDocs(docs)
		var m0, m1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		c := NewCorpus(Options{Exact: exact})
		for _, d := range docs {
			c.Mark(d)
		}
		runtime.GC()
		runtime.ReadMemStats(&m1)
		held := int64(m1.HeapAlloc) - int64(m0.HeapAlloc)
		t.Logf("exact=%v: %d kept paragraphs, %d KiB held, %d bytes per kept paragraph",
			exact, c.Kept(), held/1024, held/int64(c.Kept()))
		runtime.KeepAlive(c)
	}
}
