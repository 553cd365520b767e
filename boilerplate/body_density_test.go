package boilerplate

import (
	"testing"

	"github.com/cleantext/clean"
)

// koreanArticle is a short news story in Korean, a language whose stopword
// list covers little of its running text (particles are written into the
// word): its title and four paragraphs.
var koreanArticle = []string{
	"시의회, 오래된 다리 보수 공사 내년 봄까지 연장",
	"시의회는 월요일 오전 기자회견을 열고 강 위의 오래된 다리를 보수하기 위해 다음 달부터 통행을 전면 통제한다고 밝혔으며 공사는 내년 봄까지 이어질 예정이라고 설명했다. 시의회 관계자는 안전 점검 결과 교량 하부 구조물에서 심각한 균열이 발견되어 더 이상 미룰 수 없었다고 말했다.",
	"운전자들은 이번 공사 기간 동안 도심 외곽의 순환도로를 이용해야 하며 시는 교통 혼잡을 줄이기 위해 순환도로를 넓히는 작업을 먼저 마치겠다고 약속했다. 그러나 인근 상인들은 손님이 줄어들 것을 걱정하며 시의회에 보상 대책을 요구하고 있다.",
	"시장은 주민 설명회에서 다리가 지어진 지 오십 년이 넘었고 그동안 제대로 된 보수가 한 번도 없었다며 이번 공사는 시민의 안전을 위한 불가피한 선택이라고 강조했다. 주민들은 대체로 공사의 필요성에 공감하면서도 공사 기간이 더 길어지지 않기를 바란다고 입을 모았다.",
	"시는 또한 공사 진행 상황을 매주 누리집에 공개하고 주민 의견을 듣는 창구를 따로 마련할 계획이다. 이번 공사가 끝나면 다리에는 자전거 전용 도로와 넓은 보행로가 함께 생기며 야간 조명도 모두 새로 설치될 예정이라고 시 관계자는 덧붙였다.",
}

// densityOf returns the share of stopwords the body finder asks of a prose
// paragraph of the document of lines.
func densityOf(lines []string) float64 {
	d := blockDoc(lines...)
	sc := new(bodyScratch)
	sc.features(d)
	return densityOfDoc(sc, d)
}

// densityOfDoc measures the long sentences of d as BodyFinder.Mark does and
// returns the share of stopwords it asks of a prose paragraph.
func densityOfDoc(sc *bodyScratch, d *clean.Document) float64 {
	words, stops, lines := 0, 0, 0
	for i := range d.Paragraphs {
		if s := &sc.stats[i]; d.Paragraphs[i].Kept() && sc.proseShape(i) && s.words >= longProse && stopRune(s.end) {
			words += int(s.words)
			stops += sc.stops(i)
			lines++
		}
	}
	if low, ok := sc.lowDensity(words, stops, lines); ok {
		return low
	}
	return proseDensity
}

// TestLowDensity checks the share of stopwords asked of prose in a
// language whose stopword list covers little of its running text.
func TestLowDensity(t *testing.T) {
	for _, c := range []struct {
		words, stops, lines int
		want                float64
		ok                  bool
	}{
		{300, 30, 10, 0.05, true}, // Korean: one word in ten
		{300, 150, 10, 0, false},  // English: one word in two, twice proseDensity
		{300, 120, 10, 0.2, true}, // Russian: two words in five
		{300, 149, 10, 149.0 / 600, true},
		{300, 75, 10, 0.125, true},
		{90, 9, 2, 0, false}, // too few long sentences
		{0, 0, 0, 0, false},
	} {
		got, ok := lowDensity(c.words, c.stops, c.lines)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("lowDensity(%d, %d, %d) = %v, %v; want %v, %v", c.words, c.stops, c.lines, got, ok, c.want, c.ok)
		}
	}
}

// TestProseDensity checks that the share of stopwords a prose paragraph
// needs is lowered only in a language whose stopword list covers little of
// its running text, measured on enough long sentences.
func TestProseDensity(t *testing.T) {
	if d := densityOf(koreanArticle); d >= proseDensity || d <= 0 {
		t.Errorf("Korean article: density %v, want below %v", d, proseDensity)
	}
	if d := densityOf(koreanArticle[:3]); d != proseDensity {
		t.Errorf("two Korean sentences: density %v, want %v", d, proseDensity)
	}
	credits := "Directed by Jane Doe, John Roe, Mary Major, Richard Miles, Peter Piper, Paul Smith, Anna Jones, Carl White, Ella Brown, Frank Black, Grace Green, Henry Gray and Ivy Stone."
	english := append(insetArticle(), credits, credits)
	if d := densityOf(english); d != proseDensity {
		t.Errorf("English article with credits: density %v, want %v", d, proseDensity)
	}
}

// TestBodyKorean checks that the body finder finds a Korean article among
// menus and teasers, its title included.
func TestBodyKorean(t *testing.T) {
	menu := []string{"홈", "뉴스", "정치", "경제", "사회", "연예", "스포츠", "‘골목식당’ 결국 대폭발한 백종..", "기사입력 :[ 2018-08-25 15:24 ]"}
	footer := []string{"뒤로가기 인쇄하기 목록", "많이 본 뉴스", "‘썰전’ 유시민·전원책, 얼마나..", "모두가 기대한다는 ‘청춘시대3’..", "티파니, 자필 사과에도 비난 수그..", "광고제휴문의 / 보도기사문의 / 개인정보취급방침"}
	lines := append(append(append([]string{}, menu...), koreanArticle...), footer...)
	checkBodyKept(t, "", lines, func(i int) bool { return len(menu) <= i && i < len(menu)+len(koreanArticle) })
}

