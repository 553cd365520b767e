package boilerplate

import (
	"slices"
	"testing"
)

// TestUkrainianStopwords checks that the stopword list covers Ukrainian
// running text as it covers English: each sentence of plain news prose
// holds at least proseDensity stopwords, thanks to the most common
// function words (і, в, у, на, не, за, по, а), which stopwords-iso's list
// lacks. Without them a paragraph of the article read as no prose and
// the body run cut the article's first paragraphs.
func TestUkrainianStopwords(t *testing.T) {
	lines := []string{
		"Ремонт мосту на в'їзді до міста тривав майже пів року і коштував громаді понад 40 мільйонів гривень.",
		"За словами міського голови, роботи не зупинялися навіть у морози, а бригади працювали по дві зміни.",
		"Водії тепер можуть їхати по мосту в обидва боки, але для вантажівок діє обмеження на 20 тонн.",
		"Мешканці сіл за річкою раніше мусили їхати в об'їзд через сусідній район, що забирало понад годину.",
	}
	d := blockDoc(lines...)
	sc := new(bodyScratch)
	sc.features(d)
	for i, l := range lines {
		if s := sc.stops(i); float64(s) < proseDensity*float64(sc.stats[i].words) {
			t.Errorf("%d stopwords of %d words: %q", s, sc.stats[i].words, l)
		}
	}
}

// TestAddedStopwords checks the stopword lists this project wrote for
// languages stopwords-iso lacks (Icelandic, Kazakh, Nepali, Welsh,
// Serbian in Cyrillic, Albanian) or repaired and completed (Lithuanian):
// a page in one of them is found to be in it, not in a neighbour that
// shares some of its words (Danish, English, Russian, Hindi), and its
// sentences hold the share of stopwords of prose, or, in Kazakh and
// Lithuanian, which join most function words to the word, stay as prose
// on a page.
func TestAddedStopwords(t *testing.T) {
	for lang, lines := range map[string][]string{
		"is": {
			"Hafrannsóknastofnun leggur til að loðnuveiðar verði ekki leyfðar á þessu ári, og það er mikið áfall fyrir bæinn.",
			"Hann segir að áhöfnin sé áhyggjufull, en hún hafi séð þetta allt áður og muni bíða eftir ákvörðun ráðuneytisins.",
			"Bæjarstjórnin hefur boðað til íbúafundar um stöðuna á fimmtudagskvöld, þar sem farið verður yfir næstu skref.",
		},
		"cy": {
			"Mae'r cyngor wedi penderfynu cau dwy ysgol yn y sir, ac mae rhieni yn dweud eu bod yn siomedig iawn.",
			"Dywedodd yr arweinydd fod y penderfyniad yn un anodd, ond bod rhaid arbed arian cyn diwedd y flwyddyn.",
			"Bydd y disgyblion yn symud i ysgol newydd yn y dref fis Medi, ac mae bws am ddim wedi ei addo iddyn nhw.",
		},
		"kk": {
			"Сейсенбі күні таңертең қала әкімдігінің алдына жүздеген тұрғын жиналып, жылу тарифінің өсуіне наразылық білдірді.",
			"Оның айтуынша, жаңа тариф бойынша екі бөлмелі пәтердің жылу ақысы айына он мың теңгеге дейін өседі.",
			"Әкімдік өкілдері бұл мәселені облыстық департаментпен бірге қарайтынын айтты, бірақ нақты уәде бермеді.",
		},
		"ne": {
			"बुधबार राति खसेको पहिरोका कारण राजमार्ग पूर्ण रूपमा अवरुद्ध भएको छ र सयौं सवारी साधन अलपत्र परेका छन्।",
			"जिल्ला प्रशासन कार्यालयले यात्रा गर्नुअघि सडकको अवस्था बुझ्न सबैलाई अनुरोध गरेको छ।",
			"स्थानीयले भने सडक विस्तारका क्रममा पहाड काटिएकाले यो समस्या हरेक वर्ष दोहोरिने गरेको बताए।",
			"सडक डिभिजन कार्यालयका इन्जिनियरका अनुसार माटो पन्छाउन कम्तीमा दुई दिन लाग्ने छ, तर पानी परिरहेकाले काम ढिलो हुन सक्छ।",
			"नजिकैका होटल र पसलहरूमा यात्रुको भीड बढेको छ भने केही यात्रुले पैदल नै पहिरो क्षेत्र पार गरेका छन्।",
		},
		"lt": {
			"Vilniaus šilumos tiekimo bendrovė paskelbė, kad gruodį šilumos kaina gyventojams sieks 8,41 ct/kWh su PVM.",
			"Kainą daugiausia lemia pigesnės gamtinės dujos ir biokuras, o didžioji dalis šilumos pagaminama iš atsinaujinančių išteklių.",
			"Vilniaus gyventojai šią vasarą elektros sąskaitose turėtų pamatyti didesnes sumas, perspėja energetikos specialistai.",
			"Sąskaitos dydį labiausiai lemia ne kaina, o suvartotos šilumos kiekis, kuris priklauso nuo oro temperatūros.",
			"Energetikos ekspertas pastebi, kad daug gyventojų vis dar nežino, jog gali prašyti sumažinti šildymo temperatūrą savo name.",
			"Mažas pajamas gaunantys gyventojai gali kreiptis dėl kompensacijos, o prašymus galima teikti ir internetu.",
			"Savivaldybė ragina senjorus nelaukti sausio mėnesio sąskaitų ir kreiptis jau dabar, nes kompensacija skiriama nuo to mėnesio.",
		},
		"sq": {
			"Enti Rregullator i Energjisë miratoi të mërkurën një rritje prej 12 për qind të çmimit të energjisë për bizneset e vogla.",
			"Sipas vendimit, çmimi për bizneset që konsumojnë deri në 50 mijë kilovat-orë në vit do të shkojë nga 14 në 15,7 lekë.",
			"Konsumatorët familjarë nuk preken nga rritja, të paktën deri në dhjetor, pasi qeveria ka vendosur të vazhdojë subvencionin për ta.",
		},
		"sr": {
			"Влада је у четвртак усвојила предлог закона о буџету, а министар финансија рекао је да ће плате бити повећане.",
			"Према његовим речима, нови мост преко реке биће завршен до краја године, ако време то дозволи.",
			"Опозиција је најавила да ће гласати против, јер сматра да је буџет за пољопривреду премали.",
		},
	} {
		d := blockDoc(lines...)
		sc := new(bodyScratch)
		sc.features(d)
		if l := slices.Index(stopLangs, lang); l < 0 || sc.inLang != &stopInLang[l] {
			t.Errorf("%s: the page is not found to be in %s", lang, lang)
		}
		if fusedLangs[lang] {
			// A language that joins its function words to the word has
			// sentences without any: the body finder keeps them by the
			// share of the page's long sentences (see lowDensity).
			page := doc(append(append([]string{"Home", "News", "Sport", "Contact"}, lines...), "Share", "Print")...)
			BodyFinder{}.Mark(page)
			for i := range lines {
				if p := page.Paragraphs[4+i]; !p.Kept() {
					t.Errorf("%s: removed (%s): %q", lang, p.Removal.Rule, p.Text)
				}
			}
			continue
		}
		for i, l := range lines {
			if s := sc.stops(i); float64(s) < proseDensity*float64(sc.stats[i].words) {
				t.Errorf("%s: %d stopwords of %d words: %q", lang, s, sc.stats[i].words, l)
			}
		}
	}
}

