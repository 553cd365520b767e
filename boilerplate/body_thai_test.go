package boilerplate

import (
	"strings"
	"testing"
)

// Pages in the scripts written without spaces between words (Thai, Lao,
// Khmer, Myanmar; see scanUnspaced), one labelled line a row: "K " must
// stay, "R " must go, "? " may do either.

// thaiBusPage is a Thai news page (a new electric bus line) with its
// furniture: a menu, a breadcrumb, a byline, a dateline and share
// buttons above the article; tags, related headlines, a comment and a
// footer under it. Thai marks no sentence end: the article's last
// paragraph, one short sentence, ends the article as it ends a line.
const thaiBusPage = `R ข่าวเช้าออนไลน์
R หน้าแรก
R ข่าวล่าสุด
R ภูมิภาค
R การศึกษา
R เทคโนโลยี
R สุขภาพ
R วิดีโอ
R ค้นหา
? หน้าแรก › ภูมิภาค
K เทศบาลนครลำธารเปิดเส้นทางรถเมล์ไฟฟ้าสายแรก ค่าโดยสารตลอดสาย 15 บาท
R โดย กองบรรณาธิการข่าวภูมิภาค
R 21 พ.ย. 2569 14:20 น.
R แชร์
R ทวีต
R พิมพ์
K เทศบาลนครลำธารเริ่มเปิดให้บริการรถเมล์ไฟฟ้าสายแรกของจังหวัดอย่างเป็นทางการเมื่อเช้าวันจันทร์ที่ผ่านมา โดยมีรถทั้งหมด 12 คัน วิ่งระหว่างสถานีขนส่งผู้โดยสารกับมหาวิทยาลัยประจำจังหวัด ระยะทางประมาณ 18 กิโลเมตร
K นายสมศักดิ์ ใจดี นายกเทศมนตรีนครลำธาร กล่าวว่า โครงการนี้ใช้งบประมาณราว 96 ล้านบาท และได้รับการสนับสนุนบางส่วนจากกองทุนพลังงานเพื่อลดมลพิษทางอากาศในเขตเมือง
K ในช่วงเดือนแรก เทศบาลจะเก็บค่าโดยสารเพียง 15 บาทตลอดสาย ส่วนนักเรียน ผู้สูงอายุ และผู้พิการสามารถใช้บริการได้ฟรี
K รถจะออกจากสถานีทุก 15 นาที ตั้งแต่เวลา 06.00 น. ถึง 21.00 น.
K "เมื่อก่อนต้องรอรถสองแถวนานมาก บางวันไปเรียนสายเพราะรถไม่มา ตอนนี้สะดวกขึ้นเยอะ" นางสาวพิมพ์ชนก ศรีสุข นักศึกษาชั้นปีที่ 2 กล่าว
K อย่างไรก็ตาม ผู้ประกอบการรถสองแถวบางส่วนแสดงความกังวลว่าจะมีรายได้ลดลง และได้ยื่นหนังสือขอให้เทศบาลจัดเส้นทางใหม่ที่ไม่ทับซ้อนกับเส้นทางเดิม
K เทศบาลระบุว่าจะเปิดเส้นทางที่สองภายในปีหน้า
R แท็ก: รถเมล์ไฟฟ้า ลำธาร ขนส่งสาธารณะ
R ข่าวที่เกี่ยวข้อง
R ผู้ว่าฯ สั่งเร่งซ่อมถนนสายหลักก่อนเทศกาลปีใหม่
R ราคาน้ำมันลดลงเป็นสัปดาห์ที่สาม
R เปิดตัวแอปแจ้งเหตุฉุกเฉินสำหรับนักท่องเที่ยว
R ความคิดเห็น
R ดีมากครับ อยากให้มีสายไปสนามบินด้วย
R ผู้ใช้ลำธาร99 · 2 ชั่วโมงที่แล้ว
R © 2569 ข่าวเช้าออนไลน์ สงวนลิขสิทธิ์
R ติดต่อเรา
R นโยบายความเป็นส่วนตัว`

