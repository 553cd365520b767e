package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cleantext/clean"
)

// HTMLPass returns the stage that marks what HTML extraction lets through
// but is not the article: it acts only on documents with Format
// clean.FormatHTML, whose paragraphs carry Kind and LinkRunes. Its rules,
// tried in order on each kept paragraph (the first that fires names the
// removal):
//
//   - html-link-teaser: a short paragraph made mostly of link text that is
//     all caps, a heading or list item, or lacks end punctuation (a
//     headline linking to another story), in a run of three, or two list
//     items wholly linked (see htmlLinkedItems); also the short linked lines right
//     after a section label ("More Great X Stories", then the stories), and
//     wholly linked paragraphs at the very end of the body (a promotion);
//   - html-caption: a figure caption or photo credit ("Photo: ...",
//     "Image copyright Getty Images", "(AP Photo/Seth Wenig)");
//   - html-ad-label: "Advertisement", "Story continues below" and the like;
//   - html-dateline: a line that is a date or time with at most a few
//     words around it ("Updated: Sat 8:31 PM, Feb 17, 2018");
//   - html-byline: "By First Last" lines (a few capitalised name words,
//     maybe a role or outlet after a separator) near the start or the end of
//     the body or next to a dateline;
//   - html-section-label: the label of a block of links or a section
//     that is not the article ("You may also like...", "Related:",
//     "SEE MORE: ...", "Comments", "Filed under: ..."); "More on X" and
//     "Popular on X" only when links or the end of the body follow it;
//   - html-appeal: short calls to subscribe, sign up, follow, share or
//     click, author contact lines, copyright lines, cookie and affiliate
//     notices and notices that a feature needs JavaScript;
//   - html-shortcode: an unexpanded CMS shortcode ("[button link=...]").
//
// The captions, advertisement and section labels, bylines and appeals are
// named in de, nl, fr, it, es, pt, pl, ru and uk too ("Quelle: dpa",
// "Реклама", "Artículos relacionados", "Par Jean Dupont", "Suivez-nous sur
// Twitter"), as strictly as in English; the vocabulary beyond English is
// looked for on pages whose prose is not English (see htmlEnglish).
func HTMLPass() clean.Stage {
	return clean.StageFunc(func(d *clean.Document) {
		if d.Format != clean.FormatHTML {
			return
		}
		c := newHTMLContext(d)
		for i := range d.Paragraphs {
			p := &d.Paragraphs[i]
			if !p.Kept() {
				continue
			}
			// An all-caps linked line is a headline when it has words to
			// say something; "[CNBC]" after a quote names its source.
			if c.teaser[i] && (p.Kind == clean.KindHeading || htmlAllCaps(p.Text) && len(strings.Fields(p.Text)) >= 2 || htmlRunLen(c.teaser, i) >= 3 ||
				htmlLinkedItems(d, c.teaser, i) >= 2) {
				Remove(d, i, Reason{Rule: "html-link-teaser"})
				continue
			}
			if r, ok := c.rule(i); ok {
				Remove(d, i, r)
			}
		}
		htmlLabelledLinks(d)
		htmlTrailingLinks(d)
		htmlTailLabel(d)
		htmlCompanyAbout(d)
	})
}

// SkipHTML wraps stages so that they leave HTML documents alone. The body
// finder is for text scraped one block per line; on HTML the extractor has
// already found the article, and a prose-run search there removes
// subheadings, lists and short paragraphs of the body.
func SkipHTML(stages []clean.Stage) []clean.Stage {
	out := make([]clean.Stage, len(stages))
	for i, s := range stages {
		out[i] = clean.StageFunc(func(d *clean.Document) {
			if d.Format != clean.FormatHTML {
				s.Mark(d)
			}
		})
	}
	return out
}

// htmlContext is what the HTML rules know about a paragraph's place in the
// document: how many prose paragraphs come before and after it (a byline or
// a section label sits at the edges of the body, not between its
// paragraphs) and which paragraphs are link teasers; and, computed once,
// the features of each paragraph that the rules' gates look at.
type htmlContext struct {
	d           *clean.Document
	teaser      []bool
	proseBefore []int // kept prose paragraphs before i
	proseAfter  []int // kept prose paragraphs after i
	feat        []htmlFeatures
	// intl: the article is not in English (see htmlEnglish), so the
	// vocabulary beyond English (htmlIntlLabel, htmlIntlAppeal,
	// htmlIntlCredit) is looked for too.
	intl bool
}

// htmlShortMax is the length in runes above which no rule but the
// shortcode looks at a paragraph's words; longer paragraphs (the article's
// prose) get no lower-cased copy.
const htmlShortMax = 300

// htmlFeatures are the facts about a paragraph that the rules' gates test
// before they run a regexp: each gate is a condition without which its
// regexp cannot match, so it changes no decision, only skips the regexp.
type htmlFeatures struct {
	n int // runes
	// lower is the text with its letters in lower case where the lower
	// case takes as many bytes (ASCII letters, and the two-byte letters of
	// the Latin, Greek and Cyrillic alphabets: "É" to "é", "Ł" to "ł",
	// "Ж" to "ж"; other bytes as they are), so that offsets into it are
	// offsets into the text; "" above htmlShortMax runes. The keywords of
	// the case-insensitive regexps are looked up in it, and the rules
	// beyond English (see htmlIntlLabel) read it.
	lower string
	digit bool // an ASCII digit
	at    bool // an '@'
	// fold: the text holds a rune that (?i) matches to an ASCII letter
	// although it is not one, KELVIN SIGN (k) or LONG S (s). A keyword
	// gate could miss its match, so with fold every gate lets its regexp
	// run.
	fold bool
}

func newHTMLContext(d *clean.Document) *htmlContext {
	n := len(d.Paragraphs)
	c := &htmlContext{d: d, teaser: make([]bool, n), proseBefore: make([]int, n), proseAfter: make([]int, n), feat: make([]htmlFeatures, n)}
	prose := make([]bool, n)
	short := 0
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		f := &c.feat[i]
		f.n = utf8.RuneCountInString(p.Text)
		if f.n <= htmlShortMax {
			short += len(p.Text)
		}
		c.teaser[i] = htmlLinkTeaserCandidate(p, f.n)
		prose[i] = p.Kept() && htmlIsProseN(p, f.n)
	}
	c.setLower(short)
	c.intl = !htmlEnglish(d, prose)
	for i, k := 1, 0; i < n; i++ {
		if prose[i-1] {
			k++
		}
		c.proseBefore[i] = k
	}
	for i, k := n-2, 0; i >= 0; i-- {
		if prose[i+1] {
			k++
		}
		c.proseAfter[i] = k
	}
	return c
}

// htmlEnglish reports that the article reads as English: of its first
// prose paragraphs (at most htmlEnglishProbe), more than half hold the
// word "the" or "and". The English vocabulary is looked for on every page; the
// other languages' only on pages that fail this test, so that an English
// page pays nothing for them.
func htmlEnglish(d *clean.Document, prose []bool) bool {
	seen, english := 0, 0
	for i := range d.Paragraphs {
		if !prose[i] {
			continue
		}
		seen++
		if t := d.Paragraphs[i].Text; strings.Contains(t, " the ") || strings.Contains(t, " and ") {
			english++
		}
		if seen == htmlEnglishProbe {
			break
		}
	}
	return 2*english > seen
}

// htmlEnglishProbe is how many prose paragraphs htmlEnglish reads.
const htmlEnglishProbe = 5

// setLower fills the lower-case copies and the byte flags of the short
// paragraphs (short bytes in all), in one string for the document.
func (c *htmlContext) setLower(short int) {
	var b strings.Builder
	b.Grow(short)
	for i := range c.d.Paragraphs {
		f := &c.feat[i]
		if f.n > htmlShortMax {
			continue
		}
		t := c.d.Paragraphs[i].Text
		for j := 0; j < len(t); j++ {
			ch := t[j]
			switch {
			case 'A' <= ch && ch <= 'Z':
				ch += 'a' - 'A'
			case '0' <= ch && ch <= '9':
				f.digit = true
			case ch == '@':
				f.at = true
			case ch == 0xE2 && strings.HasPrefix(t[j:], "\u212a"), ch == 0xC5 && strings.HasPrefix(t[j:], "\u017f"):
				f.fold = true
			case 0xC3 <= ch && ch <= 0xD4 && j+1 < len(t):
				// A two-byte letter (Latin-1 to Cyrillic): its lower case
				// when that takes two bytes too. Lower-case letters of
				// Latin-1 and Cyrillic (most of them) are passed over
				// first.
				if c := t[j+1]; ch == 0xC3 && c >= 0x9F || ch == 0xD0 && c >= 0xB0 || ch == 0xD1 && c < 0xA0 {
					break
				}
				if r, size := utf8.DecodeRuneInString(t[j:]); size == 2 {
					if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == 2 {
						b.WriteByte(byte(0xC0 | l>>6))
						b.WriteByte(byte(0x80 | l&0x3F))
						j++
						continue
					}
				}
			}
			b.WriteByte(ch)
		}
	}
	all, off := b.String(), 0
	for i := range c.d.Paragraphs {
		if f := &c.feat[i]; f.n <= htmlShortMax {
			end := off + len(c.d.Paragraphs[i].Text)
			f.lower, off = all[off:end], end
		}
	}
}

// has reports that the lower-cased text contains one of the keywords (in
// lower case), or that fold leaves keywords no proof.
func (f *htmlFeatures) has(keywords ...string) bool {
	if f.fold {
		return true
	}
	for _, k := range keywords {
		if strings.Contains(f.lower, k) {
			return true
		}
	}
	return false
}

// head returns the lower-cased text after its leading run of non-word
// characters, where a regexp anchored with ^\W* starts to match its words
// (\W is any rune but an ASCII letter, digit or '_').
func (f *htmlFeatures) head() string {
	s := f.lower
	for i := 0; i < len(s); i++ {
		if ch := s[i]; 'a' <= ch && ch <= 'z' || '0' <= ch && ch <= '9' || ch == '_' {
			return s[i:]
		}
	}
	return ""
}

// headIs reports that head starts with one of the prefixes (in lower case),
// or that fold leaves prefixes no proof.
func (f *htmlFeatures) headIs(prefixes ...string) bool {
	if f.fold {
		return true
	}
	h := f.head()
	for _, p := range prefixes {
		if strings.HasPrefix(h, p) {
			return true
		}
	}
	return false
}