// TestDatedLine checks that a dateline with the shape of prose (a full
// stop after "a.m.", words enough) is no prose, and that a sentence that
// gives a time and a date is.
func TestDatedLine(t *testing.T) {
	for _, c := range []struct {
		text  string
		dated bool
	}{
		{"Published Oct. 14, 2026 at 6:00 a.m. | Updated Oct. 14, 2026 at 9:41 a.m.", true},
		{"Posted 14.10.2026, 06:00 Uhr, aktualisiert 14.10.2026, 09:41 Uhr.", true},
		{"The meeting starts at 7:30 p.m. on Tuesday, 12 March 2026, in the village hall.", false},
		{"Ferries leave at 06:00 on Thursday, and the last one returns at 22:30 on Saturday.", false},
	} {
		d := blockDoc(c.text, "A second paragraph keeps the document from being one line.")
		sc := new(bodyScratch)
		sc.features(d)
		if got := sc.datedLine(d, 0); got != c.dated {
			t.Errorf("datedLine(%q) = %v, want %v", c.text, got, c.dated)
		}
	}
}

// TestDatedLineNotProse checks that a dateline with the shape of prose
// does not join the article's headline to its body run: the byline block
// between them goes.
func TestDatedLineNotProse(t *testing.T) {
	head := []string{"Our library isn't a luxury. Stop treating it like one.",
		"The county board wants to cut branch hours again, and anyone who has spent an evening there knows what that costs.",
		"By Jane Doe | Guest columnist", "Published Oct. 14, 2026 at 6:00 a.m. | Updated Oct. 14, 2026 at 9:41 a.m.", "4 min read"}
	checkHead(t, "dated line", titleMenu, head, titleProse, []string{"Share", "Tweet", "Privacy policy"}, []int{0, 1})
}
