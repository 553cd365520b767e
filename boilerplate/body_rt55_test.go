package boilerplate

import (
	"slices"
	"testing"
)

// rt55Hebrew is a Hebrew article's body: news prose whose function words
// are mostly joined to the next word, so that stopwords-iso's Hebrew list
// alone finds too few of them (see stopwords.LICENSE).
var rt55Hebrew = []string{
	"מתקן ההתפלה החדש בחוף החל הבוקר לספק מים למערכת הארצית, לאחר כמעט חמש שנות הקמה. בשלב הראשון יפעל המתקן בכמחצית מתפוקתו, ועד סוף השנה הוא צפוי להגיע לתפוקה מלאה.",
	"\"עם הפעלת המתקן, רוב המים לשתייה יגיעו מהתפלה\", מסרו ברשות המים. לדבריהם, התוספת תאפשר להפחית את השאיבה ממקורות טבעיים שנפגעו בשנים השחונות.",
	"המתקן הוקם על ידי קונסורציום שזכה במכרז לפני חמש שנים, ויופעל על ידו במודל של זיכיון למשך עשרים וחמש שנה.",
	"ארגוני סביבה מזכירים כי המתקן יזרים לים מדי יום עשרות אלפי קוב של תמלחת. \"אנחנו לא נגד התפלה, אבל אין עדיין מספיק מחקר על ההשפעה המצטברת\", אמרה חוקרת.",
}

