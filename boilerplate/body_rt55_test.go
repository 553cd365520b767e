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

// rt52Market is a Chinese market story's page (red team 52): its last
// paragraph, a sentence of figures, sits over the editor's credit, a risk
// warning and the share buttons.
var rt52Market = []string{
	"鼎财网",
	"下载APP",
	"登录",
	"注册",
	"首页",
	"要闻",
	"宏观",
	"股票",
	"港股",
	"美股",
	"基金",
	"债券",
	"理财",
	"科技",
	"汽车",
	"产经",
	"数据中心",
	"直播",
	"搜索",
	"驰远汽车2023年营收增长62%至218.6亿元 四季度毛利率升至16.1%",
	"驰远汽车全年交付14.2万辆，净亏损大幅收窄，四季度毛利率连续第三个季度回升；但公司给出的一季度交付指引低于市场预期。",
	"鼎财网3月28日讯（记者 郑嘉怡）3月28日晚间，新能源汽车制造商驰远汽车（09863.HK）发布2023年第四季度及全年未经审计财务业绩。公告显示，公司全年实现营业收入218.6亿元，同比增长62.3%；归属于股东的净亏损为48.7亿元，较上年的71.2亿元明显收窄。",
	"交付方面，驰远汽车2023年共交付新车14.2万辆，同比增长71%，完成年初设定的14万辆目标。其中第四季度交付4.6万辆，创单季新高。",
	"毛利率连续三个季度回升",
	"盈利能力是本次财报的最大看点。2023年第四季度，驰远汽车整体毛利率为16.1%，较第三季度的13.4%提升2.7个百分点，已连续三个季度环比改善；全年毛利率为13.2%，上年同期为9.8%。",
	"公司首席财务官何颖在业绩电话会上表示，毛利率改善主要得益于电池采购成本下降、规模效应显现以及高毛利车型“驰远S9”销量占比提升。“我们预计2024年整车毛利率将稳定在15%以上。”",
	"四季度单季净亏损为8.3亿元，环比收窄37%。截至2023年12月31日，公司持有的现金及现金等价物、受限制现金及短期投资合计412.5亿元。",
	"一季度交付指引低于市场预期",
	"不过，驰远汽车对2024年第一季度的指引略显保守。公司预计一季度交付量为5.2万至5.5万辆，同比增长30.0%至37.5%；营业收入为78亿至82亿元。此前市场普遍预期一季度交付量在5.8万辆左右。",
	"创始人、董事长兼首席执行官邵明哲解释称，一季度受春节假期及部分车型换代影响，“这是主动调整节奏的结果，二季度起将有两款全新车型陆续上市，全年销量目标为22万辆”。",
	"一位券商汽车行业分析师对鼎财网记者表示，行业价格战仍在持续，驰远汽车能否在保持销量增长的同时守住毛利率，将是2024年最大的考验。“从四季度的数据看，公司在成本控制上已经交出了不错的答卷，但一季度指引说明终端需求仍有压力。”",
	"截至3月28日港股收盘，驰远汽车股价报48.65港元，上涨6.22%，总市值约1020亿港元。",
	"责任编辑：王磊",
	"风险提示：本文所提供资讯仅供参考，不构成任何投资建议。投资者据此操作，风险自担。市场有风险，投资需谨慎。",
	"分享到：",
	"微信",
	"微博",
	"QQ空间",
	"复制链接",
}

// TestClosingSentenceRT55: the last paragraph of a Chinese market story, a
// sentence of figures with few stopwords, stays when the rules removed
// what follows it (the editor's credit, the risk warning: see
// closingSentence); the credit and the warning go.
func TestClosingSentenceRT55(t *testing.T) {
	d := blockDoc(rt52Market...)
	Default().Mark(d)
	const last = 31 // "截至3月28日港股收盘，…"
	if !d.Paragraphs[last].Kept() {
		t.Errorf("last paragraph %q removed by %s", d.Paragraphs[last].Text, d.Paragraphs[last].Removal.Rule)
	}
	for i := last + 1; i < len(d.Paragraphs); i++ {
		if d.Paragraphs[i].Kept() {
			t.Errorf("line %d %q kept", i, d.Paragraphs[i].Text)
		}
	}
	for i := 19; i < last; i++ { // the headline and the article
		if !d.Paragraphs[i].Kept() {
			t.Errorf("article line %d %q removed by %s", i, d.Paragraphs[i].Text, d.Paragraphs[i].Removal.Rule)
		}
	}
}