// laoHealthPage is a Lao news page (a dengue warning): Lao, like Thai,
// marks no sentence end, and the stopword list has no Lao words, so its
// prose is known by its shape (see unseenLanguage).
const laoHealthPage = `R ໜ້າຫຼັກ
R ຂ່າວ
R ກິລາ
R ເສດຖະກິດ
K ກະຊວງສາທາລະນະສຸກ ເຕືອນໄພພະຍາດໄຂ້ເລືອດອອກ
K ກະຊວງສາທາລະນະສຸກ ໄດ້ແຈ້ງເຕືອນປະຊາຊົນໃຫ້ລະມັດລະວັງພະຍາດໄຂ້ເລືອດອອກ ເຊິ່ງມີແນວໂນ້ມເພີ່ມຂຶ້ນໃນລະດູຝົນນີ້
K ນັບແຕ່ຕົ້ນປີມາ ມີຜູ້ປ່ວຍທັງໝົດ 1.250 ຄົນ ໃນນັ້ນມີຜູ້ເສຍຊີວິດ 3 ຄົນ ສ່ວນຫຼາຍແມ່ນເດັກນ້ອຍອາຍຸຕໍ່າກວ່າ 15 ປີ
K ເຈົ້າໜ້າທີ່ແນະນຳໃຫ້ປະຊາຊົນກຳຈັດແຫຼ່ງນ້ຳຂັງອ້ອມເຮືອນ ແລະ ນອນກາງມຸ້ງທຸກຄືນ ເພື່ອປ້ອງກັນຍຸງກັດ
K ທ່ານໝໍ ສົມພອນ ກ່າວວ່າ ຖ້າມີອາການໄຂ້ສູງ ເຈັບຫົວ ແລະ ປວດກ້າມຊີ້ນ ຄວນໄປພົບແພດທັນທີ ບໍ່ຄວນຊື້ຢາກິນເອງ
K ໂຮງໝໍທຸກແຫ່ງໄດ້ກະກຽມຕຽງ ແລະ ຢາປົວພະຍາດໄວ້ພຽງພໍແລ້ວ ເພື່ອຮອງຮັບຜູ້ປ່ວຍທີ່ອາດຈະເພີ່ມຂຶ້ນໃນເດືອນຕໍ່ໄປ
R ແບ່ງປັນ
R ຂ່າວທີ່ກ່ຽວຂ້ອງ
R ລາຄານ້ຳມັນປັບຂຶ້ນອີກ
R ສະຫງວນລິຂະສິດ`

// khmerFloodPage is a Khmer news page (floods in the north): Khmer ends
// its sentences with the khan "។", and its headline has none.
const khmerFloodPage = `R ទំព័រដើម
R ព័ត៌មានជាតិ
R កីឡា
R ពិភពលោក
K ភ្លៀងធ្លាក់ខ្លាំងបង្កទឹកជំនន់នៅខេត្តភាគខាងជើង
K ក្រសួងធនធានទឹក និងឧតុនិយម បានព្រមានថា ភ្លៀងធ្លាក់ខ្លាំងនឹងបន្តកើតមាននៅតាមបណ្តាខេត្តភាគខាងជើង រហូតដល់ចុងសប្តាហ៍នេះ។
K អាជ្ញាធរមូលដ្ឋានបានស្នើឱ្យប្រជាពលរដ្ឋដែលរស់នៅតាមមាត់ទន្លេ ត្រៀមខ្លួនជម្លៀសទៅកាន់ទីទួលសុវត្ថិភាព ប្រសិនបើកម្រិតទឹកនៅតែបន្តកើនឡើង។
K លោក សុខ ចាន់ថា មន្ត្រីទទួលបន្ទុកគ្រប់គ្រងគ្រោះមហន្តរាយ បាននិយាយថា ក្រុមសង្គ្រោះចំនួន ៣០ ក្រុម ត្រូវបានដាក់ពង្រាយរួចហើយ។
K ក្រុមការងារបានចែកចាយស្បៀងអាហារ ទឹកស្អាត និងថ្នាំពេទ្យដល់គ្រួសាររងគ្រោះជាង ២០០ គ្រួសារ នៅក្នុងស្រុកចំនួនបី។
K មន្ទីរអប់រំខេត្តបានសម្រេចបិទសាលារៀនជាបណ្តោះអាសន្នចំនួន ១២ កន្លែង ដើម្បីធានាសុវត្ថិភាពរបស់សិស្សានុសិស្ស។
R ចែករំលែក
R ព័ត៌មានពេញនិយម
R តម្លៃប្រេងឥន្ធនៈធ្លាក់ចុះ
R ក្រុមបាល់ទាត់ជាតិឈ្នះការប្រកួត
R រក្សាសិទ្ធិគ្រប់យ៉ាង`