// htmlIsProse: a paragraph of running text, at least 80 runes, mostly not
// links, ending like a sentence.
func htmlIsProse(p *clean.Paragraph) bool {
	return htmlIsProseN(p, utf8.RuneCountInString(p.Text))
}

// htmlIsProseN is htmlIsProse for a paragraph of n runes.
func htmlIsProseN(p *clean.Paragraph, n int) bool {
	switch p.Kind {
	case clean.KindText, clean.KindListItem, clean.KindQuote:
	default:
		return false
	}
	return n >= 80 && 2*p.LinkRunes < n && htmlSentenceLike(p.Text)
}

// atEdge reports that paragraph i is near the start of the body (at most
// one prose paragraph before it, a standfirst) or after all of it.
func (c *htmlContext) atEdge(i int) bool {
	return c.proseBefore[i] <= 1 || c.proseAfter[i] == 0
}

// nextDense reports that the next paragraph is mostly link text (the links
// a label introduces).
func (c *htmlContext) nextDense(i int) bool {
	if i+1 >= len(c.d.Paragraphs) {
		return false
	}
	q := &c.d.Paragraphs[i+1]
	return q.Kind != clean.KindQuote && 2*q.LinkRunes >= utf8.RuneCountInString(q.Text)
}

// besideDateline reports a neighbour that is a dateline.
func (c *htmlContext) besideDateline(i int) bool {
	for _, j := range [2]int{i - 1, i + 1} {
		if j < 0 || j >= len(c.d.Paragraphs) {
			continue
		}
		q := &c.d.Paragraphs[j]
		if q.Removal != nil && q.Removal.Rule == "html-dateline" || utf8.RuneCountInString(q.Text) <= 120 && htmlIsDateline(q.Text) {
			return true
		}
	}
	return false
}

// rule returns the first of the per-paragraph rules that fires on kept
// paragraph i. Each rule's regexps run only past its gates (see
// htmlFeatures), so most paragraphs cost no regexp at all.
func (c *htmlContext) rule(i int) (Reason, bool) {
	p := &c.d.Paragraphs[i]
	t := p.Text
	f := &c.feat[i]
	n := f.n
	var intl uint8 // the kinds of a label beyond English
	if c.intl && n <= 160 {
		intl = htmlIntlLabel(f)
	}
	switch {
	case p.Kind == clean.KindCaption || n <= 120 && (htmlIsCredit(f, t, p.Kind) || c.intl && htmlIsIntlCredit(f, t)):
		return Reason{Rule: "html-caption"}, true
	case n <= 60 && (htmlIsAdLabel(f, t) || intl&htmlIntlAd != 0):
		return Reason{Rule: "html-ad-label"}, true
	case n <= 120 && p.Kind != clean.KindQuote && p.Kind != clean.KindTableRow && (htmlIsDateline(t) || htmlIsReadingTime(f, t)):
		return Reason{Rule: "html-dateline"}, true
	case n <= 80 && p.Kind != clean.KindQuote && htmlIsByline(t) > 0 && c.bylinePlace(i, t):
		return Reason{Rule: "html-byline"}, true
	case n <= htmlShortMax && c.proseAfter[i] == 0 && p.Kind != clean.KindQuote && htmlIsCredits(f, t):
		return Reason{Rule: "html-byline", Detail: "credits at the end"}, true
	case n <= 160 && (c.isSectionLabel(i, f, t) || intl&(htmlIntlWhole|htmlIntlTeaser|htmlIntlCount) != 0):
		return Reason{Rule: "html-section-label"}, true
	case n <= 240 && (c.isAppeal(i, f, t) || c.intl && htmlIntlAppeal(f)):
		return Reason{Rule: "html-appeal"}, true
	case htmlIsShortcode(t):
		return Reason{Rule: "html-shortcode"}, true
	case n <= 120 && p.LinkRunes > 0 && htmlLinkedTrail(t, p.LinkRunes):
		return Reason{Rule: RuleBreadcrumb, Detail: "a trail of links"}, true
	}
	return Reason{}, false
}

// htmlLinkedTrail: a breadcrumb trail of links whatever its lead says, in
// any language ("Du är här: Start > Sport > Hockey"): three or more parts
// split by one of crumbSeps other than " / " (which joins words in running
// text), the line not ending a sentence, every part after the first of one
// to four words, capitalised or in a script without capitals, and at least
// the runes of the parts between the first and the last inside links (the
// last is often the current page, not linked). An unlinked "A > B > C" in
// the article is no trail.
func htmlLinkedTrail(t string, links int) bool {
	if endsSentence(t) {
		return false
	}
	sep := ""
	for _, c := range crumbSeps[1:] {
		if strings.Contains(t, c) {
			sep = c
			break
		}
	}
	if sep == "" {
		return false
	}
	parts := strings.Split(t, sep)
	if len(parts) < 3 {
		return false
	}
	inner := 0
	for k, part := range parts[1:] {
		part = strings.TrimSpace(part)
		if w := wordCount(part); w == 0 || w > 4 || !isCapitalised(part) && !uncasedStart(part) {
			return false
		}
		if k < len(parts)-2 {
			inner += utf8.RuneCountInString(part)
		}
	}
	return links >= inner
}

// htmlIsAdLabel: a line that is only "Advertisement", "Sponsored content",
// "Story continues below" and the like (htmlAdLabel), in a paragraph of at
// most htmlShortMax runes.
func htmlIsAdLabel(f *htmlFeatures, t string) bool {
	return f.headIs("ad", "sponsored", "paid content", "anzeige", "publicidad", "publicit", "pubblicit",
		"reklama", "werbung", "story continues", "article continues", "continue reading", "scroll to continue") &&
		htmlAdLabel.MatchString(t)
}

// htmlIsReadingTime: "Reading time: 3 minutes", "5 min read", "Lectura: 5 min"
// (htmlReadingTime), in a paragraph of at most htmlShortMax runes.
func htmlIsReadingTime(f *htmlFeatures, t string) bool {
	return f.has("min") && f.has("read", "tempo", "tiempo", "temps", "lesezeit", "czas", "lectura", "lettura", "leitura") && htmlReadingTime.MatchString(t)
}

// htmlIsCredits: the credit lines of wire and newspaper copy
// (htmlCredits), in a paragraph of at most htmlShortMax runes.
func htmlIsCredits(f *htmlFeatures, t string) bool {
	return f.has("contributed ", "ing by") && htmlCredits.MatchString(t)
}

// htmlIsShortcode: an unexpanded CMS shortcode at the start of the text,
// "[button link=...]", "[/caption]": a bracket, maybe a slash, a name of
// lower-case letters, '_' and '-', then the closing bracket or a space and
// anything up to a closing bracket. It is the regexp
// ^\[/?[a-z_-]+(\s[^\]]*)?\] by hand.
func htmlIsShortcode(t string) bool {
	if len(t) == 0 || t[0] != '[' {
		return false
	}
	j := 1
	if j < len(t) && t[j] == '/' {
		j++
	}
	k := j
	for k < len(t) && ('a' <= t[k] && t[k] <= 'z' || t[k] == '_' || t[k] == '-') {
		k++
	}
	if k == j || k == len(t) {
		return false
	}
	switch t[k] {
	case ']':
		return true
	case ' ', '\t', '\n', '\f', '\r':
		return strings.IndexByte(t[k+1:], ']') >= 0
	}
	return false
}

// bylinePlace: a byline stands near the start or the end of the body or
// next to a dateline; a one-word byline ("By Reuters") only next to a
// dateline or before any prose, and not as a heading.
func (c *htmlContext) bylinePlace(i int, t string) bool {
	if htmlIsByline(t) == 1 {
		return c.d.Paragraphs[i].Kind != clean.KindHeading && (c.besideDateline(i) || c.proseBefore[i] == 0)
	}
	return c.atEdge(i) || c.besideDateline(i)
}

// isSectionLabel: a label from htmlSectionLabel; "More on X", "More from
// X", "Popular on X" and the like (htmlMoreOnLabel) read like subheadings
// too, so they count only when links follow, the label itself is a link or
// no prose follows.
func (c *htmlContext) isSectionLabel(i int, f *htmlFeatures, t string) bool {
	if htmlIsSectionLabel(f, t) {
		return true
	}
	if !f.headIs("more ", "popular ", "trending ", "most ") || !htmlMoreOnLabel.MatchString(t) {
		return false
	}
	p := &c.d.Paragraphs[i]
	return c.proseAfter[i] == 0 || c.nextDense(i) || 2*p.LinkRunes >= utf8.RuneCountInString(t)
}

// htmlIsSectionLabel: a label from htmlSectionLabel, in a paragraph of at
// most htmlShortMax runes: its first word is one of the labels' first words
// or a number ("12 Comments").
func htmlIsSectionLabel(f *htmlFeatures, t string) bool {
	if h := f.head(); h != "" && '0' <= h[0] && h[0] <= '9' || f.headIs(htmlLabelHeads...) {
		return htmlSectionLabel.MatchString(t)
	}
	return false
}

// htmlLabelHeads are the first words of the labels of htmlSectionLabel.
var htmlLabelHeads = []string{
	"you", "related", "more", "read", "see", "watch", "also", "don", "must", "most", "trending",
	"top", "breaking", "recommended", "comment", "leave", "tell", "join", "share", "source",
	"want", "filed", "tag", "topic", "categories",
}

// Kinds of the labels beyond English (htmlIntlLabels): a label may be any
// of them.
const (
	// htmlIntlWhole: a section label alone on its line ("Artículos
	// relacionados", "Lesen Sie auch", "Читайте также:").
	htmlIntlWhole uint8 = 1 << iota
	// htmlIntlTeaser: a label that opens a line with a headline after a
	// separator ("Lesen Sie auch: ...", "LEIA MAIS | ...", "Tags : ...").
	htmlIntlTeaser
	// htmlIntlCount: a comments label after their number ("12 Kommentare").
	htmlIntlCount
	// htmlIntlAd: an advertisement label alone on its line ("Реклама").
	htmlIntlAd
)

// htmlIntlLabelMax is the longest label of htmlIntlLabels, in bytes, with
// room to spare.
const htmlIntlLabelMax = 64