// russianArticle is a short news story in Russian, a language without
// articles whose running text holds fewer stopwords than English: its
// title and five paragraphs, the last one short and with few stopwords.
var russianArticle = []string{
	"Мэрия закрывает старый мост через реку на ремонт до весны",
	"В понедельник мэрия сообщила, что старый мост через реку будет закрыт на ремонт со следующего месяца, а работы продлятся почти до конца весны.",
	"Водителям придётся ездить по объездной дороге, которую городские власти обещают расширить ещё до начала ремонта моста, чтобы в часы пик на ней не было больших пробок.",
	"Владельцы магазинов у моста опасаются, что покупателей станет меньше, и просят мэрию помочь им на время ремонта, например снизить арендную плату за помещения на первых этажах.",
	"По словам инженеров, мост построили больше пятидесяти лет назад, и с тех пор его ни разу серьёзно не ремонтировали, хотя трещины в опорах были заметны уже много лет.",
	"Жители района считают, что ремонт назрел, но опасаются длинных пробок на объездной дороге.",
}

// TestBodyRussian checks that the body finder keeps the short closing
// paragraph of a Russian article, which holds fewer stopwords than
// proseDensity asks in English.
func TestBodyRussian(t *testing.T) {
	menu := []string{"Главная", "Новости", "Политика", "Экономика", "Общество", "Спорт"}
	footer := []string{"Читайте также:", "Новый детский сад откроют в декабре", "Комментарии", "© 2026 Городские новости"}
	lines := append(append(append([]string{}, menu...), russianArticle...), footer...)
	last := len(menu) + len(russianArticle) - 1
	if d := blockDoc(lines...); true {
		sc := new(bodyScratch)
		sc.features(d)
		if s := sc.stops(last); float64(s) >= proseDensity*float64(sc.stats[last].words) {
			t.Fatalf("closing paragraph has %d stopwords in %d words: not a test of the lower share", s, sc.stats[last].words)
		}
	}
	checkBodyKept(t, "", lines, func(i int) bool { return len(menu) <= i && i <= last })
}

// TestFusedDensity checks that in a language of fusedLangs (Finnish) a
// prose paragraph needs the share of stopwords of the long sentences over
// fusedDiv, and over 2 elsewhere: a Finnish paragraph of plain news prose
// ("Kunnan laskelmien mukaan …", a fifth of its words stopwords) is prose
// next to long sentences with twice that share.
func TestFusedDensity(t *testing.T) {
	finnish := []string{
		"Kunnanvaltuusto päätti maanantaina äänin 19–14, että Hakalan, Rönkön ja Vuorilahden koulut lakkautetaan ensi syksynä ja niiden oppilaat siirtyvät Kuusiniemen yhtenäiskouluun, jota laajennetaan kahdella uudella luokkahuoneella.",
		"Jos koulutaksi kiertää kuusi taloa ennen kuin se pääsee isolle tielle, seitsemänvuotias istuu autossa helposti tunnin aamulla ja toisen iltapäivällä, ja se on pitkä aika pienelle koululaiselle.",
		"Osa valtuutetuista vetosi siihen, että koulu on kylän viimeinen julkinen palvelu, kun kauppa, posti ja pankkikonttori ovat jo lähteneet, ja että koulun lakkauttaminen voi olla kylän loppu.",
		"Kunnan laskelmien mukaan yhdistäminen säästää noin 640 000 euroa vuodessa. Suurin osa säästöstä syntyy kiinteistökuluista, lämmityksestä, siivouksesta, ruokahuollosta ja opettajien palkoista.",
	}
	d := blockDoc(finnish...)
	sc := new(bodyScratch)
	sc.features(d)
	if !sc.fused {
		t.Fatal("Finnish text: not a fused language")
	}
	low := densityOfDoc(sc, d)
	sc.density = low
	if !sc.isProse(3) {
		t.Errorf("density %.3f: %q is no prose", low, finnish[3])
	}
	sc.fused = false
	if low2 := densityOfDoc(sc, d); low2 <= low {
		t.Errorf("density %.3f without fusedDiv, want more than %.3f", low2, low)
	}
}

// TestIsProseSparse checks the rounding of the stopwords asked of a prose
// paragraph: below sparseDensity a Korean paragraph of two sentences with
// no stopword is prose (the share asks less than one of it); above it,
// the share is not rounded down.
func TestIsProseSparse(t *testing.T) {
	const para = "지역별로는 변화가 뚜렷했다. 대중국 반도체 수출은 4.2% 늘어나는 데 그친 반면, 미국은 67%, 베트남은 29% 급증했다."
	d := blockDoc(para)
	sc := new(bodyScratch)
	sc.features(d)
	if sc.stops(0) != 0 || !sc.proseShape(0) {
		t.Fatalf("test paragraph: %d stopwords, shape %v; want none and the shape of prose", sc.stops(0), sc.proseShape(0))
	}
	for _, c := range []struct {
		density float64
		want    bool
	}{{0.027, true}, {sparseDensity, false}, {0.2, false}} {
		sc.density = c.density
		if got := sc.isProse(0); got != c.want {
			t.Errorf("density %v: prose %v, want %v", c.density, got, c.want)
		}
	}
}