// TestBodyUnspaced checks that the body finder keeps the article, title
// included, of pages in Thai, Lao and Khmer and removes their menus,
// bylines, share buttons, teasers, comments and footers.
func TestBodyUnspaced(t *testing.T) {
	for name, page := range map[string]string{"thai": thaiBusPage, "lao": laoHealthPage, "khmer": khmerFloodPage} {
		var lines, labels []string
		for l := range strings.SplitSeq(page, "\n") {
			labels, lines = append(labels, l[:1]), append(lines, l[2:])
		}
		d := doc(lines...)
		if len(d.Paragraphs) != len(lines) {
			t.Fatalf("%s: %d paragraphs for %d lines", name, len(d.Paragraphs), len(lines))
		}
		BodyFinder{}.Mark(d)
		for i, p := range d.Paragraphs {
			switch {
			case labels[i] == "K" && !p.Kept():
				t.Errorf("%s: article line removed (%s): %q", name, p.Removal.Rule, p.Text)
			case labels[i] == "R" && p.Kept():
				t.Errorf("%s: boilerplate kept: %q", name, p.Text)
			}
		}
	}
}

// TestClassifierUnspaced checks the whole classifier on the Thai and Lao
// pages: the document passes before the body finder do not take Thai and
// Lao running text (see thaiProse) for short lines without a full stop in
// the trailing boilerplate (see MarkEdgeClusters), and their last
// paragraph of prose is the last one in Thai, not the last that ends with
// a full stop: the paragraphs and the subheadings after that one stay.
func TestClassifierUnspaced(t *testing.T) {
	// A subheading after the last paragraph with a full stop: short, but
	// between two paragraphs of the article.
	subheaded := strings.Replace(thaiBusPage, "\nK อย่างไรก็ตาม", "\nK ผู้ประกอบการรถสองแถวกังวล\nK อย่างไรก็ตาม", 1)
	for name, page := range map[string]string{"thai": thaiBusPage, "thai, subheading": subheaded, "lao": laoHealthPage} {
		var lines, labels []string
		for l := range strings.SplitSeq(page, "\n") {
			labels, lines = append(labels, l[:1]), append(lines, l[2:])
		}
		d := doc(lines...)
		Default().Mark(d)
		for i, p := range d.Paragraphs {
			if labels[i] == "K" && !p.Kept() {
				t.Errorf("%s: article line removed (%s): %q", name, p.Removal.Rule, p.Text)
			}
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"เทศบาลระบุว่าจะเปิดเส้นทางที่สองภายในปีหน้า", true},
		{`"เมื่อก่อนต้องรอรถสองแถวนานมาก บางวันไปเรียนสายเพราะรถไม่มา ตอนนี้สะดวกขึ้นเยอะ"`, true},
		{"ຊາວບ້ານໃນເຂດນີ້ໄດ້ຮັບຄຳແນະນຳໃຫ້ກຳຈັດແຫຼ່ງນ້ຳຂັງອ້ອມເຮືອນຢ່າງສະໝ່ຳສະເໝີ", true},
		{"หน้าแรก", false},
		{"แชร์ไปที่ LINE", false},
		{"กดติดตามเราได้ทุกช่องทาง", false},
		{"Readers in the north will know the district by its Thai name, เมืองสุวรรณเขต", false},
		{"A sentence in English.", false},
	} {
		if got := thaiProse(c.s); got != c.want {
			t.Errorf("thaiProse(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestScanUnspaced checks the features scan gives lines of the unspaced
// scripts: a word per unspacedLen onsets of a run, a comma per space
// between two runs, the sentence marks of Khmer and Myanmar, and the end
// of a long Thai or Lao line as a sentence end (impliedStop), not that of
// a menu item, a short label or a line of another script.
func TestScanUnspaced(t *testing.T) {
	numLangs()
	for _, c := range []struct {
		s             string
		minW, maxW    int32
		sents, commas int32
		end           rune
	}{
		// Menu items and buttons: one or two words, no sentence.
		{"หน้าแรก", 1, 2, 0, 0, 'ก'},
		{"เข้าสู่ระบบ", 1, 3, 0, 0, 'บ'},
		{"แชร์", 1, 1, 0, 0, '์'},
		{"ໜ້າຫຼັກ", 1, 2, 0, 0, 'ກ'},
		{"ទំព័រដើម", 1, 2, 0, 0, 'ម'},
		{"ပင်မစာမျက်နှာ", 1, 3, 0, 0, 'ာ'},
		// A label of a few words ends no sentence.
		{"กดติดตามเราได้ทุกช่องทาง", 3, 7, 0, 0, 'ง'},
		// Running Thai: a sentence of about 20 words, phrases apart.
		{"เจ้าหน้าที่จึงอยู่ระหว่างขยายผลเพื่อติดตามตัวผู้บงการและผู้ที่เปิดบัญชีม้าให้กับขบวนการ", 12, 22, 1, 0, impliedStop},
		{"ตำรวจระบุว่า ตั้งแต่ต้นปีที่ผ่านมา มีผู้แจ้งความแล้ว 412 ราย", 10, 20, 1, 2, impliedStop},
		// A closing quote after the last letter, an abbreviation's stop
		// at the end.
		{`"เขาบอกว่าจะกลับมาเยี่ยมบ้านเกิดอีกครั้งในปีหน้าแน่นอน"`, 8, 18, 1, 0, impliedStop},
		{"รถจะออกจากสถานีทุก 15 นาที ตั้งแต่เวลา 06.00 น. ถึง 21.00 น.", 10, 20, 2, 1, '.'},
		// Khmer and Myanmar mark their sentences and commas.
		{"ក្រុមការងារបានចែកចាយស្បៀងអាហារ ទឹកស្អាត និងថ្នាំពេទ្យដល់គ្រួសាររងគ្រោះ។", 8, 20, 1, 2, '។'},
		{"ဒေသခံ အာဏာပိုင်များက၊ နေထိုင်သူများအား ပြောင်းရွှေ့ရန် အကြံပြုထားသည်။", 6, 16, 1, 4, '။'},
		// A long Khmer headline has no khan: no sentence.
		{"ភ្លៀងធ្លាក់ខ្លាំងបង្កទឹកជំនន់នៅខេត្តភាគខាងជើងនិងភាគឦសាន", 8, 18, 0, 0, 'ន'},
		// Mostly English around a Thai word: as before.
		{"The word ความ is a common prefix in Thai and it means the quality of something", 16, 17, 0, 0, 'g'},
		{"Thai readers will know the name of the district as เมืองสุวรรณเขต", 13, 16, 0, 0, 'ต'},
	} {
		var st lineStats
		scan(c.s, &st, nil)
		if st.words < c.minW || st.words > c.maxW || st.sents != c.sents || st.commas != c.commas || st.end != c.end {
			t.Errorf("scan(%q) = %d words, %d sentences, %d commas, end %q; want %d to %d words, %d, %d, %q",
				c.s, st.words, st.sents, st.commas, st.end, c.minW, c.maxW, c.sents, c.commas, c.end)
		}
	}
}

// TestScanUnspacedStopwords checks that the stopwords of a Thai run are
// found inside it at syllable boundaries only.
func TestScanUnspacedStopwords(t *testing.T) {
	numLangs()
	for _, c := range []struct {
		s    string
		want int
	}{
		{"และ", 1},
		{"ของ", 1},
		{"เจ้าหน้าที่จึงอยู่ระหว่างขยายผล", 5}, // ที่ จึง อยู่ ระหว่าง ผล
		{"ทำให้", 1}, // written with sara am; the list has nikhahit and sara aa
		{"ทําให้", 1},
		{"ต่างๆ", 1},
		{"การ์ด", 0}, // การ before a thanthakhat is no word
		{"เมา", 0},   // มา after a leading vowel
		{"หนุ่มโพสต์คลิป", 0},
		{"สุวรรณเขต", 0},
		{"ໄດ້ແຈ້ງເຕືອນ", 0}, // no Lao list
	} {
		var st lineStats
		if got := len(scanHits(c.s, &st, nil)); got != c.want {
			t.Errorf("scan(%q): %d stopwords, want %d", c.s, got, c.want)
		}
	}
}

// TestScanUnspacedReference checks scan against refScan on the lines of
// the pages above and on the edges of unspaced runs: next to ASCII words,
// digits, marks of other scripts, stopwords at the ends of a run.
func TestScanUnspacedReference(t *testing.T) {
	sets := refSets(t)
	lines := []string{"SMSปลอม", "ปลอมSMS", "ปลอม SMS ปลอม", "ก", "ั", "ัก", "้ง", "ๆ", "ฯ", "กรมอุตุฯ เตือน", "จริง ๆ", "จริง  ๆ",
		"๒๕๖๙", "ที่ที่ที่", "และและ", "การการ์ด", "เเละ", "ทํา ทำ", "ก\u200bข", "ကို", "၁၂ ခု", "ສະບາຍດີ.", "។", "។ ក", "ÜBERและ",
		"日本ที่", "ที่日本", "ที่, และ.", "a ที่", "\xe0\xb8", "ที่\xe0\xb8", "ໆ ຯ ຽ", "\u0e00\u0e5b\u0e80"}
	for _, page := range []string{thaiBusPage, laoHealthPage, khmerFloodPage} {
		for l := range strings.SplitSeq(page, "\n") {
			lines = append(lines, l[2:], l)
		}
	}
	for _, s := range lines {
		checkScan(t, sets, s)
	}
}