// htmlIntlLabels are the section, comments and advertisement labels in de,
// nl, fr, it, es, pt, pl, ru and uk that htmlSectionLabel and htmlAdLabel
// name in English, in lower case, by kind. Like the English ones they are
// labels only alone on their line or before a separator and a headline:
// an article sentence that starts with the same words stays. The labels
// the paragraph rules already take alone on their line (linkLabels) are
// here too, for their teaser form and the pages' tail.
var htmlIntlLabels = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(kind uint8, labels ...string) {
		for _, l := range labels {
			m[l] |= kind
			if strings.Contains(l, "'") {
				m[strings.ReplaceAll(l, "'", "’")] |= kind
			}
		}
	}
	const whole, teaser = htmlIntlWhole, htmlIntlWhole | htmlIntlTeaser
	// "You may also like", "Related stories", "More stories", "Read also",
	// "Don't miss", "Most read", "Recommended", "Top stories".
	add(teaser,
		"lesen sie auch", "lesen sie mehr", "lies auch", "siehe auch", "auch interessant", "mehr zum thema",
		"zum thema", "passend zum thema", "das könnte sie auch interessieren", "das könnte dich auch interessieren",
		"weitere artikel", "weitere nachrichten", "ähnliche artikel", "verwandte artikel", "mehr nachrichten",
		"lees ook", "lees meer", "zie ook", "ook interessant", "gerelateerde artikelen", "gerelateerd",
		"meer nieuws", "meer over dit onderwerp",
		"lire aussi", "à lire aussi", "a lire aussi", "lire également", "à lire également", "voir aussi",
		"à voir aussi", "sur le même sujet", "articles liés", "articles similaires", "articles connexes",
		"vous aimerez aussi", "vous aimerez peut-être aussi", "vous pourriez aussi aimer", "à ne pas manquer",
		"leggi anche", "vedi anche", "guarda anche", "articoli correlati", "notizie correlate", "articoli simili",
		"potrebbe interessarti", "ti potrebbe interessare", "potrebbero interessarti", "da non perdere",
		"altre notizie", "altri articoli",
		"lee también", "lea también", "leer también", "ver también", "mira también", "artículos relacionados",
		"noticias relacionadas", "contenido relacionado", "notas relacionadas", "te puede interesar",
		"también te puede interesar", "te podría interesar", "le puede interesar", "te recomendamos",
		"no te lo pierdas", "no te pierdas", "más noticias",
		"leia também", "leia mais", "veja também", "veja mais", "saiba mais", "artigos relacionados",
		"notícias relacionadas", "matérias relacionadas", "posts relacionados", "conteúdo relacionado",
		"você também pode gostar", "você pode gostar", "pode te interessar", "não perca", "mais notícias",
		"czytaj także", "czytaj też", "czytaj również", "czytaj więcej", "zobacz także", "zobacz też",
		"zobacz również", "powiązane artykuły", "podobne artykuły", "może cię zainteresować", "polecamy",
		"nie przegap",
		"читайте также", "смотрите также", "читать также", "по теме", "новости по теме", "статьи по теме",
		"материалы по теме", "похожие статьи", "похожие новости", "похожие материалы", "вам может быть интересно",
		"вам также может понравиться", "не пропустите", "другие новости", "больше новостей",
		"читайте також", "дивіться також", "по темі", "новини на тему", "статті на тему", "матеріали на тему",
		"схожі статті", "схожі новини", "вас може зацікавити", "вам також може сподобатися", "не пропустіть",
		"інші новини", "більше новин",
	)
	add(whole,
		"meistgelesen", "meistgelesene artikel", "am meisten gelesen", "top-themen", "empfehlungen",
		"unsere empfehlungen", "meest gelezen", "aanbevolen", "les plus lus", "les plus partagés",
		"les plus populaires", "nos recommandations", "i più letti", "più letti", "i più popolari",
		"consigliati", "consigliati per te", "lo más leído", "lo más visto", "más leídas", "más leídos",
		"más vistos", "recomendados", "recomendado para ti", "mais lidas", "mais lidos", "os mais lidos",
		"mais vistas", "recomendado para você", "najczęściej czytane", "najpopularniejsze", "polecane",
		"самое читаемое", "самое популярное", "популярное", "популярные новости", "рекомендуем",
		"найпопулярніше", "популярне", "популярні новини", "рекомендуємо", "mehr", "więcej",
		"ещё", "еще", "більше",
	)
	// "Tags:", "Topics:", "Filed under:", "Categories:".
	add(htmlIntlTeaser,
		"schlagworte", "schlagwörter", "stichworte", "stichwörter", "themen", "tags", "kategorie", "kategorien",
		"trefwoorden", "onderwerpen", "categorie", "categorieën", "mots-clés", "mots clés", "thèmes", "sujets",
		"catégorie", "catégories", "argomenti", "categoria", "categorie", "parole chiave",
		"etiquetas", "temas", "categoría", "categorías", "palabras clave", "tópicos", "categorias",
		"palavras-chave", "tagi", "tematy", "kategoria", "słowa kluczowe", "теги", "метки", "рубрика",
		"рубрики", "категория", "категории", "ключевые слова", "темы", "мітки", "категорія", "категорії",
		"ключові слова", "теми",
		"lesen sie", "lire", "voir", "leggi", "guarda", "veja", "assista", "czytaj", "zobacz", "читайте",
		"смотрите", "дивіться",
	)
	// "Comments", "Leave a comment", "Join the discussion", "Share this".
	add(whole|htmlIntlCount,
		"kommentare", "kommentar", "reacties", "reactie", "commentaires", "commentaire", "commenti", "commento",
		"comentarios", "comentario", "comentários", "comentário", "komentarze", "komentarz", "komentarzy",
		"комментарии", "комментарий", "комментария", "комментариев", "коментарі", "коментар", "коментарів",
	)
	add(whole,
		"kommentar schreiben", "kommentieren", "diskutieren sie mit", "keine kommentare", "plaats een reactie",
		"laat een reactie achter", "geen reacties", "laisser un commentaire", "laissez un commentaire",
		"ajouter un commentaire", "aucun commentaire", "lascia un commento", "lascia un commento",
		"nessun commento", "deja un comentario", "deja tu comentario", "escribe un comentario",
		"sin comentarios", "deixe um comentário", "deixe seu comentário", "deixe o seu comentário",
		"sem comentários", "dodaj komentarz", "skomentuj", "brak komentarzy", "оставить комментарий",
		"оставьте комментарий", "добавить комментарий", "нет комментариев", "залишити коментар",
		"додати коментар", "немає коментарів",
		"artikel teilen", "diesen artikel teilen", "teilen sie diesen artikel", "deel dit artikel",
		"partager cet article", "partagez cet article", "condividi questo articolo", "compartir esta noticia",
		"comparte esta noticia", "compartir este artículo", "comparte este artículo", "compartilhe esta notícia",
		"compartilhe este artigo", "compartilhar esta notícia", "udostępnij ten artykuł", "поделиться статьей",
		"поделитесь статьей", "поділитися статтею", "поділіться статтею",
	)
	// "Advertisement", "Sponsored content", "Story continues below".
	add(htmlIntlAd,
		"anzeige", "werbung", "gesponsert", "weiterlesen nach der anzeige", "advertentie", "gesponsord",
		"publicité", "sponsorisé", "la suite après cette publicité", "la suite après la publicité",
		"l'article continue après la publicité", "pubblicità", "sponsorizzato", "contenuto sponsorizzato",
		"continua a leggere dopo la pubblicità", "publicidad", "patrocinado", "contenido patrocinado",
		"el artículo continúa después del anuncio", "continúa después de la publicidad", "publicidade",
		"conteúdo patrocinado", "continua após a publicidade", "continua depois da publicidade",
		"reklama", "sponsorowane", "artykuł sponsorowany", "dalsza część artykułu pod reklamą",
		"реклама", "на правах рекламы", "партнерский материал", "продолжение после рекламы",
		"партнерський матеріал", "продовження після реклами",
	)
	return m
}()

// htmlIntlLabel returns the kinds (see htmlIntlLabels) of the line as a
// label beyond English, or 0. It reads the lower-cased text of a paragraph
// of at most htmlShortMax runes, without the runes that are not letters or
// digits at both ends: a whole label, a label after a number, or a label
// before a separator (":", "|", ">", "»", "›") and more text, which takes
// htmlIntlTeaser.
func htmlIntlLabel(f *htmlFeatures) uint8 {
	s := htmlTrimNonWord(f.lower)
	if s == "" {
		return 0
	}
	if '0' <= s[0] && s[0] <= '9' {
		k := 1
		for k < len(s) && '0' <= s[k] && s[k] <= '9' {
			k++
		}
		if k < len(s) && s[k] == ' ' {
			return htmlIntlLabels[s[k+1:]] & htmlIntlCount
		}
		return 0
	}
	if sep := htmlLabelSep(s); sep >= 0 {
		// s ends with a letter or digit: text follows the separator.
		return htmlIntlLabels[strings.TrimRight(s[:sep], " \u00a0\u202f")] & htmlIntlTeaser
	}
	if len(s) > htmlIntlLabelMax {
		return 0
	}
	return htmlIntlLabels[s] &^ htmlIntlTeaser
}

// htmlLabelSep returns the offset of the first separator of a label and
// its headline in s (":", "|", ">", "»", "›") within htmlIntlLabelMax
// bytes, or -1.
func htmlLabelSep(s string) int {
	for i := 0; i < len(s) && i <= htmlIntlLabelMax; i++ {
		switch s[i] {
		case ':', '|', '>':
			return i
		case 0xC2: // »
			if strings.HasPrefix(s[i:], "»") {
				return i
			}
		case 0xE2: // ›
			if strings.HasPrefix(s[i:], "›") {
				return i
			}
		}
	}
	return -1
}