// TestHebrewRT55: the Hebrew stopwords this project added (לאחר, כמעט,
// לפי, כבר, אמרה, ...) are stopwords; an author's name in Hebrew, which has no capitals, is the
// author's right over the dateline, so the headline and the standfirst
// above them stay.
func TestHebrewRT55(t *testing.T) {
	for _, w := range []string{"לאחר", "כמעט", "לפי", "כבר", "אמרה", "לדבריה", "יותר"} {
		d := blockDoc("המתקן " + w + " המים")
		sc := new(bodyScratch)
		sc.features(d)
		if s := sc.stops(0); s != 1 {
			t.Errorf("%q: %d stopwords, want 1", w, s)
		}
	}
	head := []string{"מתקן ההתפלה בחוף החל לפעול: \"נוכל לעבור שנות בצורת בלי קיצוצים\"",
		"המתקן, שעלותו מוערכת בכמיליארד שקל, יספק מאתיים מיליון קוב מים בשנה. ארגוני סביבה מזהירים מהשפעות התמלחת על החי הימי.",
		"נועה בן-שטרית", "פורסם: 14.07.25, 09:32", "עודכן: 14.07.25, 11:05", "שתפו", "הגדלת טקסט", "תגובות: 23",
		"מתקן ההתפלה בחוף, הבוקר", "(צילום: יוסי חדד)"}
	menu := []string{"ראשי", "חדשות", "כלכלה", "ספורט", "תרבות", "בריאות", "רכב", "תיירות", "צרכנות", "דעות", "תשתיות"}
	foot := []string{"שתפו", "וואטסאפ", "פייסבוק", "טוויטר", "העתקת קישור", "תנאי שימוש", "מדיניות פרטיות"}
	lines := slices.Concat(menu, head, rt55Hebrew, foot)
	lo := len(menu)
	checkHeadKept(t, "hebrew byline", lines, lo, len(head), len(rt55Hebrew))
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"נועה בן-שטרית", true},
		{"יוסי חדד", true},
		{"שתפו את הכתבה", false}, // four words
		{"של המים", false},       // a stopword
		{"Noa Ben", false},       // capitals: authorName's
		{"נועה 2025", false},
	} {
		d := blockDoc(tc.text)
		sc := new(bodyScratch)
		sc.features(d)
		if got := sc.caselessName(d, 0); got != tc.want {
			t.Errorf("caselessName(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestSpacedDateRT55: a numeric date with a space after each full stop
// ("10. 3. 2025", Slovenian, Czech, Slovak, Croatian) is a dateline as
// "10.3.2025" is, so that the byline block it opens is crossed to the
// headline.
func TestSpacedDateRT55(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"10. 3. 2025", "10.3.2025"},
		{"ponedeljek, 10. 3. 2025, 14.05", "ponedeljek, 10.3.2025, 14.05"},
		{"Zadnja posodobitev: 1. 12. 2025", "Zadnja posodobitev: 1.12.2025"},
		{"123. 4. 2025", "123. 4. 2025"},
		{"10. 3. 20255", "10. 3. 20255"},
		{"10. 3. 25", "10. 3. 25"},
		{"Stran 10. 3.", "Stran 10. 3."},
		{"", ""},
	} {
		if got := joinSpacedDate(tc.in); got != tc.want {
			t.Errorf("joinSpacedDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, l := range []string{"ponedeljek, 10. 3. 2025, 14.05", "10. 3. 2025"} {
		if !byline(l) {
			t.Errorf("byline(%q) = false", l)
		}
	}
	head := []string{"Po progi med dvema mestoma bodo vlaki vozili s 160 kilometri na uro",
		"Direkcija za infrastrukturo je podpisala pogodbo za 412 milijonov evrov vredna dela, potovalni čas se bo skrajšal.",
		"Tina Jerman", "ponedeljek, 10. 3. 2025, 14.05", "Zadnja posodobitev: 10. 3. 2025, 16.48", "Deli", "Shrani", "Komentarji (56)"}
	lines := slices.Concat(rt37Menu, head, rt37Prose, rt37Foot)
	lo := len(rt37Menu)
	checkHeadKept(t, "spaced date", lines, lo, len(head), len(rt37Prose))
}

// checkHeadKept checks that Default keeps the headline and the standfirst
// at lines lo and lo+1 and the body of n lines after the head of h lines,
// and removes the lines before the headline and after the body; the
// byline block between is the tool's to keep or not.
func checkHeadKept(t *testing.T, name string, lines []string, lo, h, n int) {
	t.Helper()
	d := blockDoc(lines...)
	Default().Mark(d)
	for i, p := range d.Paragraphs {
		want := i == lo || i == lo+1 || i >= lo+h && i < lo+h+n
		if (i < lo+2 || i >= lo+h) && p.Kept() != want {
			t.Errorf("%s: line %d %q kept %v, want %v", name, i, p.Text, p.Kept(), want)
		}
	}
}

// TestPressReleaseHeadRT55: a press-release wire's page prints its
// dateline above the headline ("News provided by", the company, the
// date); under it, a headline in title case over a summary in sentence
// case are the headline and the standfirst, not a standfirst alone.
func TestPressReleaseHeadRT55(t *testing.T) {
	head := []string{"News provided by", "Corvalis Thermal Systems", "Mar 12, 2024, 08:00 ET", "Share this article",
		"Corvalis Thermal Systems to Build $210 Million Heat Pump Manufacturing Plant in Tennessee",
		"New Millbrook facility expected to create 640 jobs and triple the company's North American production capacity by 2027"}
	lines := slices.Concat(rt37Menu, head, rt37Prose, rt37Foot)
	lo := len(rt37Menu)
	checkMarkerKept(t, "press release", Default(), lines, func(i int) bool {
		return i >= lo+4 && i < lo+len(head)+len(rt37Prose)
	})
	cases := append(slices.Clone(head), "Here Are the Things You Need to Know About the Plant:", "2024 Annual Report of the Board and All of Its Committees")
	d := blockDoc(cases...)
	sc := new(bodyScratch)
	sc.features(d)
	for i, want := range []bool{false, false, false, false, true, false, false, false} {
		if got := sc.titleCaseHead(d, i); got != want {
			t.Errorf("titleCaseHead(%q) = %v, want %v", cases[i], got, want)
		}
	}
}