// htmlTrimNonWord returns s without the runes that are not letters or
// digits at its start and its end.
func htmlTrimNonWord(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// htmlLabelledLinks removes the short linked lines that follow a section
// label ("More Great X Stories", "Related"), up to the first line that is
// not one: a list of links to other stories whose lines may carry some text
// outside the link.
func htmlLabelledLinks(d *clean.Document) {
	for i := range d.Paragraphs {
		r := d.Paragraphs[i].Removal
		if r == nil || r.Rule != "html-section-label" && r.Rule != RuleLinkLabel {
			continue
		}
		for j := i + 1; j < len(d.Paragraphs); j++ {
			q := &d.Paragraphs[j]
			if !q.Kept() {
				if q.Removal.Rule == "html-link-teaser" {
					continue
				}
				break
			}
			n := utf8.RuneCountInString(q.Text)
			if q.Kind == clean.KindQuote || q.Kind == clean.KindTableRow || n > 160 || 10*q.LinkRunes < 3*n {
				break
			}
			// A sentence with a link in it is the article going on; a
			// headline does not end with a full stop.
			if strings.HasSuffix(q.Text, ".") && 10*q.LinkRunes < 6*n {
				break
			}
			Remove(d, j, Reason{Rule: "html-link-teaser", Detail: "after a section label"})
		}
	}
}

// htmlTrailingLinks removes the kept paragraphs at the very end of the body
// that are wholly link text (at least 90%): a promotion or a link to another
// story, however long. Embedded posts (quotes) are left alone.
func htmlTrailingLinks(d *clean.Document) {
	for i := len(d.Paragraphs) - 1; i >= 0; i-- {
		p := &d.Paragraphs[i]
		if !p.Kept() {
			continue
		}
		n := utf8.RuneCountInString(p.Text)
		if p.Kind == clean.KindQuote || n < 20 || 10*p.LinkRunes < 9*n {
			return
		}
		Remove(d, i, Reason{Rule: "html-link-teaser", Detail: "linked paragraph at the end"})
	}
}

// htmlTailLabel removes what follows a section label after the last
// prose paragraph ("Want more stories like this?", then "Every day we send
// an email with the top stories"): past the article, a label opens a block
// that is not the article. The label must be a whole label (at most 40
// runes, no teaser after a colon); what it removes are lines that are not
// sentences, or sentences in the publisher's voice ("we", "our", "you"), so
// that a short last sentence of the article after a stray label stays.
func htmlTailLabel(d *clean.Document) {
	start := -1
	for i := len(d.Paragraphs) - 1; i >= 0; i-- {
		p := &d.Paragraphs[i]
		if p.Kept() && htmlIsProse(p) {
			break
		}
		if r := p.Removal; r != nil && (r.Rule == "html-section-label" || r.Rule == RuleLinkLabel) &&
			utf8.RuneCountInString(p.Text) <= 40 && !htmlLabelWithTeaser.MatchString(p.Text) {
			start = i
		}
	}
	if start < 0 {
		return
	}
	for j := start + 1; j < len(d.Paragraphs); j++ {
		q := &d.Paragraphs[j]
		if !q.Kept() || q.Kind == clean.KindQuote {
			continue
		}
		if htmlSentenceLike(q.Text) && !htmlPublisherVoice.MatchString(q.Text) {
			return
		}
		Remove(d, j, Reason{Rule: "html-section-label", Detail: "after a label at the end"})
	}
}

// htmlLabelWithTeaser: "SEE MORE: Floods hit the valley", a label and a
// headline on one line.
var htmlLabelWithTeaser = newLazyRE(`[:|»›>]\s*\S`)

// htmlPublisherVoice: a sentence from the site to the reader.
var htmlPublisherVoice = newLazyRE(`(?i)\b(we|we'll|we're|our|us|you|your)\b`)

var (
	// htmlAboutLabel: "About Ascom", "About the company", the heading of a
	// press release's company boilerplate.
	htmlAboutLabel = newLazyRE(`^(?i:about)\s+(\p{Lu}[\p{L}\d.&'’-]*|(?i:the company|us))(\s+\S+){0,4}\s*:?$`)
	// htmlCompanyIs: "Ascom is a global solutions provider", the first
	// sentence of a company description.
	htmlCompanyIs  = newLazyRE(`^(\p{Lu}[\p{L}\d.&'’-]*)(\s+\p{Lu}[\p{L}\d.&'’-]*){0,3},?\s+(\([^)]{1,40}\)\s+)?(is|are)\s+(a|an|the)\s+((\S+\s+){0,6})(provider|company|firm|leader|manufacturer|developer|supplier|maker|platform|organi[sz]ation|group|operator|specialist|agency|network|producer|pioneer)s?\b`)
	htmlCompanyAdj = newLazyRE(`(?i)\b(leading|global|world'?s?|worldwide|international|premier|largest|pioneering|innovative|independent|fast-growing|privately held|publicly traded|nasdaq|nyse|headquartered)\b`)
)

// htmlCompanyAbout removes a press release's company boilerplate at the very
// end of the body: an "About X" label and what follows it, or, without a
// label, the last paragraphs when the first of them describes X in more
// than one sentence ("X is a leading provider of ... The vision of X is
// ...") and X is named at least three times before. The
// label must come after all but two prose paragraphs; the description
// must be one of the last two kept paragraphs.
func htmlCompanyAbout(d *clean.Document) {
	var kept []int
	for i := range d.Paragraphs {
		if d.Paragraphs[i].Kept() {
			kept = append(kept, i)
		}
	}
	for k := len(kept) - 1; k >= 0 && k >= len(kept)-4; k-- {
		p := &d.Paragraphs[kept[k]]
		if k+1 < len(kept) && p.Kind != clean.KindQuote && utf8.RuneCountInString(p.Text) <= 60 && htmlAboutLabel.MatchString(p.Text) {
			if m := htmlCompanyIs.FindStringSubmatch(d.Paragraphs[kept[k+1]].Text); m != nil {
				htmlRemoveFrom(d, kept[k:], "html-company-about")
				return
			}
		}
	}
	for k := len(kept) - 1; k >= 0 && k >= len(kept)-2; k-- {
		p := &d.Paragraphs[kept[k]]
		m := htmlCompanyIs.FindStringSubmatch(p.Text)
		if m == nil || p.Kind == clean.KindQuote || !htmlCompanyAdj.MatchString(p.Text[:min(len(p.Text), 200)]) {
			continue
		}
		// A company's boilerplate describes it in several sentences that
		// name it again ("The vision of Ascom is ..."); one background
		// sentence at the end of a news story ("Tesla is the world's
		// largest maker of electric cars.") does not.
		name := m[1]
		if len(name) < 3 || strings.Count(d.Text[:p.Start], name) < 3 || strings.Count(p.Text, name) < 2 || strings.Count(p.Text, ". ") < 1 {
			continue
		}
		htmlRemoveFrom(d, kept[k:], "html-company-about")
		return
	}
}

// htmlRemoveFrom removes the paragraphs ks for rule, leaving quotes.
func htmlRemoveFrom(d *clean.Document, ks []int, rule string) {
	for _, j := range ks {
		if d.Paragraphs[j].Kind != clean.KindQuote {
			Remove(d, j, Reason{Rule: rule})
		}
	}
}

// htmlLinkTeaserCandidate: a paragraph of n runes, at most 200, at least
// 60% inside links, not a quote (embedded posts are mostly links), and short
// or without a sentence end. Candidates are removed when they are headings, all caps, or
// in a run of three or more (a block of links to other stories); a single
// link line between paragraphs of prose ("Get it on Amazon") is content.
func htmlLinkTeaserCandidate(p *clean.Paragraph, n int) bool {
	if p.Kind == clean.KindQuote || p.LinkRunes == 0 {
		return false
	}
	if n > 200 || 10*p.LinkRunes < 6*n {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p.Text)
	return !strings.ContainsRune(".!?\"”’:;)", r) || n < 80
}

// htmlLinkedItems returns the length of the run of list items around i
// that are teaser candidates (see htmlLinkTeaserCandidate) and links
// through and through, or 0 when i is no such item: two or more of them
// in a row are a block of links to other stories ("Why is the valley
// running out of water?", "Water firm fined over sewage spills"), which
// an article's own list does not make of links alone. A run with a price
// at the end of an item is a shopping list's, the article's own (0).
func htmlLinkedItems(d *clean.Document, teaser []bool, i int) int {
	linked := func(k int) bool {
		p := &d.Paragraphs[k]
		return teaser[k] && p.Kind == clean.KindListItem && p.LinkRunes >= utf8.RuneCountInString(p.Text)
	}
	if !linked(i) {
		return 0
	}
	lo, hi := i, i
	for lo > 0 && linked(lo-1) {
		lo--
	}
	for hi+1 < len(d.Paragraphs) && linked(hi+1) {
		hi++
	}
	for k := lo; k <= hi; k++ {
		if endsWithPrice(d.Paragraphs[k].Text) {
			return 0 // a shopping list's links ("Get it on Amazon for $169.99"), the article's own
		}
	}
	return hi - lo + 1
}

// endsWithPrice reports whether text ends with a figure that has a
// currency right before it ("... for $169.99", "€ 49").
func endsWithPrice(text string) bool {
	t := strings.TrimRight(text, " ")
	i := len(t)
	for i > 0 && (isDigit(t[i-1]) || t[i-1] == ',' || t[i-1] == '.') {
		i--
	}
	return i < len(t) && isDigit(t[len(t)-1]) && currencyAt(strings.ToLower(t[:i]), false)
}

// htmlRunLen returns the length of the run of true values around i.
func htmlRunLen(b []bool, i int) int {
	lo, hi := i, i
	for lo > 0 && b[lo-1] {
		lo--
	}
	for hi+1 < len(b) && b[hi+1] {
		hi++
	}
	return hi - lo + 1
}

func htmlAllCaps(s string) bool {
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper >= 4 && lower*10 <= upper
}

var (
	htmlAdLabel = newLazyRE(`(?i)^\W*(advertisement|advertising|advert|ad|ads|sponsored( content)?|paid content|anzeige|publicidad|publicité|pubblicità|reklama|werbung|(story|article) continues below( this)?( advertisement| ad)?|continue reading( the main story)?( below)?|scroll to continue( with content)?)\W*$`)

	htmlSectionLabel = newLazyRE(`(?i)^\W*((` +
		`you (may|might) (also )?(like|enjoy|be interested in)|` +
		`related( stories| articles| news| content| coverage| links| posts)?|more( great)?( \S+)? (stories|articles|news)|` +
		`(read|see|watch) (more|also)|also read|don'?t miss|must read|most (read|popular|viewed|shared)|trending( now)?|top stories|breaking news|recommended( for you| stories| articles)?|` +
		`(\d+ )?comments?|leave a (comment|reply)|tell us what you think|join the (conversation|discussion)|` +
		`share this( article| story| post)?|source\s*:\s*news agencies|more|want more( \S+)? (stories|news|articles|content)( like this)?` +
		`)\W*$|` +
		`(read|see|watch|more|also read|also see|related|read more|see more|watch more|filed under|tags?|topics?|categories|more on this)\s*[:|»›>]\s*\S)`)

	// htmlMoreOnLabel: "More on X", "More from X", "Popular on X",
	// "Trending on X", "Most read on X", which are section labels only
	// where links or the end of the body follow.
	htmlMoreOnLabel = newLazyRE(`(?i)^\W*(more (from|on)|(popular|trending|most (read|popular|viewed|shared)) (on|in|at)) .{1,40}$`)

	// htmlReadingTime: "Reading time: 3 minutes", "5 min read".
	htmlReadingTime = newLazyRE(`(?i)^\W*((reading time|read time|time to read|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|czas czytania|lectura|lettura|leitura|tempo di lettura)\s*:?\s*(about |less than |< ?)?(\d+|a|one|um|uma)\s*(min\w*|minutos?|minuten?|minuti|minuty)|(\d+|one|a)[ -]?(min|mins|minutes?)\.? read)\W*$`)

	// htmlCredits: the credit lines of wire and newspaper copy ("Keith
	// Bradsher contributed reporting from Hong Kong.", "Reporting by X;
	// Editing by Y"), taken only after the last prose paragraph.
	htmlCredits = newLazyRE(`(?i)^\W*((\S+\s+){1,12}contributed (reporting|research|to this (report|article|story))\b|(additional )?(reporting|writing) by\b.{0,200}\b(editing|writing|reporting) by\b)`)
)
var (
	// htmlCreditHead: the word that opens a credit line; a colon or the
	// names of the photographer or agency follow.
	htmlCreditHead = newLazyRE(`(?i)^\(?\s*((image|photo|picture|video)\s*(copyright|credit|source)s?|credits?|photos?|images?|pictures?|sources?|fotos?|bild)(\s*:\s*\S|\s+)`)
	htmlCreditBy   = newLazyRE(`(?i)^((photos? )?(by|via|courtesy( of)?)\s+)`)

	// The calls to act, notices and contact lines that need no more
	// evidence than their words, one regexp a family; htmlAppealWords
	// gates each with its keywords.
	htmlClickHere  = newLazyRE(`(?i)\b(click(ing)?|tap) here\b`)
	htmlJavaScript = newLazyRE(`(?i)(requires|enable|turn on) javascript|javascript (is )?(required|disabled)`)
	htmlCopyright  = newLazyRE(`(?i)all rights reserved|\bcopyright\s*©?\s*\d{4}|©\s*\d{4}|\d{4}\s*©|^\W*©`)
	htmlCookies    = newLazyRE(`(?i)\b(this|our) (web ?)?site uses cookies|\bwe use cookies\b|\bour use of cookies\b|\byou (agree|consent) to (the|our) use of cookies`)
	htmlShareIt    = newLazyRE(`(?i)like this (story|article)\??\s*share|\bshare (this|it)( story| article| post| page)? with (a friend|friends|your|others|someone|everyone)\b`)
	htmlAffiliate  = newLazyRE(`(?i)^(this|our) (post|article|page|story|site|content|video)s? (may )?(contains?|includes?|uses?) affiliate`)
	htmlContactMe  = newLazyRE(`(?i)\b(e-?mail|write to|contact) (him|her|them|me|us|the (author|writer|reporter|columnist|editor))\b`)
	htmlFollowUs   = newLazyRE(`(?i)(^|[.!?:]\s+)(follow (us|him|her|them|me|@\w+|(?-i:\p{Lu})\S*) (on|at)\b|like us on\b|join (us|our)\b|subscribe (to|now|today)\b)`)
	htmlSignUp     = newLazyRE(`(?i)(^|[.!?:]\s+)(sign up|subscribe|register)\b.{0,80}\b(newsletters?|inbox|updates|alerts|our|mailing list|e-?mail list)\b`)

	// htmlNewsletter: a newsletter and a way to get it; an appeal when it
	// also speaks to the reader (htmlReaderCue).
	htmlNewsletter = newLazyRE(`(?i)\bnewsletters?\b.{0,60}\b(sign up|subscribe|inbox)\b|\b(sign up|subscribe)\b.{0,60}\bnewsletters?\b`)
	htmlReaderCue  = newLazyRE(`(?i)\b(you|your|our|here|today)\b`)

	// htmlReachable: "X can be reached", an author contact line when an
	// address, a phone number or a handle is in the paragraph.
	htmlReachable = newLazyRE(`(?i)\b(can|may) be (reached|contacted)\b`)
	htmlAddress   = newLazyRE(`[\w.+-]+@[\w-]+\.[\w.]+|(^|\s)@\w+|\+?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]?\d{3,4}`)
	htmlEmail     = newLazyRE(`[\w.+-]+@[\w-]+\.[\w.]+`)
	htmlAuthorBio = newLazyRE(`(?i)\bis an? (\w+ )?(reporter|writer|correspondent|editor|columnist|journalist|contributor|producer)\b|\b(tips?|story ideas)\b`)
)

// htmlAppealWords: calls to act, notices and contact lines that need no
// more evidence than their words, in a paragraph of at most htmlShortMax
// runes: "click here", "requires JavaScript", "All rights reserved", "©
// 2018", "We use cookies", "Share this story with a friend", "This post
// contains affiliate links", "Email the author", "Follow us on Twitter",
// "Join us", "Subscribe to our newsletter", "Sign up for our alerts".
func htmlAppealWords(f *htmlFeatures, t string) bool {
	return f.has(" here") && htmlClickHere.MatchString(t) ||
		f.has("javascript") && htmlJavaScript.MatchString(t) ||
		(f.has("©", "rights reserved") || f.digit && f.has("copyright")) && htmlCopyright.MatchString(t) ||
		f.has("cookies") && htmlCookies.MatchString(t) ||
		f.has("share") && htmlShareIt.MatchString(t) ||
		f.has("affiliate") && htmlAffiliate.MatchString(t) ||
		f.has("mail ", "write to ", "contact ") && htmlContactMe.MatchString(t) ||
		f.has("follow ", "like us on", "join ", "subscribe ") && htmlFollowUs.MatchString(t) ||
		f.has("sign up", "subscribe", "register") && htmlSignUp.MatchString(t)
}

// The calls to act, notices and credits beyond English, in de, nl, fr, it,
// es, pt, pl, ru and uk: each the counterpart of an English family, as
// strict (a phrase that needs its object, or a sentence start), matched on
// the lower-cased text (htmlFeatures.lower; (?i) is not needed, and \b
// and \W, which know only ASCII, are spelled out).
var (
	// htmlIntlClickHere: "Hier klicken", "cliquez ici", "нажмите здесь"
	// (htmlClickHere).
	htmlIntlClickHere = newLazyRE(`(?:^|[^\pL\pN_])(?:hier klicken|klicken sie hier|klick hier|klik hier|cliquez ici|cliquer ici|clicca qui|cliccate qui|haz clic aquí|haga clic aquí|pulsa aquí|pulse aquí|pincha aquí|pinche aquí|clique aqui|clica aqui|kliknij tutaj|kliknij tu|нажмите здесь|нажмите сюда|нажмите тут|натисніть тут|натисніть сюди)(?:$|[^\pL\pN_])`)
	// htmlIntlContactMe: "Schreiben Sie uns", "Contactez l'auteur",
	// "Напишите нам" (htmlContactMe).
	htmlIntlContactMe = newLazyRE(`(?:^|[^\pL\pN_])(?:schreiben sie (?:uns|dem autor|der autorin|der redaktion)|schreib uns|kontaktieren sie (?:uns|den autor|die autorin|die redaktion)|schrijf (?:ons|de auteur|de redactie)|mail (?:ons|de auteur|de redactie)|écrivez-nous|écrivez à l['’]auteur|écrire à l['’]auteur|contactez-nous|contactez (?:l['’]auteur|la rédaction)|contacter (?:l['’]auteur|la rédaction)|scrivici|scriveteci|scrivete alla redazione|scrivi all['’]autore|contattaci|contatta (?:l['’]autore|la redazione)|escríbenos|escriba al autor|escribe al autor|contáctanos|contacta (?:con )?(?:el autor|la redacción)|escreva para (?:nós|o autor|a redação)|fale conosco|fale com (?:o autor|a redação)|napisz do (?:nas|autora|redakcji)|skontaktuj się z (?:nami|autorem|redakcją)|напишите (?:нам|автору|в редакцию)|написать автору|свяжитесь с (?:нами|автором|редакцией)|напишіть (?:нам|автору|авторові|в редакцію)|написати автору|зв['’]яжіться з (?:нами|автором|редакцією))(?:$|[^\pL\pN_])`)
	// htmlIntlCookies: "Diese Website verwendet Cookies", "Nous utilisons
	// des cookies", "Мы используем файлы cookie" (htmlCookies).
	htmlIntlCookies = newLazyRE(`(?:^|[^\pL\pN_])(?:(?:diese|unsere) (?:webseite|website|seite|site|internetseite) (?:verwendet|nutzt|benutzt)|wir (?:verwenden|nutzen|benutzen)|(?:deze|onze) (?:website|site) (?:gebruikt|maakt gebruik van)|(?:wij|we) (?:gebruiken|maken gebruik van)|(?:ce|notre) site(?: web| internet)? utilise|nous utilisons|(?:questo|il nostro) sito(?: web)? (?:utilizza|usa)|utilizziamo|usiamo|(?:este|nuestro) sitio(?: web)? (?:utiliza|usa)|(?:este|nosso) site (?:utiliza|usa)|utilizamos|usamos|(?:ta|nasza) strona(?: internetowa)? (?:używa|wykorzystuje)|używamy|(?:этот|наш) сайт использует|мы используем|(?:цей|наш) сайт використовує|ми використовуємо) (?:\pL+ ){0,2}cookie`)
	// htmlIntlShareIt: "Teilen Sie diesen Artikel mit Ihren Freunden",
	// "Поделитесь с друзьями" (htmlShareIt).
	htmlIntlShareIt = newLazyRE(`(?:^|[^\pL\pN_])(?:(?:teilen sie|teile|deel|partagez(?:-le|-la)?|condividi(?:lo|la)?|comparte|compártelo|compartilhe|поделитесь|поділіться)(?: [\pL'’-]+){0,3} (?:mit|met|avec|con|com|с|з) (?:\pL+ )?(?:freunden|vrienden|amis|proches|amici|amigos|друзьями|близкими|друзями)|udostępnij(?: \pL+){0,2} znajomym)(?:$|[^\pL\pN_])`)
	// htmlIntlFollowUs: "Folgen Sie uns auf", "Suivez-nous sur",
	// "Подписывайтесь на нас в", and "Abonnez-vous à" (htmlFollowUs), at
	// the start of a sentence.
	htmlIntlFollowUs = newLazyRE(`(?:^|[.!?:]\s+)(?:(?:folgen sie uns|folge uns|folgt uns|volg ons|suivez-nous|rejoignez-nous|seguici|seguiteci|síguenos|síganos|siga-nos|sigam-nos|obserwuj nas|śledź nas|следите за нами|подписывайтесь на нас|подпишитесь на нас|присоединяйтесь к нам|стежте за нами|підписуйтесь на нас|підписуйтеся на нас|підпишіться на нас|приєднуйтесь до нас) (?:auf|bei|in|im|op|sur|su|sul|sui|en|no|nas|na|em|w|в|на|у)|(?:abonnez-vous|abonnieren sie|abonneer je|iscriviti|abbonati|suscríbete|suscríbase|assine|inscreva-se|subskrybuj|zasubskrybuj|подпишитесь|подписывайтесь|підпишіться|підписуйтесь|підписуйтеся) (?:à|au|aux|dès|jetzt|op|nu|a|al|alla|ai|alle|ora|oggi|ahora|hoy|o|já|agora|hoje|no|na|nasz\pL*|на))(?:$|[^\pL\pN_])`)
	// htmlIntlSignUp: "Melden Sie sich für unseren Newsletter an",
	// "Inscrivez-vous à notre newsletter", "Newsletter abonnieren"
	// (htmlSignUp), at the start of a sentence.
	htmlIntlSignUp = newLazyRE(`(?:^|[.!?:]\s+)(?:(?:melden sie sich|melde dich|registrieren sie sich|meld je|schrijf je|abonneer je|inscrivez-vous|abonnez-vous|abonnieren sie|iscriviti|abbonati|registrati|suscríbete|suscríbase|regístrate|regístrese|inscríbete|assine|inscreva-se|cadastre-se|zapisz się|zarejestruj się|subskrybuj|zasubskrybuj|подпишитесь|подписывайтесь|зарегистрируйтесь|підпишіться|підписуйтесь|підписуйтеся|зареєструйтеся)(?:$|[^\pL\pN_]).{0,80}(?:^|[^\pL\pN_])(?:newsletter\pL*|nieuwsbrie\pL*|lettre d['’]information|infolettre|boletín|boletines|рассылк\pL*|розсилк\pL*|unser\pL*|onze|notre|nos|nostr\pL*|nuestr\pL*|noss\pL*|nasz\pL*|наш\pL*|e-?mail)|(?:jetzt )?(?:den |unseren |zum )?newsletter (?:abonnieren|bestellen|anmelden))(?:$|[^\pL\pN_])`)
	// htmlIntlArchive: a photo from a personal archive, "личный архив
	// Анны Ивановой", "Foto: arquivo pessoal", with at most four words
	// after it (the owner's name: see htmlIsIntlCredit).
	htmlIntlArchive = newLazyRE(`^\(?\s*(?:(?:фото|foto|fot\.)[\s\x{a0}\x{202f}]*:?[\s\x{a0}\x{202f}]*)?(?:личный архив|из личного архива|особистий архів|з особистого архіву|archiwum prywatne|archiwum własne|archivio personale|archivo personal|arquivo pessoal|privatarchiv|archives personnelles|privéarchief)((?:[\s\x{a0}\x{202f}]+[^\s\x{a0}\x{202f}()]+){0,4})[\s\x{a0}\x{202f}]*\)?$`)
	// htmlIntlCredit: "Quelle: dpa", "Fot. Jan Kowalski", "Фото: ТАСС"
	// (htmlCreditHead), always with its colon (or the dot of "Fot.").
	htmlIntlCredit = newLazyRE(`^\(?\s*(?:(?:quelle|bildquelle|foto|fotos|bild|bron|beeld|crédits?(?: photo)?|crédito(?: de imagen| de la imagen| da imagem| da foto)?|fonte|fuente|imagen|imagem|źródło|zdjęcie|фото|источник|джерело|иллюстрация|ілюстрація)[\s\x{a0}\x{202f}]*:|fot\.)[\s\x{a0}\x{202f}]*\S`)
)

// The stem lists gate the families above: a paragraph without one of a
// family's stems in its lower-cased text (for the sentence-start families,
// at the start of a sentence) cannot match the family's regexp.
var (
	htmlIntlClickStems   = []string{"klick", "klik", "clic", "cliqu", "puls", "pinch", "нажм", "натисн"}
	htmlIntlContactStems = []string{"schreib", "kontakt", "schrijf", "mail ", "écri", "contact", "scriv", "contatt", "escr", "contá", "fale ", "napisz", "skontakt", "напиш", "свяж", "яжіться"}
	htmlIntlShareStems   = []string{"freund", "vriend", "amis", "proches", "amici", "amigo", "znajom", "друз", "близк"}
	// htmlIntlCallStems open the sentences of htmlIntlFollowUs and
	// htmlIntlSignUp.
	htmlIntlCallStems = []string{"folg", "volg", "suiv", "rejoi", "segui", "sígu", "sígan", "siga", "obserw", "śledź", "следите", "подпис", "подпиш", "присоедин", "стежте", "підпис", "підпиш", "приєдн", "abonn", "iscriv", "abbona", "registr", "suscr", "regístr", "inscr", "assine", "cadastr", "meld", "schrijf je", "zapisz", "zarejestr", "subskryb", "zasubskryb", "зарегистр", "зареєстр", "newsletter", "jetzt ", "den ", "unseren ", "zum "}
)

// htmlSentenceOpens reports that a sentence of s opens with one of the
// stems: at the start of s, or after one of ".!?:" and ASCII spaces, where
// the regexps of the sentence-start families start to match.
func htmlSentenceOpens(s string, stems []string) bool {
	for i := 0; ; {
		for _, k := range stems {
			if strings.HasPrefix(s[i:], k) {
				return true
			}
		}
		j := strings.IndexAny(s[i:], ".!?:")
		if j < 0 {
			return false
		}
		i += j + 1
		k := i
		for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\f' || s[k] == '\r') {
			k++
		}
		if k == i {
			continue // a sentence mark without a space after it
		}
		i = k
	}
}

// htmlIntlClickMax is the longest paragraph, in runes, that a call to
// click beyond English makes an appeal: a call line, or a short promotion;
// a longer paragraph that ends with a link to click ("Receba o nosso
// ebook ... Clique aqui: URL") is left to the article it sits in.
const htmlIntlClickMax = 160

// htmlIntlAppeal: a call to act or a notice beyond English, in a paragraph
// of at most htmlShortMax runes: "Hier klicken" (htmlIntlClickMax), "Schreiben Sie uns",
// "Nous utilisons des cookies", "Teilen Sie diesen Artikel mit Ihren
// Freunden", "Suivez-nous sur Twitter", "Iscriviti alla nostra newsletter",
// "Todos los derechos reservados" (rightsReserved, as the paragraph rules
// know it).
func htmlIntlAppeal(f *htmlFeatures) bool {
	s := f.lower
	if f.n <= htmlIntlClickMax && f.intlHas(htmlIntlClickStems) && htmlIntlClickHere.MatchString(s) ||
		f.intlHas(htmlIntlContactStems) && htmlIntlContactMe.MatchString(s) ||
		strings.Contains(s, "cookie") && htmlIntlCookies.MatchString(s) ||
		f.intlHas(htmlIntlShareStems) && htmlIntlShareIt.MatchString(s) ||
		htmlSentenceOpens(s, htmlIntlCallStems) && (htmlIntlFollowUs.MatchString(s) || htmlIntlSignUp.MatchString(s)) {
		return true
	}
	for _, r := range rightsReserved {
		if strings.Contains(s, r) {
			return true
		}
	}
	return false
}

// intlHas reports that the lower-cased text contains one of the stems.
func (f *htmlFeatures) intlHas(stems []string) bool {
	for _, k := range stems {
		if strings.Contains(f.lower, k) {
			return true
		}
	}
	return false
}

// htmlIsIntlCredit: a photo credit or source line beyond English
// (htmlIntlCredit), or a personal archive (htmlIntlArchive) whose words
// after it are capitalised (a name: "личный архив Анны Ивановой", not
// "личный архив писателя передали музею"), in the paragraph t of at most
// htmlShortMax runes.
func htmlIsIntlCredit(f *htmlFeatures, t string) bool {
	if htmlIntlCredit.MatchString(f.lower) {
		return true
	}
	m := htmlIntlArchive.FindStringSubmatchIndex(f.lower)
	if m == nil {
		return false
	}
	// lower keeps the offsets of t: the name is t[m[2]:m[3]].
	for _, w := range strings.Fields(t[m[2]:m[3]]) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return !htmlSentenceLike(t[m[2]:m[3]])
}

// isAppeal: a short paragraph with a call to act, an author contact line, a
// copyright line or a notice about JavaScript, cookies or affiliate links.
func (c *htmlContext) isAppeal(i int, f *htmlFeatures, t string) bool {
	if htmlAppealWords(f, t) {
		return true
	}
	if f.has("newsletter") && htmlNewsletter.MatchString(t) && htmlReaderCue.MatchString(t) {
		return true
	}
	if f.has("be reached", "be contacted") && htmlReachable.MatchString(t) && htmlAddress.MatchString(t) {
		return true
	}
	if !f.at {
		return false // no e-mail address
	}
	if loc := htmlEmail.FindStringIndex(t); loc != nil {
		// An e-mail address on a line of its own or with a name ("Jane
		// Smith jane@example.com", "Email: jane@example.com"), or an
		// author's bio or tip line at the end of the body. An address in a
		// sentence of the article ("Tips can be sent to the council at
		// parks@example.gov, it said.") is content.
		rest := htmlEmail.ReplaceAllString(t, " ")
		if len(strings.Fields(rest)) <= 5 && !htmlSentenceLike(rest) {
			return true
		}
		return c.proseAfter[i] == 0 && htmlAuthorBio.MatchString(t)
	}
	return false
}

// htmlIsCredit reports a photo credit: "Photo: ...", "Source: ...",
// "Image copyright Getty Images", "Photo by Jane Smith for Example News",
// or an agency line of names with a slash ("(AP Photo/Seth Wenig)",
// "Jane Smith/Reuters"). Without a colon the rest must be names, so
// sentences ("Photo Booth is an app") and headings are not credits. The
// paragraph has at most htmlShortMax runes.
func htmlIsCredit(f *htmlFeatures, t string, k clean.Kind) bool {
	if htmlCreditHeadGate(f) {
		if m := htmlCreditHead.FindStringSubmatchIndex(t); m != nil {
			if strings.Contains(t[m[8]:m[9]], ":") {
				return true
			}
			rest := t[m[1]:]
			if l := htmlCreditBy.FindStringIndex(rest); l != nil {
				rest = rest[l[1]:]
			}
			if k != clean.KindHeading && htmlNameLine(rest) {
				return true
			}
		}
	}
	return k != clean.KindHeading && strings.Contains(t, "/") && htmlNameLine(t)
}

// htmlCreditHeadGate: the text may open with a word of htmlCreditHead,
// after an optional '(' and spaces.
func htmlCreditHeadGate(f *htmlFeatures) bool {
	if f.fold {
		return true
	}
	s := strings.TrimPrefix(f.lower, "(")
	s = strings.TrimLeft(s, " \t\n\f\r")
	for _, w := range [...]string{"image", "photo", "picture", "video", "credit", "source", "foto", "bild"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// htmlNameConnectors may stand in lower case between the names of a credit.
var htmlNameConnectors = map[string]bool{
	"for": true, "of": true, "the": true, "via": true, "and": true, "&": true, "de": true,
	"van": true, "von": true, "der": true, "da": true, "di": true, "du": true, "la": true,
	"le": true, "y": true, "e": true, "by": true, "courtesy": true, "photo": true,
}

// htmlNameLine reports a line made of names: capitalised words (or words
// with a capital inside, "iStockphoto"), handles, ©, and a few lower-case
// connectors, split by spaces, slashes and commas; at most 12 words, no
// digits, no colon, no sentence end. Outer parentheses are allowed.
func htmlNameLine(s string) bool {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")")
	if s == "" || strings.ContainsAny(s, ":()0123456789\"“”") {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s); r == '.' || r == '!' || r == '?' || r == '…' {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '/' || r == ',' })
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	caps := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || r == '@' || r == '©':
			caps++
		case htmlNameConnectors[strings.ToLower(w)]:
		case strings.IndexFunc(w, unicode.IsUpper) > 0:
			caps++
		default:
			return false
		}
	}
	return caps > 0
}

// htmlBylineHead returns the word that opens a byline, "By" (or "von",
// "par", "por", "di", "door") in any case, and the offset of what follows it
// and its spaces; "" when t does not open with one of them and a space. It
// is the regexp ^(?i:(by|von|par|por|di|door))\s+ by hand.
func htmlBylineHead(t string) (by string, rest int) {
	w := 0
	for w < len(t) && w < 5 && ('a' <= t[w] && t[w] <= 'z' || 'A' <= t[w] && t[w] <= 'Z') {
		w++
	}
	known := false
	for _, b := range [...]string{"by", "von", "par", "por", "di", "door"} {
		known = known || strings.EqualFold(t[:w], b)
	}
	if !known {
		return "", 0
	}
	rest = w
	for rest < len(t) && (t[rest] == ' ' || t[rest] == '\t' || t[rest] == '\n' || t[rest] == '\f' || t[rest] == '\r') {
		rest++
	}
	if rest == w {
		return "", 0
	}
	return t[:w], rest
}

var (
	// htmlBylineSeparators spaces out the separators of a byline's names.
	htmlBylineSeparators = strings.NewReplacer(",", " , ", "|", " | ", "·", " · ")

	// htmlBylineStop: words that open or sit inside a title-case heading
	// ("By The Numbers", "By Land And Sea", "By Monday") but not a name.
	htmlBylineStop = map[string]bool{
		"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
		"our": true, "my": true, "your": true, "his": true, "her": true, "its": true, "their": true,
		"all": true, "any": true, "some": true, "no": true, "not": true, "now": true, "then": true,
		"far": true, "way": true, "of": true, "in": true, "on": true, "for": true, "to": true,
		"with": true, "at": true, "from": true, "into": true, "over": true, "under": true,
		"about": true, "after": true, "before": true, "what": true, "how": true, "why": true,
		"when": true, "who": true, "is": true, "are": true, "was": true, "will": true, "or": true,
		"and": true, "but": true, "nor": true,
		"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
		"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
		"april": true, "june": true, "july": true, "august": true, "september": true,
		"october": true, "november": true, "december": true, "today": true, "tonight": true,
		"contrast": true, "comparison": true, "default": true, "hand": true, "chance": true,
	}
	// htmlBylineOrg: last words of an outlet after "By The" ("By The
	// Associated Press", "By The Editorial Board").
	htmlBylineOrg = map[string]bool{
		"press": true, "staff": true, "editors": true, "board": true, "desk": true, "team": true,
		"bureau": true, "agency": true, "newsroom": true, "reporters": true, "correspondent": true,
	}
	// htmlBylineParticles stand in lower case inside a name.
	htmlBylineParticles = map[string]bool{
		"de": true, "van": true, "von": true, "der": true, "den": true, "da": true, "di": true,
		"del": true, "della": true, "la": true, "le": true, "du": true, "dos": true, "das": true,
		"bin": true, "al": true, "ter": true, "ten": true, "el": true,
	}
	htmlBylineConnectors = map[string]bool{"and": true, "&": true, "und": true, "y": true, "et": true, "e": true, "en": true, "i": true}
	// htmlBylineRoles may follow the names after a separator ("By Jane
	// Smith, staff writer", "By Jane Smith | Special to the Star").
	htmlBylineRoles = map[string]bool{
		"staff": true, "writer": true, "writers": true, "reporter": true, "reporters": true,
		"correspondent": true, "correspondents": true, "editor": true, "editors": true,
		"contributor": true, "contributing": true, "columnist": true, "senior": true, "chief": true,
		"political": true, "business": true, "sports": true, "special": true, "to": true, "the": true,
		"for": true, "of": true, "in": true, "at": true, "and": true, "news": true, "service": true,
		"bureau": true, "desk": true, "photographer": true, "photos": true, "video": true,
		"updated": true, "published": true, "posted": true, "on": true, "with": true, "via": true,
		"from": true, "freelance": true, "guest": true, "deputy": true, "associate": true,
		"managing": true, "international": true, "national": true, "foreign": true, "science": true,
		"health": true, "tech": true, "technology": true, "opinion": true, "am": true, "pm": true,
		"a.m.": true, "p.m.": true, "and/or": true,
		// Beyond English: roles, prepositions, dates, and the agencies
		// that write their names in lower case.
		"redakteur": true, "redakteurin": true, "korrespondent": true, "korrespondentin": true,
		"autor": true, "autorin": true, "mit": true, "aus": true, "und": true, "um": true, "uhr": true,
		"aktualisiert": true, "veröffentlicht": true, "dpa": true, "epd": true, "kna": true,
		"redacteur": true, "verslaggever": true, "redactie": true, "uit": true, "met": true, "en": true,
		"bijgewerkt": true, "envoyé": true, "envoyée": true, "spécial": true, "spéciale": true,
		"correspondant": true, "correspondante": true, "journaliste": true, "rédaction": true, "à": true,
		"avec": true, "et": true, "de": true, "du": true, "des": true, "la": true, "le": true, "les": true,
		"publié": true, "mis": true, "jour": true, "corresponsal": true, "redacción": true, "enviado": true,
		"enviada": true, "especial": true, "periodista": true, "del": true, "con": true, "y": true,
		"actualizado": true, "publicado": true, "correspondente": true, "redação": true, "repórter": true,
		"do": true, "da": true, "em": true, "com": true, "e": true, "atualizado": true, "às": true,
		"corrispondente": true, "inviato": true, "inviata": true, "redazione": true, "giornalista": true,
		"di": true, "aggiornato": true, "pubblicato": true, "alle": true, "ore": true,
		"korespondent": true, "redakcja": true, "dziennikarz": true, "z": true, "w": true, "i": true,
	}
)

// htmlIsByline returns the number of name words of a byline ("By Jane
// Smith", "BY JANE SMITH AND JOHN DOE", "Von Hans Müller", "By Jane Smith,
// staff writer"), or 0 when t is not one. The names are capitalised words
// with particles ("de", "van") and connectors ("and", "&") between them, at
// most four words a name and four names; a separator (comma, bar, dash) may
// end them and bring a role, outlet or date. A title-case phrase ("By The
// Numbers", "By Land And Sea", "By Monday") is not a byline; "By The X"
// only for an outlet ("By The Associated Press"). Other languages' "by"
// ("Von", "Par", "Por", "Di", "Door") needs names of two words or more
// ("Par Avion", "Von Tätern und Opfern" are phrases) or an agency's
// acronym ("Par AFP"); the roles after a separator may be theirs too
// ("Von Hans Müller, dpa", "Por Juan Pérez, corresponsal").
func htmlIsByline(t string) int {
	by, rest := htmlBylineHead(t)
	if by == "" {
		return 0
	}
	caps := htmlAllCaps(t)
	fields := strings.Fields(htmlBylineSeparators.Replace(t[rest:]))
	total, inName, names, tail := 0, 0, 0, -1
	shortest := 0 // words of the shortest name
	endName := func() {
		if inName > 0 && (shortest == 0 || inName < shortest) {
			shortest = inName
		}
		inName = 0
	}
	first, firstWord, last := "", "", ""
	for _, f := range fields {
		lw := strings.ToLower(f)
		switch {
		case f == "," || f == "|" || f == "·" || f == "-" || f == "–" || f == "—":
			if tail < 0 {
				tail = 0 // names may go on, or a role or date follow
			}
			endName()
			continue
		case tail > 0:
			// In the tail: roles, outlets, dates.
		case htmlBylineConnectors[lw] && (f == lw || caps) && total > 0:
			endName()
			continue
		case htmlBylineParticles[lw] && f == lw && total > 0:
			continue
		case htmlBylineWord(f) && !(htmlBylineStop[lw] && !(lw == "the" && total == 0)):
			if inName == 0 {
				names++
			}
			inName++
			total++
			if total == 1 {
				first, firstWord = lw, f
			}
			last = lw
			if inName > 4 || names > 4 {
				return 0
			}
			continue
		}
		// Not a name word: only a tail after a separator may hold it.
		if tail < 0 {
			return 0
		}
		tail++
		if tail > 6 {
			return 0
		}
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !htmlBylineRoles[strings.Trim(lw, ".;")] {
			return 0
		}
	}
	if total == 0 || first == "the" && (total < 2 || !htmlBylineOrg[last]) {
		return 0
	}
	endName()
	// Beyond English, each name has two words or more ("Par Avion",
	// "Von Tätern und Opfern" are phrases), or the one name is an
	// agency's acronym ("Par AFP").
	if !strings.EqualFold(by, "by") && shortest < 2 && !(total == 1 && htmlAcronym(firstWord)) {
		return 0
	}
	return total
}

// htmlAcronym: two to five capital ASCII letters ("AFP", "EFE", "ANSA").
func htmlAcronym(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// htmlBylineWord: a capitalised word of letters, dots, apostrophes and
// hyphens ("O'Neil", "J.", "Jean-Luc").
func htmlBylineWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}

var (
	htmlDateWords = map[string]bool{
		"published": true, "updated": true, "posted": true, "last": true, "modified": true,
		"on": true, "at": true, "am": true, "pm": true, "gmt": true, "est": true, "edt": true,
		"pst": true, "pdt": true, "cst": true, "cdt": true, "utc": true, "bst": true, "cet": true,
		"ist": true, "et": true, "pt": true, "ct": true, "a": true, "p": true, "m": true,
		"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
		"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
		"saturday": true, "sunday": true, "date": true, "time": true, "às": true, "de": true,
		"feira": true, "segunda": true, "terça": true, "quarta": true, "quinta": true, "sexta": true,
		"sábado": true, "domingo": true, "ago": true, "hours": true, "minutes": true, "by": true,
		"first": true, "and": true, "created": true, "le": true, "el": true, "am_": true,
		// German, Dutch, French, Italian, Spanish, Portuguese, Polish,
		// Russian, Ukrainian
		"veröffentlicht": true, "aktualisiert": true, "um": true, "uhr": true, "stand": true,
		"gepubliceerd": true, "bijgewerkt": true, "om": true, "op": true, "publié": true, "mis": true,
		"jour": true, "à": true, "modifié": true, "pubblicato": true, "aggiornato": true, "il": true,
		"alle": true, "ore": true, "publicado": true, "actualizado": true, "atualizado": true,
		"las": true, "h": true, "opublikowano": true, "aktualizacja": true, "o": true,
		"опубликовано": true, "обновлено": true, "в": true, "г": true, "года": true, "опубліковано": true,
		"оновлено": true, "о": true, "року": true,
		// Japanese and Chinese: the year, month, day, hour and minute
		// after their figures, "updated"
		"年": true, "月": true, "日": true, "時": true, "时": true, "分": true, "更新": true, "号": true, "號": true,
	}

	// htmlMonths are the names of the months beyond English (the English
	// ones and Portuguese ones are matched by their first letters in
	// dateSpans), as they follow a day: Polish, Russian and Ukrainian in
	// the genitive; Swahili's that do not start as the English ones do
	// (dateSpans takes these before a day too: "Machi 11, 2025").
	htmlMonths = `machi|agosti|maj|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|` +
		`jänner|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|` +
		`septembre|octobre|novembre|décembre|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|` +
		`octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|` +
		`dicembre|maart|mei|augustus|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|` +
		`września|października|listopada|grudnia|января|февраля|марта|апреля|мая|июня|июля|августа|` +
		`сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|` +
		`вересня|жовтня|листопада|грудня|` +
		// Urdu, Arabic, Persian (the Gregorian and the solar months),
		// Hindi, Bengali, Ethiopic
		`جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر|يناير|فبراير|مارس|أبريل|` +
		`مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|ژانویه|فوریه|آوریل|ژوئن|ژوئیه|اوت|سپتامبر|` +
		`اکتبر|نوامبر|دسامبر|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|` +
		`जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|नवम्बर|दिसंबर|` +
		`दिसम्बर|জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর|` +
		ethiopicMonths
	// ethiopicMonths are the months of the Ethiopian calendar (Amharic,
	// Tigrinya), which come before the day ("ጥቅምት 5 ቀን 2017 ዓ.ም"; see
	// scriptDate).
	ethiopicMonths = `መስከረም|ጥቅምት|ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ነሐሴ|ጳጉሜ`
	// burmeseMonths are the Gregorian months in Burmese, which come
	// before the day too ("အောက်တိုဘာ ၈၊ ၂၀၂၄"; see scriptDate).
	burmeseMonths = `ဇန်နဝါရီ|ဖေဖော်ဝါရီ|မတ်|ဧပြီ|မေ|ဇွန်|ဇူလိုင်|ဩဂုတ်|သြဂုတ်|စက်တင်ဘာ|အောက်တိုဘာ|နိုဝင်ဘာ|ဒီဇင်ဘာ`
)

// scriptMonthList is ethiopicMonths and burmeseMonths split once.
var scriptMonthList = strings.Split(ethiopicMonths+"|"+burmeseMonths, "|")

// scriptDate reports whether t holds a month of the Ethiopian calendar
// or a Burmese month and a day after it ("ጥቅምት 5 ቀን 2017 ዓ.ም",
// "အောက်တိုဘာ 8၊ 2024", its digits made ASCII), which dateSpans, whose
// word boundaries are ASCII's, cannot find. Every Ethiopic and Burmese
// letter opens with the byte E1.
func scriptDate(t string) bool {
	if strings.IndexByte(t, 0xE1) < 0 {
		return false
	}
	for _, m := range scriptMonthList {
		if k := strings.Index(t, m+" "); k >= 0 && k+len(m)+1 < len(t) && isDigit(t[k+len(m)+1]) {
			return true
		}
	}
	return false
}

// htmlIsDateline reports a line that is mostly a date or time: with the dates,
// times and date words taken out, at most 4 words remain. Every date and
// time of dateSpans holds an ASCII digit, so a line without one is no
// dateline and costs no search.
func htmlIsDateline(t string) bool {
	if !strings.ContainsAny(t, "0123456789") {
		return false
	}
	if scriptDate(t) {
		return true
	}
	t = joinSpacedDate(t)
	var spans [16][2]int
	locs := dateSpans(t, spans[:0])
	if len(locs) == 0 {
		return false
	}
	// The words outside the dates and times: the text between the
	// matches, each gap split at every rune that is not a letter.
	words, lower, from := 0, 0, 0
	for k := 0; k <= len(locs); k++ {
		to := len(t)
		if k < len(locs) {
			to = locs[k][0]
		}
		for _, w := range strings.FieldsFunc(t[from:to], func(r rune) bool { return !unicode.IsLetter(r) }) {
			if !foldedIn(htmlDateWords, w) {
				words++
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
					lower++
				}
			}
		}
		if k < len(locs) {
			from = locs[k][1]
		}
	}
	// A short sentence with a date ("The vote was held on March 3, 2020.")
	// is not a dateline: it quotes or ends like a sentence and has words of
	// its own in lower case.
	if lower >= 2 && htmlSentenceLike(t) {
		return false
	}
	// Bare four-digit numbers (years, phone number parts) are not enough.
	bare := true
	for _, l := range locs {
		if l[1]-l[0] != 4 || !allDigits(t[l[0]:l[1]]) {
			bare = false
		}
	}
	if bare {
		return false
	}
	return words <= 4
}

// joinSpacedDate returns t with the first numeric date written with a
// space after each full stop ("10. 3. 2025", as Slovenian, Czech, Slovak
// and Croatian pages print it) joined up ("10.3.2025"), the form
// dateSpans reads; t itself when it has none.
func joinSpacedDate(t string) string {
	for p := 0; p < len(t); p++ {
		if !isDigit(t[p]) || p > 0 && isDigit(t[p-1]) {
			continue
		}
		day := digitsAt(t, p, 2)
		q := p + day
		if day == 0 || !strings.HasPrefix(t[q:], ". ") {
			continue
		}
		month := digitsAt(t, q+2, 2)
		r := q + 2 + month
		if month == 0 || !strings.HasPrefix(t[r:], ". ") {
			continue
		}
		if digitsAt(t, r+2, 4) != 4 || r+6 < len(t) && isDigit(t[r+6]) {
			continue
		}
		return t[:q+1] + t[q+2:r+1] + t[r+2:]
	}
	return t
}

// htmlSentenceLike reports text that holds a quotation mark or ends with
// sentence punctuation (before closing quotes and brackets).
func htmlSentenceLike(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "'’)]"))
	return r == '.' || r == '!' || r == '?' || r == '…' || r == '。' || r == '！' || r == '？' || htmlHasQuote(t)
}

// htmlHasQuote reports a quotation mark: " “ ” „ « ». It is
// strings.ContainsAny(t, "\"“”„«»") by bytes: the marks' UTF-8 lead bytes
// (0x22, 0xE2, 0xC2) are found with IndexByte, and a lead byte is never
// part of another rune, so a match is a whole rune.
func htmlHasQuote(t string) bool {
	if strings.IndexByte(t, '"') >= 0 {
		return true
	}
	for s := t; ; {
		i := strings.IndexByte(s, 0xE2) // “ ” „: E2 80 9C..9E
		if i < 0 || i+2 >= len(s) {
			break
		}
		if s[i+1] == 0x80 && 0x9C <= s[i+2] && s[i+2] <= 0x9E {
			return true
		}
		s = s[i+1:]
	}
	for s := t; ; {
		i := strings.IndexByte(s, 0xC2) // « »: C2 AB, C2 BB
		if i < 0 || i+1 >= len(s) {
			break
		}
		if s[i+1] == 0xAB || s[i+1] == 0xBB {
			return true
		}
		s = s[i+1:]
	}
	return false
}

// allDigits reports whether s holds ASCII digits only (true for "").
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
